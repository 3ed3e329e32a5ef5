#pragma once

#include "api/ApiResult.h"
#include "api/OriginTrust.h"
#include "api/PagedCall.h"
#include "api/RetryPolicy.h"
#include "api/SsapiEndpoints.h"
#include "api/SsapiRequest.h"

#include "models/Group.h"
#include "models/Portfolio.h"
#include "models/Project.h"
#include "models/ProjectSummary.h"
#include "models/Vulnerability.h"

#include <QJsonDocument>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
struct AuditLogPage;
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
    void setPagingLimits(const PagingLimits& limits) { m_pagingLimits = limits; }
    // Pages of the project list in flight at once once its count is known (default
    // kDefaultPageConcurrency; 1: one after another). The application applies the user's setting.
    void setPageConcurrency(int pages) { m_pageConcurrency = std::max(1, pages); }
    int pageConcurrency() const { return m_pageConcurrency; }
    static constexpr int kDefaultPageConcurrency = 4;
    // Extra CA certificates (an on-premises tenant's private CA) trusted for the base URL's origin
    // only: each request there gets its own TLS configuration, the default CAs plus these. No other
    // origin and not the process-wide default configuration ever sees them; a later setBaseUrl() to
    // another origin drops them (set before any base URL, they are for the first one). An empty list
    // removes them.
    void setCaCertificates(const QList<QSslCertificate>& certificates);
    // That trust, for the same tenant's events socket (LiveUpdates hands it to EventsClient).
    const OriginTrust& originTrust() const { return m_trust; }

    // Any request, with its JSON answer.
    SsapiCall* send(const SsapiRequest& request, QObject* context, Done<QJsonDocument> done);

    SsapiCall* fetchProjects(const ProjectQuery& query, QObject* context, Done<QList<Project>> done);
    // The project list as compact rows, for large tenants: each page is parsed and decoded on a worker
    // thread and handed to `batch` in list order as soon as the pages before it are in; `done` follows
    // the last batch with how many rows were delivered (or the error that ended the fetch).
    using SummaryBatch = std::function<void(const QList<ProjectSummary>& batch)>;
    SsapiCall* fetchProjectSummaries(const ProjectQuery& query, QObject* context, SummaryBatch batch,
                                     Done<int> done);
    SsapiCall* fetchProject(const QString& projectId, QObject* context, Done<Project> done);
    SsapiCall* updateProject(const QString& projectId, const QJsonObject& body, QObject* context,
                             Done<Project> done);
    // Never retried automatically: a second POST would create a second round.
    SsapiCall* requestRetest(const QString& projectId, const RetestRequest& request, QObject* context,
                             Done<QString> done);
    SsapiCall* updateRetestRound(const QString& projectId, int roundNumber, const RetestRoundUpdate& update,
                                 QObject* context, Done<QString> done);
    // Never retried automatically either; `done` gets the server's status sentence.
    SsapiCall* cancelRetestRound(const QString& projectId, int roundNumber, QObject* context,
                                 Done<QString> done);
    SsapiCall* completeRetestRound(const QString& projectId, int roundNumber, QObject* context,
                                   Done<QString> done);
    SsapiCall* fetchVulnerabilities(const QString& projectId, bool onlyReadyForRetest, QObject* context,
                                    Done<QList<Vulnerability>> done);
    SsapiCall* fetchVulnerabilities(const QString& projectId, const VulnerabilityQuery& filter,
                                    QObject* context, Done<QList<Vulnerability>> done);
    // One page of a project's audit log (with the request bodies), and the total count.
    SsapiCall* fetchAuditLogPage(const QString& projectId, int skip, int limit, QObject* context,
                                 Done<AuditLogPage> done);
    SsapiCall* fetchGroups(QObject* context, Done<QList<Group>> done);
    SsapiCall* fetchGroups(bool allGroups, QObject* context, Done<QList<Group>> done);
    SsapiCall* fetchPortfolios(QObject* context, Done<QList<Portfolio>> done);

private:
    using Raw = std::function<void(const QJsonDocument&, const ApiError&)>;
    using Reduce = std::function<QJsonDocument(const QJsonDocument&)>;
    SsapiCall* run(const SsapiRequest& request, Raw completion, bool classifyOffThread = false,
                   Reduce reduce = {});
    // Turns a successful answer into T, or into the failure that says why the answer does not fit.
    template <typename T> using Decode = std::function<ApiResult<T>(const QJsonDocument&)>;
    // One request whose answer is decoded whole: a transport or HTTP error, else decode(document).
    template <typename T>
    SsapiCall* fetchDecoded(const SsapiRequest& request, Decode<T> decode, QObject* context, Done<T> done);
    // Lists GetGroups and GetPortfolios return whole, under `listKey`.
    template <typename T>
    SsapiCall* fetchUnpaged(const SsapiRequest& request, const QString& listKey,
                            T (*decode)(const QJsonObject&), QObject* context, Done<QList<T>> done);
    template <typename T>
    SsapiCall* fetchList(const std::function<SsapiRequest(int, int)>& page, const QString& listKey,
                         const QString& idKey, const std::function<T(const QJsonObject&)>& decode,
                         QObject* context, Done<QList<T>> done);
    // `reduce` (optional) shrinks each page's document on the worker that parsed it.
    PagedCall* projectPages(const ProjectQuery& query, PagedCall::Completion completion, Reduce reduce = {});

    QNetworkAccessManager* m_network;
    QUrl m_baseUrl;
    QByteArray m_apiKey;
    int m_timeoutMs = 30000;
    RetryPolicy m_retry;
    int m_pageSize = SsapiEndpoints::kMaxPageSize;
    qint64 m_maxResponseBytes = qint64{64} * 1024 * 1024;
    PagingLimits m_pagingLimits;
    int m_pageConcurrency = kDefaultPageConcurrency;
    OriginTrust m_trust;
};
