#include "sandbox/SandboxServer.h"

#include "models/ProjectFactKeys.h"
#include "models/ProjectField.h"
#include "sandbox/ControlRoutes.h"
#include "sandbox/DemoSeeder.h"
#include "sandbox/EventsFromWrites.h"
#include "sandbox/EventsHub.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/HttpFrontend.h"
#include "sandbox/SandboxRouter.h"
#include "sandbox/SandboxStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxRecorded = 5000;

// Compares without an early exit, so timing does not reveal how much of a guessed key was right.
bool sameKey(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= char(a.at(i) ^ b.at(i));
    return diff == 0;
}

// A project list cut off inside the first project's name, as a dropped proxy connection leaves it.
QByteArray truncatedProjectList()
{
    const QJsonObject project{{ProjectFactKeys::Id, u"66a1f0c2"_s},
                              {ProjectFields::readKey(ProjectFields::Name), u"ACME Portal"_s}};
    const QByteArray whole = QJsonDocument(QJsonObject{{u"count"_s, 3}, {u"projects"_s, QJsonArray{project}}})
                                 .toJson(QJsonDocument::Compact);
    return whole.first(whole.indexOf("ACME") + 4);
}

HttpAction reply(HttpReply r)
{
    HttpAction a;
    a.reply = std::move(r);
    return a;
}

} // namespace

