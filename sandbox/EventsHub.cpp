#include "sandbox/EventsHub.h"

#include "api/EventsProtocol.h"
#include "models/IsoDate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxLogged = 10000;
constexpr auto kPolicyViolation = QWebSocketProtocol::CloseCodePolicyViolated;
constexpr quint16 kUnauthorised = 4401; // private-use close code: the key was not accepted

bool sameKey(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= char(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace

QStringList EventsHub::eventNames()
{
    return {u"project-created"_s,
            u"project-updated"_s,
            u"project-retest-requested"_s,
            u"project-retest-completed"_s,
            u"project-retest-cancelled"_s,
            u"project-request-created"_s,
            u"project-request-updated"_s,
            u"project-test-case-updated"_s,
            u"vulnerability-created"_s,
            u"vulnerability-updated"_s,
            u"vulnerability-evidence-created"_s,
            u"vulnerability-evidence-updated"_s,
            u"vulnerability-remediation-note-created"_s,
            u"vulnerability-remediation-note-updated"_s,
            u"vulnerability-remediation-note-file-uploaded"_s,
            u"workspace-file-uploaded"_s,
            u"writeup-created"_s,
            u"writeup-updated"_s};
}

namespace {

void send(QWebSocket* socket, const QByteArray& frame)
{
    socket->sendTextMessage(QString::fromUtf8(frame));
}

} // namespace

EventsHub::EventsHub(SandboxClock clock, QString apiKey, QHash<QString, QStringList> grants, QObject* parent)
    : QObject(parent)
    , m_clock(std::move(clock))
    , m_apiKey(std::move(apiKey))
    , m_grants(std::move(grants))
{
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &EventsHub::sendHeartbeats);
    connect(&m_dropTimer, &QTimer::timeout, this, &EventsHub::dropConnections);
    setHeartbeatInterval(m_heartbeatMs);
}

EventsHub::~EventsHub()
{
    for (const Subscriber& s : std::as_const(m_subscribers)) {
        disconnect(s.socket, nullptr, this, nullptr);
        s.socket->abort();
    }
}

QJsonObject EventsHub::sandboxUser()
{
    return {{u"user_id"_s, u"5f0000000000000000000000"_s},
            {u"first_name"_s, u"Sandbox"_s},
            {u"last_name"_s, u"User"_s}};
}

bool EventsHub::parseGrant(const QString& spec, const QString& defaultKey,
                           QHash<QString, QStringList>& grants, QString* error)
{
    const qsizetype eq = spec.indexOf(u'=');
    const QString key = eq < 0 ? defaultKey : spec.left(eq);
    const QString list = (eq < 0 ? spec : spec.mid(eq + 1)).trimmed();
    QStringList events;
    if (list == u"all"_s) {
        events = eventNames();
    } else if (list != u"none"_s) {
        for (const QString& name : list.split(u',', Qt::SkipEmptyParts)) {
            if (!eventNames().contains(name.trimmed())) {
                if (error)
                    *error = u"--events-grant: unknown event “%1”"_s.arg(name.trimmed());
                return false;
            }
            events.append(name.trimmed());
        }
        if (events.isEmpty()) {
            if (error)
                *error = u"--events-grant: give none, all or a comma-separated list of events"_s;
            return false;
        }
    }
    grants.insert(key, events);
    return true;
}

void EventsHub::setHeartbeatInterval(int milliseconds)
{
    m_heartbeatMs = std::max(0, milliseconds);
    if (m_heartbeatMs > 0)
        m_heartbeatTimer.start(m_heartbeatMs);
    else
        m_heartbeatTimer.stop();
}

void EventsHub::setDropInterval(int milliseconds)
{
    if (milliseconds > 0)
        m_dropTimer.start(milliseconds);
    else
        m_dropTimer.stop();
}

void EventsHub::accept(std::unique_ptr<QWebSocket> owned)
{
    QWebSocket* socket = owned.release();
    socket->setParent(this);
    m_upgradeUrls.append(socket->requestUrl());
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        m_subscribers.removeIf([socket](const Subscriber& s) { return s.socket == socket; });
        socket->deleteLater();
        Q_EMIT connectionClosed();
    });
    // Qt's WebSocket server has upgraded already; refusing now is a close with a reason.
    if (socket->requestUrl().path() != u"/api/ss/events"_s) {
        socket->close(kPolicyViolation, u"No events endpoint here"_s);
        return;
    }
    const QByteArray key = socket->request().rawHeader("X-SSAPI-KEY").trimmed();
    if (m_apiKey.isEmpty() || !sameKey(key, m_apiKey.toUtf8())) {
        socket->close(QWebSocketProtocol::CloseCode(kUnauthorised),
                      u"Missing or invalid X-SSAPI-KEY header."_s);
        return;
    }
    m_subscribers.append({socket, QString::fromUtf8(key), {}});
    connect(socket, &QWebSocket::textMessageReceived, this,
            [this, socket](const QString& text) { onFrame(socket, text); });
}

