#include "api/RetryPolicy.h"

#include "api/Numerus.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMaxMs = std::numeric_limits<qint64>::max() / 2;

bool allDigits(const QByteArray& value)
{
    return !value.isEmpty() &&
           std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

qint64 RetryPolicy::parseRetryAfterMs(const QByteArray& retryAfter)
{
    const QByteArray value = retryAfter.trimmed();
    if (value.isEmpty())
        return -1;
    const bool negative = value.startsWith('-');
    const QByteArray digits = negative ? value.mid(1) : value;
    if (allDigits(digits)) {
        if (negative)
            return 0;
        bool ok = false;
        const qint64 seconds = digits.toLongLong(&ok);
        // Too many digits for 64 bits is still "a very long time", not "no header".
        if (!ok || seconds > kMaxMs / 1000)
            return kMaxMs;
        return seconds * 1000;
    }
    // HTTP-date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(value),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    when.setTimeZone(QTimeZone::utc());
    return std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(when), 0, kMaxMs);
}

int RetryPolicy::delayMs(int retry, const QByteArray& retryAfter) const
{
    const qint64 asked = parseRetryAfterMs(retryAfter);
    if (asked >= 0)
        return asked > maxRetryAfterMs ? -1 : int(asked); // compared in 64 bits, converted once capped
    const qint64 backoff = qint64(baseDelayMs) << std::clamp(retry - 1, 0, 16);
    return int(std::min<qint64>(backoff, maxDelayMs));
}

QString RetryPolicy::describeWait(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, ms) / 1000;
    const auto unit = [](const char* source, qint64 n, const QString& one, const QString& many) {
        return Numerus::text("RetryPolicy", source, n, u"%1 %2"_s.arg(n).arg(one),
                             u"%1 %2"_s.arg(n).arg(many));
    };
    if (seconds < 120)
        return unit(QT_TRANSLATE_N_NOOP("RetryPolicy", "%n second(s)"), seconds, u"second"_s, u"seconds"_s);
    if (seconds < 120 * 60)
        return unit(QT_TRANSLATE_N_NOOP("RetryPolicy", "%n minute(s)"), seconds / 60, u"minute"_s,
                    u"minutes"_s);
    if (seconds < 48 * 3600)
        return unit(QT_TRANSLATE_N_NOOP("RetryPolicy", "%n hour(s)"), seconds / 3600, u"hour"_s, u"hours"_s);
    if (seconds < 730 * 86400)
        return unit(QT_TRANSLATE_N_NOOP("RetryPolicy", "%n day(s)"), seconds / 86400, u"day"_s, u"days"_s);
    return unit(QT_TRANSLATE_N_NOOP("RetryPolicy", "%n year(s)"), seconds / (365 * 86400), u"year"_s,
                u"years"_s);
}