SandboxServer::SandboxServer(const SandboxOptions& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_store(new SandboxStore(options.dataFile, this))
    , m_faults(std::make_unique<FaultInjector>())
{
    qRegisterMetaType<RecordedRequest>();
    auto clock = [this] { return now(); };
    m_router = std::make_unique<SandboxRouter>(*m_store, clock);
    m_control = std::make_unique<ControlRoutes>(*m_faults, m_requests, [this] { reset(); });
    HttpFrontend::Settings settings;
    settings.limits.maxBodyBytes = kMaxBodyBytes;
    settings.requestTimeoutMs = options.requestTimeoutMs;
    settings.maxConnections = options.maxConnections;
    HttpHandlers handlers;
    handlers.screen = [this](const RecordedRequest& head) { return screen(head); };
    handlers.handle = [this](const RecordedRequest& r, const std::optional<HttpAction>& refusal) {
        return answer(r, refusal);
    };
    m_http = new HttpFrontend(std::move(handlers), settings, this);
    m_events = new EventsHub(clock, options.apiKey, options.eventGrants, this);
    m_events->setHeartbeatInterval(options.eventsHeartbeatMs);
    m_events->setDropInterval(options.eventsDropEveryMs);
    // The HTTP front end hands over a connection that asks for a WebSocket upgrade; Qt's WebSocket
    // server does the handshake on it and the hub takes the upgraded socket.
    m_webSockets = new QWebSocketServer(u"forgedesk-sandbox"_s, QWebSocketServer::NonSecureMode, this);
    connect(m_http, &HttpFrontend::webSocketUpgradeRequested, m_webSockets, [this](QTcpSocket* socket) {
        m_upgrading.removeAll(nullptr);
        m_upgrading.append(socket);
        m_webSockets->handleConnection(socket);
    });
    connect(m_webSockets, &QWebSocketServer::newConnection, m_events, [this] {
        while (m_webSockets->hasPendingConnections()) {
            std::unique_ptr<QWebSocket> socket(m_webSockets->nextPendingConnection());
            // Upgraded: the WebSocket owns the connection now (the peer's port tells which it was).
            const quint16 peer = socket->peerPort();
            m_upgrading.removeIf(
                [peer](const QPointer<QTcpSocket>& s) { return !s || s->peerPort() == peer; });
            m_events->accept(std::move(socket));
        }
    });

    bool found = false;
    if (!m_store->load(&found, &m_error))
        return;
    if (!found)
        seed();
}

SandboxServer::~SandboxServer()
{
    // Held requests end with the server: clients see the connection close rather than wait forever.
    m_http->dropHeldConnections();
    // Before m_webSockets goes, and with it the handshakes it has queued for these.
    for (const QPointer<QTcpSocket>& socket : std::exchange(m_upgrading, {}))
        delete socket.data();
}

bool SandboxServer::listen(quint16 port)
{
    if (!m_error.isEmpty())
        return false;
    m_port = m_http->listenOnLoopback(port);
    if (m_port == 0)
        m_error = u"cannot listen on 127.0.0.1:%1"_s.arg(port);
    return m_port != 0;
}

int SandboxServer::openConnections() const
{
    return m_http->openConnections();
}

QUrl SandboxServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

void SandboxServer::setAdminKey(bool admin)
{
    m_router->setAdminKey(admin);
}

void SandboxServer::setUpdateAnswerWithoutLastUpdated(bool omit)
{
    m_router->setUpdateAnswerWithoutLastUpdated(omit);
}

void SandboxServer::addFault(const Fault& fault)
{
    m_faults->add(fault);
}

void SandboxServer::clearFaults()
{
    m_faults->clear();
    m_http->dropHeldConnections();
}

QJsonObject SandboxServer::project(const QString& id) const
{
    const QJsonObject* p = m_store->project(id);
    return p ? *p : QJsonObject();
}

QStringList SandboxServer::projectIds() const
{
    return m_store->projectIds();
}

void SandboxServer::putProject(const QJsonObject& readJson)
{
    const QString id = readJson.value(ProjectFactKeys::Id).toString();
    const bool known = m_store->project(id) != nullptr;
    m_store->putProject(readJson);
    m_events->publish(known ? u"project-updated"_s : u"project-created"_s,
                      {{QString(ProjectFactKeys::Id), id}});
}

QList<QJsonObject> SandboxServer::vulnerabilities(const QString& projectId) const
{
    return m_store->vulnerabilities(projectId);
}

void SandboxServer::setVulnerabilities(const QString& projectId, const QList<QJsonObject>& list)
{
    m_store->setVulnerabilities(projectId, list);
}

QList<Group> SandboxServer::groups() const
{
    return m_store->groups();
}

QList<Portfolio> SandboxServer::portfolios() const
{
    return m_store->portfolios();
}

void SandboxServer::reset()
{
    m_faults->clear();
    m_requests.clear();
    m_http->dropHeldConnections();
    seed();
}

bool SandboxServer::save()
{
    return m_store->save(&m_error);
}

void SandboxServer::seed()
{
    const DemoSeeder seeder(QDate::currentDate());
    if (m_options.seed == u"empty"_s) {
        m_store->clear();
        seeder.seedCatalog(*m_store);
    } else if (m_options.seed == u"demo"_s || m_options.seed.isEmpty()) {
        seeder.seed(*m_store, m_options.seedSize > 0 ? m_options.seedSize : DemoSeeder::kStandardSize);
    } else {
        m_error = u"unknown seed “%1” (use demo or empty)"_s.arg(m_options.seed);
    }
}

QDateTime SandboxServer::now()
{
    // Strictly increasing, so two changes in the same millisecond still get different markers.
    QDateTime t = QDateTime::currentDateTimeUtc();
    if (m_lastNow.isValid() && t <= m_lastNow)
        t = m_lastNow.addMSecs(1);
    m_lastNow = t;
    return t;
}

bool SandboxServer::isAuthorised(const RecordedRequest& request) const
{
    return !m_options.apiKey.isEmpty() &&
           sameKey(request.headers.value("x-ssapi-key").trimmed(), m_options.apiKey.toUtf8());
}

HttpAction SandboxServer::handle(const RecordedRequest& request)
{
    return answer(request, screen(request));
}

std::optional<HttpAction> SandboxServer::screen(const RecordedRequest& head)
{
    const bool isControl = m_options.control && head.path.startsWith(u"/__sandbox/"_s);
    const int delayMs = isControl ? 0 : m_options.latencyMs;
    std::optional<HttpAction> refusal;
    if (std::max<qint64>(head.bodySize, head.body.size()) > kMaxBodyBytes) {
        refusal = reply(HttpReply::error(413, u"Payload Too Large"_s,
                                         u"The request body is larger than %1 bytes."_s.arg(kMaxBodyBytes)));
        refusal->closeAfter = true;
    } else if (const std::optional<Fault> fault =
                   isControl ? std::nullopt : m_faults->take(head.method, head.path)) {
        refusal = faultAction(*fault);
    } else if (!isAuthorised(head)) {
        refusal =
            reply(HttpReply::error(401, u"Unauthorized"_s, u"Missing or invalid X-SSAPI-KEY header."_s));
    }
    if (refusal)
        refusal->delayMs = delayMs;
    return refusal;
}

HttpAction SandboxServer::answer(const RecordedRequest& request, const std::optional<HttpAction>& refusal)
{
    const bool isControl = m_options.control && request.path.startsWith(u"/__sandbox/"_s);
    if (!isControl)
        record(request);
    if (refusal)
        return *refusal;
    HttpAction action = reply(isControl ? m_control->route(request) : m_router->route(request));
    if (!isControl)
        EventsFromWrites::publish(*m_events, request, action.reply.status, *m_store);
    action.delayMs = isControl ? 0 : m_options.latencyMs;
    return action;
}

void SandboxServer::record(const RecordedRequest& request)
{
    // The log keeps the head and the start of the body: enough to see what was sent, never a copy of
    // every large body.
    RecordedRequest logged = request;
    logged.bodySize = std::max<qint64>(request.bodySize, request.body.size());
    if (logged.body.size() > RecordedRequest::kLoggedBodyBytes)
        logged.body.truncate(RecordedRequest::kLoggedBodyBytes);
    if (m_requests.size() >= kMaxRecorded)
        m_requests.removeFirst();
    m_requests.append(logged);
    Q_EMIT requestReceived(request);
}

HttpAction SandboxServer::faultAction(const Fault& fault) const
{
    HttpAction action;
    switch (fault.kind) {
    case FaultKind::Status500:
        action.reply =
            HttpReply::error(500, u"Internal Server Error"_s, u"Injected fault: internal error."_s);
        break;
    case FaultKind::Status503:
        action.reply = HttpReply::error(503, u"Service Unavailable"_s, u"Injected fault: unavailable."_s);
        break;
    case FaultKind::RateLimited429:
        action.reply = HttpReply::error(429, u"Too Many Requests"_s, u"Injected fault: rate limited."_s);
        action.reply.headers.append({"Retry-After", QByteArray::number(fault.retryAfterSeconds)});
        break;
    case FaultKind::Unauthorized401:
        action.reply = HttpReply::error(401, u"Unauthorized"_s, u"Injected fault: key rejected."_s);
        break;
    case FaultKind::MalformedJson:
        action.reply.body = truncatedProjectList();
        break;
    case FaultKind::HtmlError:
        action.reply.status = 502;
        action.reply.contentType = "text/html; charset=utf-8";
        action.reply.body = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                            "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
                            "</body>\r\n</html>\r\n";
        break;
    case FaultKind::Hang:
        action.kind = HttpAction::Kind::Hang;
        break;
    case FaultKind::CloseConnection:
        action.kind = HttpAction::Kind::Close;
        break;
    }
    return action;
}
