#include "models/CalendarSpeech.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace CalendarSpeech {

namespace {

QString count(int items)
{
    if (items == 0)
        return u"no items"_s;
    return items == 1 ? u"1 item"_s : u"%1 items"_s.arg(items);
}

// Fixed English names: the rest of the UI is English, and a screen reader should not mix languages.
QString shortDay(QDate day)
{
    return QLocale(QLocale::English).toString(day, u"d MMMM yyyy"_s);
}

} // namespace

QString longDay(QDate day)
{
    return QLocale(QLocale::English).toString(day, u"dddd d MMMM yyyy"_s);
}

QString dayCell(QDate day, int items)
{
    return longDay(day) + u", "_s + count(items);
}

QString window(const CalendarEntry& e)
{
    if (e.isOpenEnded())
        return u"from %1, open-ended"_s.arg(shortDay(e.first));
    return u"%1 to %2"_s.arg(shortDay(e.first), shortDay(e.last));
}

QString entry(const CalendarEntry& e)
{
    const QString name = e.projectName.isEmpty() ? e.projectId : e.projectName;
    const QString what =
        e.kind == CalendarEntry::Kind::RetestWindow ? u"retest round %1"_s.arg(e.round) : u"project dates"_s;
    QString text = u"%1, %2"_s.arg(name, what);
    if (!e.status.isEmpty())
        text += u", "_s + e.status;
    if (e.projectOnHold)
        text += u", on hold"_s;
    return text + u", "_s + window(e);
}

QString projectRow(const QString& projectName, int items)
{
    return projectName + u", "_s + count(items);
}

} // namespace CalendarSpeech
