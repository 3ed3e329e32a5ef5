#include "models/CalendarEntry.h"

#include "models/IsoDate.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QDate CalendarEntry::displayLast(QDate today) const
{
    if (last.isValid())
        return last;
    return openRound && today > first ? today : first;
}

bool CalendarEntry::coversDay(QDate day, QDate today) const
{
    return day >= first && day <= displayLast(today);
}

QString CalendarEntry::uid() const
{
    if (kind == Kind::RetestWindow)
        return u"%1-retest-%2@forgedesk"_s.arg(projectId).arg(round);
    return u"%1-project@forgedesk"_s.arg(projectId);
}

QString CalendarEntry::title() const
{
    QString name = projectName.isEmpty() ? projectId : projectName;
    if (kind == Kind::RetestWindow)
        return QCoreApplication::translate("CalendarEntry", "%1 — retest round %2").arg(name).arg(round);
    return name;
}

QList<CalendarEntry> CalendarEntry::fromProject(const ProjectSummary& project)
{
    QList<CalendarEntry> out;
    CalendarEntry base;
    base.projectId = project.id;
    base.projectName = project.name;
    base.projectCode = project.code;
    base.groupIds = project.groupIds;
    base.projectOnHold = project.onHold;

    const QDate start = IsoDate::localDay(project.startDate);
    if (start.isValid()) {
        CalendarEntry range = base;
        range.kind = Kind::ProjectRange;
        range.status = project.status;
        range.first = start;
        const QDate end = IsoDate::localDay(project.endDate);
        range.last = end.isValid() && end >= start ? end : QDate();
        range.vulnerabilityCount = project.totalVulnerabilities;
        out.append(range);
    }
    for (const SummaryRound& round : project.rounds) {
        const QDate first = IsoDate::localDay(round.windowStart);
        if (!first.isValid())
            continue;
        CalendarEntry window = base;
        window.kind = Kind::RetestWindow;
        window.round = round.number;
        window.status = round.status;
        window.openRound = RetestRound::isOpenStatus(round.status);
        window.first = first;
        const QDate end = IsoDate::localDay(round.windowEnd);
        window.last = end.isValid() && end >= first ? end : QDate();
        window.vulnerabilityCount = round.vulnerabilityCount;
        out.append(window);
    }
    return out;
}

QList<CalendarEntry> CalendarEntry::fromProject(const Project& project)
{
    return fromProject(ProjectSummary::fromProject(project));
}
