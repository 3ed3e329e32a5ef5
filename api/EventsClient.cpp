#include "api/EventsClient.h"

#include "api/BaseUrlPolicy.h"
#include "api/EventsLogging.h"
#include "api/EventsProtocol.h"
#include "models/IsoDate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QUuid>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace {

// Sent by the sandbox (and, by convention, other servers) when the key is not accepted.
constexpr quint16 kCloseUnauthorised = 4401;
constexpr qint64 kMaxFrameBytes = 4 * 1024 * 1024;

} // namespace

EventsClient::EventsClient(QObject* parent)
    : QObject(parent)
{
    m_wanted = EventsProtocol::projectEvents();
    for (QTimer* timer : {&m_heartbeatWatch, &m_subscribeWatch, &m_reconnectTimer})
        timer->setSingleShot(true);
    connect(&m_heartbeatWatch, &QTimer::timeout, this,
            [this] { closeAndRetry(u"no heartbeat for %1 ms"_s.arg(m_heartbeatTimeoutMs)); });
    connect(&m_subscribeWatch, &QTimer::timeout, this,
            [this] { closeAndRetry(u"no answer to the subscription"_s); });
    connect(&m_reconnectTimer, &QTimer::timeout, this, &EventsClient::open);
}

EventsClient::~EventsClient()
{
    dropSocket();
}

QString EventsClient::setBaseUrl(const QUrl& baseUrl)
{
    m_url = {};
    if (QString problem = BaseUrlPolicy::problem(baseUrl); !problem.isEmpty())
        return problem;
    QUrl url = baseUrl;
    url.setScheme(baseUrl.scheme().toLower() == u"https"_s ? u"wss"_s : u"ws"_s);
    QString prefix = baseUrl.path(QUrl::FullyEncoded);
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + u"/api/ss/events"_s, QUrl::TolerantMode);
    url.setQuery(QString());
    url.setFragment({});
    url.setUserInfo({});
    m_url = url;
    return {};
}

void EventsClient::setBackoff(int initialMs, int maximumMs)
{
    m_initialDelayMs = std::max(1, initialMs);
    m_maxDelayMs = std::max(m_initialDelayMs, maximumMs);
    m_nextDelayMs = m_initialDelayMs;
}

void EventsClient::start()
{
    stop();
    if (!m_url.isValid() || m_key.isEmpty()) {
        setState(State::Refused);
        return;
    }
    const QString stored = m_cursor.load(m_profileId);
    m_lastEventTime = IsoDate::parse(stored);
    // The first time, "now" (as the official clients do); kept in memory only, since the stored value
    // must be a server's event time.
    m_lastTimestamp =
        m_lastEventTime.isValid() ? stored : EventsProtocol::timestamp(QDateTime::currentDateTimeUtc());
    m_seenAtLast.clear();
    m_nextDelayMs = m_initialDelayMs;
    m_problem.clear();
    open();
}

void EventsClient::stop()
{
    m_heartbeatWatch.stop();
    m_subscribeWatch.stop();
    m_reconnectTimer.stop();
    dropSocket();
    m_granted.clear();
    setState(State::Stopped);
}

void EventsClient::open()
{
    dropSocket();
    setState(State::Connecting);
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setMaxAllowedIncomingFrameSize(kMaxFrameBytes);
    m_socket->setMaxAllowedIncomingMessageSize(kMaxFrameBytes);
    connect(m_socket, &QWebSocket::connected, this, &EventsClient::onConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &EventsClient::onDisconnected);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &EventsClient::onTextFrame);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, [this] { ignore(u"a binary frame"_s); });
    // Qt 6.4 names the signal error() (errorOccurred() came in 6.5).
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError error) {
                qCInfo(lcEvents) << "events connection failed:" << m_socket->errorString();
                if (error == QAbstractSocket::SslHandshakeFailedError || !m_tlsErrors.isEmpty())
                    failUntrusted();
                else if (m_socket->state() != QAbstractSocket::ConnectedState)
                    closeAndRetry(u"connection failed"_s);
            });
    // Certificate problems are never ignored: they are collected, the handshake fails before the
    // upgrade request (and with it the key) is sent, exactly as for REST.
    m_tlsErrors.clear();
    connect(m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError>& errors) {
        for (const QSslError& e : errors) {
            qCWarning(lcEvents) << "events TLS error:" << e.errorString();
            if (!m_tlsErrors.contains(e.errorString()))
                m_tlsErrors.append(e.errorString());
        }
    });
    QNetworkRequest request(m_url);
    request.setRawHeader("X-SSAPI-KEY", m_key);
    // The same trust as REST for this origin (the socket's TLS peer is the REST origin's host and
    // port); for any other origin the default configuration, never an accept-anything one.
    // (QWebSocket takes it from the socket, not from the request.)
    if (const std::optional<QSslConfiguration> tls = m_trust.configurationFor(m_url))
        m_socket->setSslConfiguration(*tls);
    qCInfo(lcEvents) << "events: connecting to" << m_url.toDisplayString();
    m_socket->open(request);
}

void EventsClient::onConnected()
{
    ++m_connections;
    m_heartbeatWatch.start(m_heartbeatTimeoutMs);
    m_subscribeId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_socket->sendTextMessage(
        QString::fromUtf8(EventsProtocol::subscribe(m_wanted, m_lastTimestamp, m_subscribeId)));
    m_subscribeWatch.start(m_subscribeTimeoutMs);
}

