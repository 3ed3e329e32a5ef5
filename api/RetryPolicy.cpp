#include "api/RetryPolicy.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <limits>

int RetryPolicy::parseRetryAfterMs(const QByteArray& retryAfter)
{
    const QByteArray value = retryAfter.trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = value.toInt(&ok);
    // In 64 bits and capped: "Retry-After: 3000000" must read as a very long wait (then not retried),
    // not overflow into a short or negative one.
    constexpr qint64 kMaxMs = std::numeric_limits<int>::max();
    if (ok)
        return int(std::min<qint64>(std::max(0, seconds) * qint64(1000), kMaxMs));
    // HTTP-date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(value),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    when.setTimeSpec(Qt::UTC);
    return int(std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(when), 0, kMaxMs));
}

int RetryPolicy::delayMs(int retry, const QByteArray& retryAfter) const
{
    const int asked = parseRetryAfterMs(retryAfter);
    if (asked >= 0)
        return asked > maxRetryAfterMs ? -1 : asked;
    const qint64 backoff = qint64(baseDelayMs) << std::clamp(retry - 1, 0, 16);
    return int(std::min<qint64>(backoff, maxDelayMs));
}
