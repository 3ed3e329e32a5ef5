#pragma once

#include "models/Project.h"
#include "models/RetestRequest.h"
#include "models/RetestRoundUpdate.h"
#include "models/Vulnerability.h"

#include "api/ApiResult.h"
#include "api/SsapiCall.h"

#include <functional>

class QObject;
class SsapiClient;

// The retest screens' view of the SSAPI client: the calls they make, answering with the client's own
// ApiResult. Whether a failed POST may still have been applied is ApiError::leavesDoubt() — the one
// place that rule lives. What this adds: no client answers "Not connected" (asynchronously, like a
// call), and cancelled calls are not reported (only their owner cancels them, while it goes away).
namespace RetestCalls {

template <typename T> using Done = std::function<void(const ApiResult<T>&)>;

// Each returns the call handle (null when there is no client) for cancel().
SsapiCall* fetchProject(SsapiClient* client, QObject* context, const QString& projectId, Done<Project> done);
SsapiCall* fetchVulnerabilities(SsapiClient* client, QObject* context, const QString& projectId,
                                bool onlyReadyForRetest, Done<QList<Vulnerability>> done);
SsapiCall* requestRetest(SsapiClient* client, QObject* context, const QString& projectId,
                         const RetestRequest& request, Done<QString> done);
SsapiCall* updateRetestRound(SsapiClient* client, QObject* context, const QString& projectId, int round,
                             const RetestRoundUpdate& update, Done<QString> done);
SsapiCall* cancelRetestRound(SsapiClient* client, QObject* context, const QString& projectId, int round,
                             Done<QString> done);
SsapiCall* completeRetestRound(SsapiClient* client, QObject* context, const QString& projectId, int round,
                               Done<QString> done);
void cancel(SsapiCall* call);

} // namespace RetestCalls
