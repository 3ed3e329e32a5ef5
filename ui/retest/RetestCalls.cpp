#include "ui/retest/RetestCalls.h"

#include "api/SsapiCall.h"
#include "api/SsapiClient.h"

#include <QCoreApplication>
#include <QMetaObject>

using namespace Qt::StringLiterals;

namespace RetestCalls {

namespace {

template <typename T> SsapiClient::Done<T> dropCancelled(Done<T> done)
{
    return [done = std::move(done)](const ApiResult<T>& r) {
        if (!r.isOk() && r.error().category() == ApiError::Category::Cancelled)
            return;
        done(r);
    };
}

template <typename T> SsapiCall* noClient(QObject* context, Done<T> done)
{
    QMetaObject::invokeMethod(
        context,
        [done] {
            done(ApiResult<T>::failure(
                ApiError(ApiError::Category::Network,
                         QCoreApplication::translate("RetestCalls", "not connected: no SSAPI client"))));
        },
        Qt::QueuedConnection);
    return nullptr;
}

} // namespace

SsapiCall* fetchProject(SsapiClient* client, QObject* context, const QString& projectId, Done<Project> done)
{
    if (!client)
        return noClient(context, std::move(done));
    return client->fetchProject(projectId, context, dropCancelled(std::move(done)));
}

SsapiCall* fetchVulnerabilities(SsapiClient* client, QObject* context, const QString& projectId,
                                bool onlyReadyForRetest, Done<QList<Vulnerability>> done)
{
    if (!client)
        return noClient(context, std::move(done));
    return client->fetchVulnerabilities(projectId, onlyReadyForRetest, context,
                                        dropCancelled(std::move(done)));
}

SsapiCall* requestRetest(SsapiClient* client, QObject* context, const QString& projectId,
                         const RetestRequest& request, Done<QString> done)
{
    if (!client)
        return noClient(context, std::move(done));
    return client->requestRetest(projectId, request, context, dropCancelled(std::move(done)));
}

SsapiCall* updateRetestRound(SsapiClient* client, QObject* context, const QString& projectId, int round,
                             const RetestRoundUpdate& update, Done<QString> done)
{
    if (!client)
        return noClient(context, std::move(done));
    return client->updateRetestRound(projectId, round, update, context, dropCancelled(std::move(done)));
}

SsapiCall* cancelRetestRound(SsapiClient* client, QObject* context, const QString& projectId, int round,
                             Done<QString> done)
{
    if (!client)
        return noClient(context, std::move(done));
    return client->cancelRetestRound(projectId, round, context, dropCancelled(std::move(done)));
}

SsapiCall* completeRetestRound(SsapiClient* client, QObject* context, const QString& projectId, int round,
                               Done<QString> done)
{
    if (!client)
        return noClient(context, std::move(done));
    return client->completeRetestRound(projectId, round, context, dropCancelled(std::move(done)));
}

void cancel(SsapiCall* call)
{
    if (call && !call->isFinished())
        call->cancel();
}

} // namespace RetestCalls
