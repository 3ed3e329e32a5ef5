#pragma once

// The date suites run once per zone (forgedesk_add_test(... ZONES ...) in tests/CMakeLists.txt sets TZ).
// Expected values are written literally per zone; for dates relative to today, `startOfDay`/`endOfDay`
// compute them from the zone named in TZ with Qt's time-zone database, not with the product's IsoDate.
#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QTimeZone>
#include <QtGlobal>

namespace TestZones {

// The zone this run was registered for ("UTC" when TZ is unset or empty).
inline QByteArray current()
{
    const QByteArray tz = qgetenv("TZ");
    return tz.isEmpty() ? QByteArrayLiteral("UTC") : tz;
}

// True when the process really runs in the registered zone, so a zoned run cannot silently be a UTC run.
inline bool processRunsInRegisteredZone()
{
    const QByteArray zone = current();
    if (zone == "UTC")
        return QTimeZone::systemTimeZone().offsetFromUtc(QDateTime::currentDateTimeUtc()) == 0;
    return QTimeZone::systemTimeZoneId() == zone;
}

// Picks the literal written for this run's zone; empty when the zone has none.
inline QString literal(const QMap<QByteArray, QString>& perZone)
{
    return perZone.value(current());
}

inline QString utcText(const QDateTime& instant)
{
    return instant.toUTC().toString(QStringView(u"yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

inline QDateTime localMidnight(QDate day)
{
    return QDateTime(day, QTime(0, 0), QTimeZone(current()));
}

inline QString startOfDay(QDate day)
{
    return utcText(localMidnight(day));
}

inline QString endOfDay(QDate day)
{
    return utcText(localMidnight(day.addDays(1)).addMSecs(-1));
}

} // namespace TestZones
