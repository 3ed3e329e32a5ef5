#pragma once

#include "models/Group.h"
#include "models/Portfolio.h"
#include "sandbox/HttpAction.h"
#include "sandbox/SandboxTypes.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

class ControlRoutes;
class EventsHub;
class FaultInjector;
class HttpFrontend;
class QTcpSocket;
class QWebSocketServer;
class SandboxRouter;
class SandboxStore;

// An AttackForge SSAPI look-alike on 127.0.0.1 for tests, the GUI's demo mode and trying the client by
// hand: the endpoints ForgeDesk uses, AttackForge's error shapes, a seeded tenant, optional persistence
// and injectable faults. Validation and the project codec are the client's own (forgedesk_core).
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(const SandboxOptions& options, QObject* parent = nullptr);
    ~SandboxServer() override;

    bool listen(quint16 port = 0); // 127.0.0.1 only; 0 picks a free port
    quint16 port() const { return m_port; }
    QUrl baseUrl() const; // http://127.0.0.1:PORT
    // Why the data could not be loaded or listen() failed; never contains the key.
    QString errorString() const { return m_error; }

    void addFault(const Fault& fault);
    // Whether the key is an admin's: GetGroups?allGroups=true is refused (403) otherwise. Default: not.
    void setAdminKey(bool admin);
    // Whether UpdateProjectById answers without `last_updated`, as a server may (the documented
    // shape elides most keys): the client must then not take its own save for someone else's.
    void setUpdateAnswerWithoutLastUpdated(bool omit);
    void clearFaults();
    QList<RecordedRequest> requests() const { return m_requests; }
    // Client connections open now (at most SandboxOptions::maxConnections).
    int openConnections() const;
    void clearRequests() { m_requests.clear(); }

    // Direct data access for tests and demo set-up (read shape, project_-prefixed).
    QJsonObject project(const QString& id) const;
    QStringList projectIds() const;
    // Replace/insert, e.g. to simulate someone else's edit; publishes project-created/-updated.
    void putProject(const QJsonObject& readJson);
    QList<QJsonObject> vulnerabilities(const QString& projectId) const;
    void setVulnerabilities(const QString& projectId, const QList<QJsonObject>& list);
    QList<Group> groups() const;
    QList<Portfolio> portfolios() const;

    // Re-seeds the tenant as at start-up (ignoring the data file's content) and writes it back.
    void reset();
    // Writes the data file now (it is otherwise written right after each change).
    bool save();

    // The events endpoint (grants, heartbeats, faults), on the same port.
    EventsHub* events() const { return m_events; }

    static constexpr qsizetype kMaxBodyBytes = 8 * 1024 * 1024;

Q_SIGNALS:
    void requestReceived(const RecordedRequest& request);

private:
    // The whole decision for one complete request: screen, then answer.
    HttpAction handle(const RecordedRequest& request);
    // Size, faults and key, from the head alone: refuses before any body byte is kept.
    std::optional<HttpAction> screen(const RecordedRequest& head);
    // Records the request and answers it (or gives the refusal screen() chose).
    HttpAction answer(const RecordedRequest& request, const std::optional<HttpAction>& refusal);
    void record(const RecordedRequest& request);
    HttpAction faultAction(const Fault& fault) const;
    bool isAuthorised(const RecordedRequest& request) const;
    void seed();
    QDateTime now();

    SandboxOptions m_options;
    SandboxStore* m_store = nullptr;
    std::unique_ptr<FaultInjector> m_faults;
    std::unique_ptr<SandboxRouter> m_router;
    std::unique_ptr<ControlRoutes> m_control;
    HttpFrontend* m_http = nullptr;
    EventsHub* m_events = nullptr;
    QWebSocketServer* m_webSockets = nullptr;
    // Connections handed to m_webSockets whose handshake it has not finished: it does not delete those
    // when it goes (a client connecting as a test ends leaked one), so this server does.
    QList<QPointer<QTcpSocket>> m_upgrading;
    QList<RecordedRequest> m_requests;
    QDateTime m_lastNow;
    quint16 m_port = 0;
    QString m_error;
};
