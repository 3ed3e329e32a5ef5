#pragma once

#include "models/Project.h"
#include "models/RetestRequest.h"
#include "models/RetestRoundUpdate.h"
#include "models/Vulnerability.h"

#include "api/SsapiCall.h"

#include <QPointer>

#include <functional>
#include <optional>

class QObject;
class SsapiClient;

// The retest screens' view of the SSAPI client: the four calls they make, each answering with either a
// value or an error sentence, plus the one decision that matters for a non-idempotent POST — whether a
// failure leaves doubt about what the server did.
namespace RetestCalls {

struct Failure
{
    QString message;       // for people: ApiError's user message
    bool doubtful = false; // the request may have been applied (timeout, connection lost, unreadable answer)
    bool cancelled = false;
};

template <typename T> struct Result
{
    std::optional<T> value;
    Failure failure;
    bool ok() const { return value.has_value(); }
};

template <typename T> using Done = std::function<void(const Result<T>&)>;

// Each returns the call handle (may be null when the client refused synchronously) for cancel().
SsapiCall* fetchProject(SsapiClient* client, QObject* context, const QString& projectId, Done<Project> done);
SsapiCall* fetchVulnerabilities(SsapiClient* client, QObject* context, const QString& projectId,
                                bool onlyReadyForRetest, Done<QList<Vulnerability>> done);
SsapiCall* requestRetest(SsapiClient* client, QObject* context, const QString& projectId,
                         const RetestRequest& request, Done<QString> done);
SsapiCall* updateRetestRound(SsapiClient* client, QObject* context, const QString& projectId, int round,
                             const RetestRoundUpdate& update, Done<QString> done);
void cancel(SsapiCall* call);

} // namespace RetestCalls
