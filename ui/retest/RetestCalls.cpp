#include "ui/retest/RetestCalls.h"

#include "api/SsapiCall.h"
#include "api/SsapiClient.h"

using namespace Qt::StringLiterals;

namespace RetestCalls {

namespace {

Failure failureOf(const ApiError& error)
{
    Failure f;
    f.message = error.userMessage();
    f.cancelled = error.category() == ApiError::Category::Cancelled;
    // The client marks timeouts, closed connections and unreadable 2xx answers of writes as doubtful.
    // A gateway timeout (504) is added here: the proxy gave up, the tenant behind it may not have.
    f.doubtful = error.leavesDoubt() || error.category() == ApiError::Category::Timeout ||
                 (error.category() == ApiError::Category::Server && error.httpStatus() == 504);
    return f;
}

// Cancelled calls are not reported: only their owner cancels them, while it is going away.
template <typename T> SsapiClient::Done<T> adapt(Done<T> done)
{
    return [done = std::move(done)](const ApiResult<T>& r) {
        if (r.isOk()) {
            Result<T> out;
            out.value = r.value();
            done(out);
            return;
        }
        if (r.error().category() == ApiError::Category::Cancelled)
            return;
        Result<T> out;
        out.failure = failureOf(r.error());
        done(out);
    };
}

template <typename T> SsapiCall* noClient(QObject* context, Done<T> done)
{
    QMetaObject::invokeMethod(
        context,
        [done] {
            Result<T> r;
            r.failure.message = u"Not connected: no SSAPI client."_s;
            done(r);
        },
        Qt::QueuedConnection);
    return nullptr;
}

} // namespace

SsapiCall* fetchProject(SsapiClient* client, QObject* context, const QString& projectId, Done<Project> done)
{
    if (!client)
        return noClient(context, std::move(done));
    return client->fetchProject(projectId, context, adapt(std::move(done)));
}

SsapiCall* fetchVulnerabilities(SsapiClient* client, QObject* context, const QString& projectId,
                                bool onlyReadyForRetest, Done<QList<Vulnerability>> done)
{
    if (!client)
        return noClient(context, std::move(done));
    return client->fetchVulnerabilities(projectId, onlyReadyForRetest, context, adapt(std::move(done)));
}

SsapiCall* requestRetest(SsapiClient* client, QObject* context, const QString& projectId,
                         const RetestRequest& request, Done<QString> done)
{
    if (!client)
        return noClient(context, std::move(done));
    return client->requestRetest(projectId, request, context, adapt(std::move(done)));
}

SsapiCall* updateRetestRound(SsapiClient* client, QObject* context, const QString& projectId, int round,
                             const RetestRoundUpdate& update, Done<QString> done)
{
    if (!client)
        return noClient(context, std::move(done));
    return client->updateRetestRound(projectId, round, update, context, adapt(std::move(done)));
}

void cancel(SsapiCall* call)
{
    if (call && !call->isFinished())
        call->cancel();
}

} // namespace RetestCalls
