#include "models/IcsExporter.h"

#include <QCoreApplication>
#include <libical/ical.h>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

icaltimetype dateValue(QDate day)
{
    icaltimetype t = icaltime_null_date();
    t.year = day.year();
    t.month = day.month();
    t.day = day.day();
    t.is_date = 1;
    return t;
}

icaltimetype utcValue(const QDateTime& instant)
{
    return icaltime_from_timet_with_zone(static_cast<time_t>(instant.toSecsSinceEpoch()), 0,
                                         icaltimezone_get_utc_timezone());
}

QString summaryOf(const CalendarEntry& entry)
{
    QString summary = entry.kind == CalendarEntry::Kind::RetestWindow
                          ? QCoreApplication::translate("IcsExporter", "Retest round %1: %2")
                                .arg(entry.round)
                                .arg(entry.projectName)
                          : QCoreApplication::translate("IcsExporter", "Project: %1").arg(entry.projectName);
    if (!entry.status.isEmpty())
        summary += u" [%1]"_s.arg(entry.status);
    if (entry.isOpenEnded())
        summary += QCoreApplication::translate("IcsExporter", " (open-ended)");
    return summary;
}

QString descriptionOf(const CalendarEntry& entry)
{
    QStringList lines;
    if (!entry.projectCode.isEmpty())
        lines << QCoreApplication::translate("IcsExporter", "Project code: %1").arg(entry.projectCode);
    lines << QCoreApplication::translate("IcsExporter", "Project id: %1").arg(entry.projectId);
    if (entry.kind == CalendarEntry::Kind::RetestWindow)
        lines << QCoreApplication::translate("IcsExporter", "Vulnerabilities in scope: %1")
                     .arg(entry.vulnerabilityCount);
    if (entry.isOpenEnded())
        lines << (entry.kind == CalendarEntry::Kind::RetestWindow
                      ? QCoreApplication::translate(
                            "IcsExporter",
                            "Open-ended: the retest window has no end date; shown on its start day only.")
                      : QCoreApplication::translate(
                            "IcsExporter",
                            "Open-ended: the project has no end date; shown on its start day only."));
    return lines.join(u'\n');
}

icalcomponent* eventOf(const CalendarEntry& entry, const icaltimetype& stamp)
{
    icalcomponent* event = icalcomponent_new_vevent();
    icalcomponent_add_property(event, icalproperty_new_uid(entry.uid().toUtf8().constData()));
    icalcomponent_add_property(event, icalproperty_new_dtstamp(stamp));
    icalcomponent_add_property(event, icalproperty_new_dtstart(dateValue(entry.first)));
    const QDate last = entry.isOpenEnded() ? entry.first : entry.last;
    icalcomponent_add_property(event, icalproperty_new_dtend(dateValue(last.addDays(1))));
    icalcomponent_add_property(event, icalproperty_new_summary(summaryOf(entry).toUtf8().constData()));
    icalcomponent_add_property(event,
                               icalproperty_new_description(descriptionOf(entry).toUtf8().constData()));
    icalcomponent_add_property(event, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
    if (entry.isOpenEnded()) {
        icalproperty* openEnded = icalproperty_new_x("TRUE");
        icalproperty_set_x_name(openEnded, IcsExporter::OpenEndedProperty);
        icalcomponent_add_property(event, openEnded);
    }
    return event;
}

} // namespace

namespace IcsExporter {

QByteArray exportEntries(const QList<CalendarEntry>& entries, const QDateTime& stamp)
{
    icalcomponent* calendar = icalcomponent_new_vcalendar();
    icalcomponent_add_property(calendar, icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar, icalproperty_new_prodid("-//ForgeDesk//Retest calendar//EN"));
    icalcomponent_add_property(calendar, icalproperty_new_calscale("GREGORIAN"));
    const icaltimetype stampValue = utcValue(stamp);
    for (const CalendarEntry& entry : entries) {
        if (entry.first.isValid())
            icalcomponent_add_component(calendar, eventOf(entry, stampValue));
    }
    char* text = icalcomponent_as_ical_string_r(calendar);
    QByteArray out(text);
    std::free(text);
    icalcomponent_free(calendar);
    return out;
}

QByteArray exportProject(const Project& project, const QDateTime& stamp)
{
    return exportEntries(CalendarEntry::fromProject(project), stamp);
}

} // namespace IcsExporter
