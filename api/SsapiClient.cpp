#include "api/SsapiClient.h"
#include "models/ProjectFactKeys.h"

#include "api/BaseUrlPolicy.h"
#include "api/HttpCall.h"
#include "api/PagedCall.h"
#include "api/SummaryPipeline.h"
#include "models/AuditLogEntry.h"
#include "models/BackgroundPool.h"
#include "models/ProjectCodec.h"
#include "models/ThreadPriority.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// GetProjects' list key.
const QString& projectsKey()
{
    static const QString key = u"projects"_s;
    return key;
}

// One GetProjects page with each record cut down to the keys a ProjectSummary is decoded from (its
// own read shape, so the cut cannot drift from the decoder); the other keys (`count`) stay as sent.
QJsonDocument summaryPage(const QJsonDocument& doc)
{
    QJsonObject page = doc.object();
    const QJsonArray records = page.value(projectsKey()).toArray();
    if (records.isEmpty())
        return doc;
    QJsonArray reduced;
    for (const QJsonValue& v : records)
        reduced.append(v.isObject() ? QJsonValue(ProjectSummary::fromReadJson(v.toObject()).toReadJson())
                                    : v);
    page.insert(projectsKey(), reduced);
    return QJsonDocument(page);
}

// Wraps `done` so it runs only while the caller's context object is alive.
template <typename T> auto guarded(QObject* context, SsapiClient::Done<T> done)
{
    return [guard = QPointer<QObject>(context), hadContext = context != nullptr,
            done = std::move(done)](const ApiResult<T>& result) {
        if (hadContext && !guard)
            return;
        if (done)
            done(result);
    };
}

ApiError badShape(const QString& what)
{
    return ApiError(ApiError::Category::BadResponse, u"the answer has no %1"_s.arg(what));
}

// The retest calls answer only a status sentence, which may be absent.
ApiResult<QString> statusText(const QJsonDocument& doc)
{
    const QJsonValue status = doc.object().value(u"status"_s);
    return ApiResult<QString>::success(status.isString() ? status.toString() : QString());
}

// GET and PUT both wrap the project in a "project" object, in their own shapes.
ApiResult<Project> projectOf(const QJsonDocument& doc, Project (*decode)(const QJsonObject&))
{
    const QJsonValue project = doc.object().value(u"project"_s);
    if (!project.isObject())
        return ApiResult<Project>::failure(badShape(u"“project” object"_s));
    return ApiResult<Project>::success(decode(project.toObject()));
}

} // namespace

