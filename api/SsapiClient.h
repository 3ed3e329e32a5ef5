#pragma once

#include "api/ApiResult.h"
#include "api/RetryPolicy.h"
#include "api/SsapiEndpoints.h"
#include "api/SsapiRequest.h"

#include "models/Group.h"
#include "models/Portfolio.h"
#include "models/Project.h"
#include "models/Vulnerability.h"

#include <QJsonDocument>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class SsapiCall;

// The SSAPI client: one QNetworkAccessManager, one tenant (base URL + key) at a time, every endpoint
// ForgeDesk uses as an asynchronous typed call. Each call returns a handle (cancel, progress) and hands
// its result to `done` — unless `context` was destroyed first.
class SsapiClient : public QObject
{
    Q_OBJECT
public:
    template <typename T> using Done = std::function<void(const ApiResult<T>&)>;

    explicit SsapiClient(QObject* parent = nullptr);

    // Returns why the URL is refused (not HTTPS and not loopback), or an empty string.
    QString setBaseUrl(const QUrl& baseUrl);
    QUrl baseUrl() const { return m_baseUrl; }
    void setApiKey(const QString& key);
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }
    // For the same tenant's events connection (its upgrade header); never log or store it.
    QByteArray apiKey() const { return m_apiKey; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }
    void setRetryPolicy(const RetryPolicy& policy) { m_retry = policy; }
    RetryPolicy retryPolicy() const { return m_retry; }
    void setPageSize(int pageSize);
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }

    // Any request, with its JSON answer.
    SsapiCall* send(const SsapiRequest& request, QObject* context, Done<QJsonDocument> done);

    SsapiCall* fetchProjects(const ProjectQuery& query, QObject* context, Done<QList<Project>> done);
    SsapiCall* fetchProject(const QString& projectId, QObject* context, Done<Project> done);
    SsapiCall* updateProject(const QString& projectId, const QJsonObject& body, QObject* context,
                             Done<Project> done);
    // Never retried automatically: a second POST would create a second round.
    SsapiCall* requestRetest(const QString& projectId, const RetestRequest& request, QObject* context,
                             Done<QString> done);
    SsapiCall* updateRetestRound(const QString& projectId, int roundNumber, const RetestRoundUpdate& update,
                                 QObject* context, Done<QString> done);
    SsapiCall* fetchVulnerabilities(const QString& projectId, bool onlyReadyForRetest, QObject* context,
                                    Done<QList<Vulnerability>> done);
    SsapiCall* fetchVulnerabilities(const QString& projectId, const VulnerabilityQuery& filter,
                                    QObject* context, Done<QList<Vulnerability>> done);
    SsapiCall* fetchGroups(QObject* context, Done<QList<Group>> done);
    SsapiCall* fetchPortfolios(QObject* context, Done<QList<Portfolio>> done);

private:
    using Raw = std::function<void(const QJsonDocument&, const ApiError&)>;
    SsapiCall* run(const SsapiRequest& request, Raw completion);
    // Lists GetGroups and GetPortfolios return whole, under `listKey`.
    template <typename T>
    SsapiCall* fetchUnpaged(const SsapiRequest& request, const QString& listKey,
                            T (*decode)(const QJsonObject&), QObject* context, Done<QList<T>> done);
    template <typename T>
    SsapiCall* fetchList(const std::function<SsapiRequest(int, int)>& page, const QString& listKey,
                         const std::function<T(const QJsonObject&)>& decode, QObject* context,
                         Done<QList<T>> done);

    QNetworkAccessManager* m_network;
    QUrl m_baseUrl;
    QByteArray m_apiKey;
    int m_timeoutMs = 30000;
    RetryPolicy m_retry;
    int m_pageSize = SsapiEndpoints::kMaxPageSize;
    qint64 m_maxResponseBytes = 64 * 1024 * 1024;
};