void EventsClient::onDisconnected()
{
    if (!m_tlsErrors.isEmpty()) {
        failUntrusted();
        return;
    }
    const quint16 code = m_socket ? quint16(m_socket->closeCode()) : 0;
    if (code == kCloseUnauthorised) {
        qCWarning(lcEvents) << "events: the server refused the key";
        m_heartbeatWatch.stop();
        m_subscribeWatch.stop();
        dropSocket();
        setState(State::Refused);
        return;
    }
    closeAndRetry(u"the server closed the connection (code %1)"_s.arg(code));
}

void EventsClient::onTextFrame(const QString& text)
{
    using Kind = EventsProtocol::Frame::Kind;
    const EventsProtocol::Frame frame = EventsProtocol::parse(text.toUtf8());
    switch (frame.kind) {
    case Kind::Invalid:
        ignore(u"malformed frame (%1)"_s.arg(frame.problem));
        return;
    case Kind::Request:
        if (frame.method != u"heartbeat"_s) {
            ignore(u"unknown request “%1”"_s.arg(frame.method.left(64)));
            return;
        }
        m_socket->sendTextMessage(
            QString::fromUtf8(EventsProtocol::heartbeatAnswer(frame.id, QDateTime::currentDateTimeUtc())));
        m_heartbeatWatch.start(m_heartbeatTimeoutMs);
        return;
    case Kind::Result:
    case Kind::Error:
        if (frame.id.toString() != m_subscribeId || !m_subscribeWatch.isActive()) {
            ignore(u"an answer to no pending request"_s);
            return;
        }
        onSubscribeAnswer(frame.kind == Kind::Result, frame.result, frame.error);
        return;
    case Kind::Notification:
        onNotification(frame.method, frame.params.toObject());
        return;
    }
}

void EventsClient::onSubscribeAnswer(bool ok, const QJsonValue& result, const QJsonObject& error)
{
    m_subscribeWatch.stop();
    QStringList granted;
    if (ok) {
        for (const QJsonValue& v : result.toArray()) {
            if (m_wanted.contains(v.toString()) && !granted.contains(v.toString()))
                granted.append(v.toString());
        }
    } else {
        qCInfo(lcEvents) << "events: subscription refused, code" << error.value(u"code"_s).toInt();
    }
    m_granted = granted;
    if (granted.isEmpty()) {
        m_heartbeatWatch.stop();
        dropSocket();
        setState(State::NotGranted);
        Q_EMIT subscribed({});
        return;
    }
    m_nextDelayMs = m_initialDelayMs;
    qCInfo(lcEvents) << "events: subscribed to" << granted.join(u", "_s);
    setState(State::Live);
    Q_EMIT subscribed(granted);
}

void EventsClient::onNotification(const QString& method, const QJsonObject& params)
{
    if (!m_wanted.contains(method)) {
        ignore(u"unknown event “%1”"_s.arg(method.left(64)));
        return;
    }
    QString problem;
    const std::optional<EventsNotification> n = EventsNotification::fromParams(method, params, &problem);
    if (!n) {
        ignore(u"event “%1” without the expected fields (%2)"_s.arg(method, problem));
        return;
    }
    const QDateTime at = IsoDate::parse(n->timestamp);
    const QString identity =
        method + u'|' + QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact));
    if (m_lastEventTime.isValid() &&
        (at < m_lastEventTime || (at == m_lastEventTime && m_seenAtLast.contains(identity)))) {
        qCDebug(lcEvents) << "events: dropped a repeat of" << method << "at" << n->timestamp;
        return;
    }
    if (at != m_lastEventTime)
        m_seenAtLast.clear();
    m_seenAtLast.insert(identity);
    m_lastEventTime = at;
    m_lastTimestamp = n->timestamp;
    m_cursor.save(m_profileId, n->timestamp);
    Q_EMIT notificationReceived(*n);
}

void EventsClient::ignore(const QString& problem)
{
    // Only the problem is logged, never the frame: a hostile or broken server decides its content.
    qCWarning(lcEvents) << "events: ignored" << problem;
    Q_EMIT frameIgnored(problem);
}

void EventsClient::closeAndRetry(const QString& why)
{
    if (m_state == State::Stopped || m_state == State::NotGranted || m_state == State::Refused ||
        m_state == State::Untrusted)
        return;
    qCInfo(lcEvents) << "events: reconnecting:" << why;
    m_heartbeatWatch.stop();
    m_subscribeWatch.stop();
    dropSocket();
    scheduleReconnect();
}

void EventsClient::failUntrusted()
{
    // Retrying would meet the same certificate; the REST calls to this server fail the same way and
    // say so, and a new start (reconnecting the session) tries again.
    m_problem =
        tr("the secure connection could not be verified (%1)")
            .arg(m_tlsErrors.isEmpty() && m_socket ? m_socket->errorString() : m_tlsErrors.join(u"; "_s));
    qCWarning(lcEvents) << "events: off:" << m_problem;
    m_heartbeatWatch.stop();
    m_subscribeWatch.stop();
    m_reconnectTimer.stop();
    dropSocket();
    setState(State::Untrusted);
}

void EventsClient::scheduleReconnect()
{
    const int delay = m_nextDelayMs;
    m_nextDelayMs = std::min(m_maxDelayMs, delay * 2);
    m_reconnectTimer.start(delay);
    setState(State::Waiting);
}

void EventsClient::dropSocket()
{
    if (!m_socket)
        return;
    QWebSocket* socket = std::exchange(m_socket, nullptr);
    disconnect(socket, nullptr, this, nullptr);
    socket->abort();
    socket->deleteLater();
}

void EventsClient::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}
