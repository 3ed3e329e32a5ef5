// A non-2xx answer as HttpCall sees it: the status, the headers (Retry-After matters) and the body.
// Input: "STATUS [REASON]\nName: value\n...\n\nBODY".
#include "FuzzSupport.h"

#include "api/ApiError.h"
#include "api/RetryPolicy.h"

#include <QList>

FORGEDESK_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray head;
    QByteArray body;
    FuzzSupport::splitAtBlankLine(FuzzSupport::bytes(data, size), &head, &body);
    const QList<QByteArray> lines = head.split('\n');
    const QByteArray statusLine = lines.value(0).trimmed();
    const qsizetype space = statusLine.indexOf(' ');
    const int status = statusLine.left(space < 0 ? statusLine.size() : space).toInt();
    const QString reason = space < 0 ? QString() : QString::fromUtf8(statusLine.mid(space + 1));
    QByteArray retryAfter;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0 && lines.at(i).left(colon).trimmed().toLower() == "retry-after")
            retryAfter = lines.at(i).mid(colon + 1).trimmed();
    }

    ApiError error = ApiError::fromHttp(status, body, reason);
    if (const int ms = RetryPolicy::parseRetryAfterMs(retryAfter); ms >= 0)
        error.setRetryAfterSeconds(int((qint64(ms) + 999) / 1000)); // ms may be INT_MAX
    const RetryPolicy policy;
    for (int retry = 1; retry <= 3; ++retry)
        (void)policy.delayMs(retry, retryAfter);
    (void)error.userMessage();
    (void)error.redacted("fuzz-secret-key").userMessage();
    (void)ApiError::categoryName(error.category());
    return 0;
}
