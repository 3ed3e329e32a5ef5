// The sandbox's request handling without sockets: a request (method, path and query, headers, body) is
// routed as SandboxServer does — /__sandbox/ to ControlRoutes, the rest to SandboxRouter — over a
// freshly seeded store, then checked against the fault queue.
// Input: "METHOD /path?query\nName: value\n...\n\nBODY".
#include "FuzzSupport.h"

#include "sandbox/ControlRoutes.h"
#include "sandbox/DemoSeeder.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/SandboxRouter.h"
#include "sandbox/SandboxStore.h"

#include <QUrl>

using namespace Qt::StringLiterals;

FORGEDESK_FUZZ_INIT

namespace {

RecordedRequest requestFrom(const QByteArray& input)
{
    QByteArray head;
    RecordedRequest request;
    FuzzSupport::splitAtBlankLine(input, &head, &request.body);
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> start = lines.value(0).trimmed().split(' ');
    request.method = start.value(0);
    // As HttpFrontend records it: the percent-encoded path and the parsed query.
    const QUrl url(QString::fromUtf8(start.value(1)));
    request.path = url.path(QUrl::FullyEncoded);
    request.query = QUrlQuery(url.query(QUrl::FullyEncoded));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                   lines.at(i).mid(colon + 1).trimmed());
    }
    return request;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const QDate today(2024, 6, 1);
    const RecordedRequest request = requestFrom(FuzzSupport::bytes(data, size));

    SandboxStore store; // in memory: no data file
    const DemoSeeder seeder(today);
    seeder.seed(store, 1); // one project: seeding is most of the cost of an input
    qint64 tick = 0;
    const SandboxClock clock = [&tick] {
        return QDateTime(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC).addMSecs(++tick);
    };
    FaultInjector faults;
    QList<RecordedRequest> log{request};
    SandboxRouter router(store, clock);
    ControlRoutes control(faults, log, [&] { seeder.seed(store, 1); });

    const HttpReply reply =
        request.path.startsWith(u"/__sandbox/"_s) ? control.route(request) : router.route(request);
    (void)reply.serialize(false);
    (void)faults.take(request.method, request.path);
    return 0;
}