EventsHub::Subscriber* EventsHub::find(QWebSocket* socket)
{
    for (Subscriber& s : m_subscribers) {
        if (s.socket == socket)
            return &s;
    }
    return nullptr;
}

void EventsHub::onFrame(QWebSocket* socket, const QString& text)
{
    using Kind = EventsProtocol::Frame::Kind;
    Subscriber* subscriber = find(socket);
    if (!subscriber)
        return;
    const EventsProtocol::Frame frame = EventsProtocol::parse(text.toUtf8());
    switch (frame.kind) {
    case Kind::Invalid:
        send(socket, EventsProtocol::error(QJsonValue::Null, EventsProtocol::kParseError, frame.problem));
        return;
    case Kind::Result:
    case Kind::Error:
        // The only requests the server makes are heartbeats.
        ++m_heartbeatAnswers;
        Q_EMIT heartbeatAnswered();
        return;
    case Kind::Notification:
        return;
    case Kind::Request:
        if (frame.method == u"subscribe"_s)
            subscribe(*subscriber, frame.id, frame.params.toObject());
        else
            send(socket, EventsProtocol::error(frame.id, EventsProtocol::kMethodNotFound,
                                               u"Unknown method %1"_s.arg(frame.method)));
        return;
    }
}

void EventsHub::subscribe(Subscriber& subscriber, const QJsonValue& id, const QJsonObject& params)
{
    const QJsonValue events = params.value(u"events"_s);
    const QString fromText = params.value(u"from"_s).toString();
    const QDateTime from = IsoDate::parse(fromText);
    if (!events.isArray() || (params.contains(u"from"_s) && !from.isValid())) {
        send(subscriber.socket, EventsProtocol::error(id, EventsProtocol::kInvalidParams,
                                                      u"params.events must be a list and params.from an "
                                                      "ISO 8601 timestamp."_s));
        return;
    }
    const QStringList allowed = grantsFor(subscriber.key);
    QStringList granted;
    for (const QJsonValue& v : events.toArray()) {
        if (allowed.contains(v.toString()) && !granted.contains(v.toString()))
            granted.append(v.toString());
    }
    if (granted.isEmpty()) {
        send(subscriber.socket,
             EventsProtocol::error(id, EventsProtocol::kNotGranted,
                                   u"Access to the requested events has not been granted to this user."_s));
        return;
    }
    subscriber.events = granted;
    send(subscriber.socket, EventsProtocol::result(id, QJsonArray::fromStringList(granted)));
    if (from.isValid()) {
        for (const LoggedEvent& e : std::as_const(m_log)) {
            if (e.at > from && granted.contains(e.name))
                send(subscriber.socket, e.frame);
        }
    }
    Q_EMIT clientSubscribed(granted);
}

QStringList EventsHub::grantsFor(const QString& key) const
{
    const auto it = m_grants.constFind(key);
    return it == m_grants.cend() ? eventNames() : *it;
}

void EventsHub::publish(const QString& event, const QJsonObject& data, const QJsonObject& user)
{
    const QDateTime at = m_clock();
    const QJsonObject params{
        {u"timestamp"_s, EventsProtocol::timestamp(at)}, {u"user"_s, user}, {u"data"_s, data}};
    const QByteArray frame = EventsProtocol::notification(event, params);
    if (m_log.size() >= kMaxLogged)
        m_log.removeFirst();
    m_log.append({at, event, frame});
    for (const Subscriber& s : std::as_const(m_subscribers)) {
        if (s.events.contains(event))
            send(s.socket, frame);
    }
}

QList<QJsonObject> EventsHub::log() const
{
    QList<QJsonObject> out;
    for (const LoggedEvent& e : m_log)
        out.append(QJsonDocument::fromJson(e.frame).object());
    return out;
}

void EventsHub::sendHeartbeats()
{
    for (const Subscriber& s : std::as_const(m_subscribers))
        send(s.socket, EventsProtocol::heartbeat(u"hb-%1"_s.arg(++m_heartbeatCounter)));
}

void EventsHub::dropConnections()
{
    const QList<Subscriber> all = m_subscribers;
    for (const Subscriber& s : all)
        s.socket->abort();
}

void EventsHub::sendRawToAll(const QByteArray& frame)
{
    for (const Subscriber& s : std::as_const(m_subscribers))
        send(s.socket, frame);
}
