#include "models/IsoDate.h"

#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace IsoDate {

bool isStrictUtc(const QString& text)
{
    static const QRegularExpression pattern(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$"_s);
    if (!pattern.match(text).hasMatch())
        return false;
    return QDateTime::fromString(text, Qt::ISODateWithMs).isValid();
}

QDateTime parse(const QString& text)
{
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODate);
    return parsed;
}

QString format(const QDateTime& instant)
{
    if (!instant.isValid())
        return {};
    return instant.toUTC().toString(Qt::ISODateWithMs);
}

QString startOfLocalDay(QDate day)
{
    return format(day.startOfDay(QTimeZone::systemTimeZone()));
}

QString endOfLocalDay(QDate day)
{
    return format(day.endOfDay(QTimeZone::systemTimeZone()));
}

QDate localDay(const QString& text)
{
    const QDateTime parsed = parse(text);
    return parsed.isValid() ? parsed.toLocalTime().date() : QDate();
}

QString displayDate(const QString& text)
{
    if (text.isEmpty())
        return u"—"_s;
    const QDate day = localDay(text);
    return day.isValid() ? day.toString(Qt::ISODate) : text;
}

} // namespace IsoDate