SsapiClient::SsapiClient(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // HSTS and the disk cache stay off: answers carry tenant data that should not linger on disk.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

QString SsapiClient::setBaseUrl(const QUrl& baseUrl)
{
    QString problem = BaseUrlPolicy::problem(baseUrl);
    // The private CA belongs to one origin: it is bound to the first base URL (when it came before
    // one) and dropped, never carried, when the base URL moves to another origin.
    if (!m_trust.isEmpty() && m_baseUrl.isEmpty())
        m_trust = OriginTrust(baseUrl, m_trust.certificates());
    else if (!m_trust.isEmpty() && !BaseUrlPolicy::isSameOrigin(m_baseUrl, baseUrl))
        m_trust = {};
    m_baseUrl = baseUrl;
    return problem;
}

void SsapiClient::setCaCertificates(const QList<QSslCertificate>& certificates)
{
    m_trust = OriginTrust(m_baseUrl, certificates);
}

void SsapiClient::setApiKey(const QString& key)
{
    // A pasted key often carries a line break; a control character inside a header value could even
    // smuggle a second header onto the wire. Keys are printable, so anything else is dropped.
    QString clean;
    for (const QChar c : key.trimmed()) {
        if (c.isPrint())
            clean.append(c);
    }
    m_apiKey = clean.toUtf8();
}

void SsapiClient::setPageSize(int pageSize)
{
    m_pageSize = std::clamp(pageSize, 1, SsapiEndpoints::kMaxPageSize);
}

SsapiCall* SsapiClient::run(const SsapiRequest& request, Raw completion, bool classifyOffThread,
                            Reduce reduce)
{
    HttpCallConfig config{m_baseUrl, m_apiKey, m_timeoutMs,       m_maxResponseBytes, m_retry,
                          5,         m_trust,  classifyOffThread, std::move(reduce)};
    auto* call = new HttpCall(m_network, request, std::move(config), std::move(completion), this);
    call->start();
    return call;
}

template <typename T>
SsapiCall* SsapiClient::fetchDecoded(const SsapiRequest& request, Decode<T> decode, QObject* context,
                                     Done<T> done)
{
    auto deliver = guarded<T>(context, std::move(done));
    return run(request,
               [deliver, decode = std::move(decode)](const QJsonDocument& doc, const ApiError& error) {
                   deliver(error.isError() ? ApiResult<T>::failure(error) : decode(doc));
               });
}

SsapiCall* SsapiClient::send(const SsapiRequest& request, QObject* context, Done<QJsonDocument> done)
{
    return fetchDecoded<QJsonDocument>(
        request, [](const QJsonDocument& doc) { return ApiResult<QJsonDocument>::success(doc); }, context,
        std::move(done));
}

template <typename T>
SsapiCall* SsapiClient::fetchList(const std::function<SsapiRequest(int, int)>& page, const QString& listKey,
                                  const QString& idKey, const std::function<T(const QJsonObject&)>& decode,
                                  QObject* context, Done<QList<T>> done)
{
    auto deliver = guarded<QList<T>>(context, std::move(done));
    auto runner = [this](const SsapiRequest& request, Raw completion) {
        return run(request, std::move(completion));
    };
    auto items = std::make_shared<QList<T>>();
    auto* call = new PagedCall(
        page, listKey, m_pageSize, runner,
        [deliver, items](const QJsonArray&, const ApiError& error) {
            if (error.isError())
                deliver(ApiResult<QList<T>>::failure(error));
            else
                deliver(ApiResult<QList<T>>::success(std::move(*items)));
        },
        this);
    call->setIdKey(idKey);
    call->setLimits(m_pagingLimits);
    call->setPageSink([items, decode](const QJsonArray& records) {
        items->reserve(items->size() + records.size());
        for (const QJsonValue& v : records)
            items->append(decode(v.toObject()));
    });
    call->start();
    return call;
}

PagedCall* SsapiClient::projectPages(const ProjectQuery& query, PagedCall::Completion completion,
                                     Reduce reduce)
{
    auto runner = [this, reduce = std::move(reduce)](const SsapiRequest& request, Raw done) {
        return run(request, std::move(done), true, reduce);
    };
    auto* call = new PagedCall(
        [query](int skip, int limit) { return SsapiEndpoints::getProjects(query, skip, limit); },
        projectsKey(), m_pageSize, runner, std::move(completion), this);
    call->setIdKey(ProjectFactKeys::Id);
    call->setLimits(m_pagingLimits);
    call->setConcurrency(m_pageConcurrency);
    return call;
}

SsapiCall* SsapiClient::fetchProjects(const ProjectQuery& query, QObject* context, Done<QList<Project>> done)
{
    auto deliver = guarded<QList<Project>>(context, std::move(done));
    auto items = std::make_shared<QList<Project>>();
    PagedCall* call = projectPages(query, [deliver, items](const QJsonArray&, const ApiError& error) {
        if (error.isError())
            deliver(ApiResult<QList<Project>>::failure(error));
        else
            deliver(ApiResult<QList<Project>>::success(std::move(*items)));
    });
    call->setPageSink([items](const QJsonArray& records) {
        items->reserve(items->size() + records.size());
        for (const QJsonValue& v : records)
            items->append(ProjectCodec::fromReadJson(v.toObject()));
    });
    call->start();
    return call;
}

SsapiCall* SsapiClient::fetchProjectSummaries(const ProjectQuery& query, QObject* context, SummaryBatch batch,
                                              Done<int> done)
{
    auto pipe = std::make_shared<SummaryPipeline>(this, context, std::move(batch), std::move(done));
    // A parsed page of full project records is several times its JSON; only the summaries' keys are
    // kept past the worker that parsed it, so the pages waiting in line (in flight, out of order,
    // queued for a decoder) hold a fraction of that.
    PagedCall* call = projectPages(
        query,
        [pipe](const QJsonArray&, const ApiError& error) {
            if (error.isError())
                pipe->fail(error);
            else
                pipe->listEnded();
        },
        &summaryPage);
    pipe->setCall(call);
    call->setMayRequest([pipe] { return pipe->mayRequest(); });
    call->setPageSink([this, pipe](const QJsonArray& records) {
        const int page = pipe->pageStarted();
        auto* watcher = new QFutureWatcher<QList<ProjectSummary>>(this);
        watcher->setObjectName(QStringLiteral("summaryPage")); // names it in stall traces
        connect(watcher, &QFutureWatcher<QList<ProjectSummary>>::finished, this, [pipe, watcher, page] {
            watcher->deleteLater();
            pipe->pageDecoded(page, watcher->future().takeResult());
        });
        watcher->setFuture(QtConcurrent::run(BackgroundPool::instance(), [records] {
            ThreadPriority::yieldToInteractive();
            return ProjectSummary::fromReadJson(records);
        }));
    });
    call->start();
    return call;
}

SsapiCall* SsapiClient::fetchVulnerabilities(const QString& projectId, bool onlyReadyForRetest,
                                             QObject* context, Done<QList<Vulnerability>> done)
{
    VulnerabilityQuery filter;
    filter.onlyReadyForRetest = onlyReadyForRetest;
    return fetchVulnerabilities(projectId, filter, context, std::move(done));
}

SsapiCall* SsapiClient::fetchVulnerabilities(const QString& projectId, const VulnerabilityQuery& filter,
                                             QObject* context, Done<QList<Vulnerability>> done)
{
    return fetchList<Vulnerability>(
        [projectId, filter](int skip, int limit) {
            return SsapiEndpoints::getProjectVulnerabilities(projectId, filter, skip, limit);
        },
        u"vulnerabilities"_s, u"vulnerability_id"_s, &Vulnerability::fromJson, context, std::move(done));
}

SsapiCall* SsapiClient::fetchProject(const QString& projectId, QObject* context, Done<Project> done)
{
    return fetchDecoded<Project>(
        SsapiEndpoints::getProject(projectId),
        [](const QJsonDocument& doc) { return projectOf(doc, &ProjectCodec::fromReadJson); }, context,
        std::move(done));
}

SsapiCall* SsapiClient::updateProject(const QString& projectId, const QJsonObject& body, QObject* context,
                                      Done<Project> done)
{
    return fetchDecoded<Project>(
        SsapiEndpoints::updateProject(projectId, body),
        [](const QJsonDocument& doc) { return projectOf(doc, &ProjectCodec::fromResponseJson); }, context,
        std::move(done));
}

SsapiCall* SsapiClient::requestRetest(const QString& projectId, const RetestRequest& request,
                                      QObject* context, Done<QString> done)
{
    return fetchDecoded<QString>(SsapiEndpoints::requestRetest(projectId, request), &statusText, context,
                                 std::move(done));
}

SsapiCall* SsapiClient::updateRetestRound(const QString& projectId, int roundNumber,
                                          const RetestRoundUpdate& update, QObject* context,
                                          Done<QString> done)
{
    return fetchDecoded<QString>(SsapiEndpoints::updateRetestRound(projectId, roundNumber, update),
                                 &statusText, context, std::move(done));
}

SsapiCall* SsapiClient::cancelRetestRound(const QString& projectId, int roundNumber, QObject* context,
                                          Done<QString> done)
{
    return fetchDecoded<QString>(SsapiEndpoints::cancelRetestRound(projectId, roundNumber), &statusText,
                                 context, std::move(done));
}

SsapiCall* SsapiClient::completeRetestRound(const QString& projectId, int roundNumber, QObject* context,
                                            Done<QString> done)
{
    return fetchDecoded<QString>(SsapiEndpoints::completeRetestRound(projectId, roundNumber), &statusText,
                                 context, std::move(done));
}

SsapiCall* SsapiClient::fetchAuditLogPage(const QString& projectId, int skip, int limit, QObject* context,
                                          Done<AuditLogPage> done)
{
    auto deliver = guarded<AuditLogPage>(context, std::move(done));
    return run(SsapiEndpoints::getProjectAuditLogs(projectId, skip, limit, true),
               [deliver](const QJsonDocument& doc, const ApiError& error) {
                   if (error.isError())
                       return deliver(ApiResult<AuditLogPage>::failure(error));
                   const QJsonValue logs = doc.object().value(u"logs"_s);
                   if (!logs.isArray())
                       return deliver(ApiResult<AuditLogPage>::failure(badShape(u"“logs” list"_s)));
                   AuditLogPage page;
                   for (const QJsonValue& v : logs.toArray())
                       page.entries.append(AuditLogEntry::fromJson(v.toObject()));
                   page.total = doc.object().value(u"count"_s).toInt(int(page.entries.size()));
                   deliver(ApiResult<AuditLogPage>::success(page));
               });
}

SsapiCall* SsapiClient::fetchGroups(QObject* context, Done<QList<Group>> done)
{
    return fetchUnpaged<Group>(SsapiEndpoints::getGroups(), u"groups"_s, &Group::fromJson, context,
                               std::move(done));
}

SsapiCall* SsapiClient::fetchGroups(bool allGroups, QObject* context, Done<QList<Group>> done)
{
    return fetchUnpaged<Group>(SsapiEndpoints::getGroups(allGroups), u"groups"_s, &Group::fromJson, context,
                               std::move(done));
}

SsapiCall* SsapiClient::fetchPortfolios(QObject* context, Done<QList<Portfolio>> done)
{
    return fetchUnpaged<Portfolio>(SsapiEndpoints::getPortfolios(), u"portfolios"_s, &Portfolio::fromJson,
                                   context, std::move(done));
}

template <typename T>
SsapiCall* SsapiClient::fetchUnpaged(const SsapiRequest& request, const QString& listKey,
                                     T (*decode)(const QJsonObject&), QObject* context, Done<QList<T>> done)
{
    return fetchDecoded<QList<T>>(
        request,
        [listKey, decode](const QJsonDocument& doc) {
            const QJsonValue list = doc.object().value(listKey);
            if (!list.isArray())
                return ApiResult<QList<T>>::failure(badShape(u"“%1” list"_s.arg(listKey)));
            QList<T> items;
            for (const QJsonValue& v : list.toArray())
                items.append(decode(v.toObject()));
            return ApiResult<QList<T>>::success(items);
        },
        context, std::move(done));
}
