#include "api/RetryPolicy.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>

int RetryPolicy::parseRetryAfterMs(const QByteArray& retryAfter)
{
    const QByteArray value = retryAfter.trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = value.toInt(&ok);
    if (ok)
        return std::max(0, seconds) * 1000;
    // HTTP-date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(value),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    when.setTimeSpec(Qt::UTC);
    return int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when)));
}

int RetryPolicy::delayMs(int retry, const QByteArray& retryAfter) const
{
    const int asked = parseRetryAfterMs(retryAfter);
    if (asked >= 0)
        return asked > maxRetryAfterMs ? -1 : asked;
    const qint64 backoff = qint64(baseDelayMs) << std::clamp(retry - 1, 0, 16);
    return int(std::min<qint64>(backoff, maxDelayMs));
}
