#include "models/CalendarSpeech.h"

#include "api/Numerus.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace CalendarSpeech {

namespace {

QString count(int items)
{
    if (items == 0)
        return QCoreApplication::translate("CalendarSpeech", "no items");
    return Numerus::text("CalendarSpeech", QT_TRANSLATE_N_NOOP("CalendarSpeech", "%n item(s)"), items,
                         u"1 item"_s, u"%1 items"_s.arg(items));
}

// Day and month names in the UI's language, not the system's: a screen reader should not mix languages.
// The translation names the locale ("de" in German); without one the names stay English.
QLocale speechLocale()
{
    return QLocale(
        QCoreApplication::translate("CalendarSpeech", "en", "locale of the spoken day and month names"));
}

QString shortDay(QDate day)
{
    return speechLocale().toString(
        day, QCoreApplication::translate("CalendarSpeech", "d MMMM yyyy", "date format, e.g. 1 March 2030"));
}

} // namespace

QString longDay(QDate day)
{
    return speechLocale().toString(day,
                                   QCoreApplication::translate("CalendarSpeech", "dddd d MMMM yyyy",
                                                               "date format, e.g. Monday 14 December 2026"));
}

QString dayCell(QDate day, int items)
{
    return longDay(day) + u", "_s + count(items);
}

QString window(const CalendarEntry& e)
{
    if (e.isOpenEnded())
        return QCoreApplication::translate("CalendarSpeech", "from %1, open-ended").arg(shortDay(e.first));
    return QCoreApplication::translate("CalendarSpeech", "%1 to %2").arg(shortDay(e.first), shortDay(e.last));
}

QString entry(const CalendarEntry& e)
{
    const QString& name = e.projectLabel();
    const QString what = e.kind == CalendarEntry::Kind::RetestWindow
                             ? QCoreApplication::translate("CalendarSpeech", "retest round %1").arg(e.round)
                             : QCoreApplication::translate("CalendarSpeech", "project dates");
    QString text = u"%1, %2"_s.arg(name, what);
    if (!e.status.isEmpty())
        text += u", "_s + e.status;
    if (e.projectOnHold)
        text += QCoreApplication::translate("CalendarSpeech", ", on hold");
    return text + u", "_s + window(e);
}

QString projectRow(const QString& projectName, int items)
{
    return projectName + u", "_s + count(items);
}

} // namespace CalendarSpeech
