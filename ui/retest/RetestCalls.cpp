#include "ui/retest/RetestCalls.h"

#include <QTimer>

using namespace Qt::StringLiterals;

#if __has_include("api/SsapiClient.h")
#error "api/SsapiClient.h has landed: write the real RetestCalls"
#else
// Until the SSAPI client lands, every call fails (asynchronously, like a real call would).
namespace RetestCalls {

namespace {
template <typename T> SsapiCall* fail(QObject* context, Done<T> done)
{
    QTimer::singleShot(0, context, [done] {
        Result<T> r;
        r.failure.message = u"The SSAPI client is not available in this build."_s;
        done(r);
    });
    return nullptr;
}
} // namespace

SsapiCall* fetchProject(SsapiClient*, QObject* context, const QString&, Done<Project> done)
{
    return fail(context, std::move(done));
}

SsapiCall* fetchVulnerabilities(SsapiClient*, QObject* context, const QString&, bool,
                                Done<QList<Vulnerability>> done)
{
    return fail(context, std::move(done));
}

SsapiCall* requestRetest(SsapiClient*, QObject* context, const QString&, const RetestRequest&,
                         Done<QString> done)
{
    return fail(context, std::move(done));
}

SsapiCall* updateRetestRound(SsapiClient*, QObject* context, const QString&, int, const RetestRoundUpdate&,
                             Done<QString> done)
{
    return fail(context, std::move(done));
}

void cancel(SsapiCall*) {}

} // namespace RetestCalls
#endif
