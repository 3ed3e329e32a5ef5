#include "models/CalendarIndex.h"

#include <algorithm>

void CalendarIndex::setProjects(const QList<ProjectSummary>& projects)
{
    m_projects = projects;
    rebuild();
}

void CalendarIndex::setProjects(const QList<Project>& projects)
{
    QList<ProjectSummary> summaries;
    summaries.reserve(projects.size());
    for (const Project& p : projects)
        summaries.append(ProjectSummary::fromProject(p));
    setProjects(summaries);
}

CalendarIndex::Part CalendarIndex::partFor(const QList<ProjectSummary>& batch, const Filter& filter,
                                           QDate today)
{
    Part part;
    part.projects = batch;
    for (const ProjectSummary& project : batch)
        index(project, filter, today, part);
    return part;
}

CalendarIndex CalendarIndex::built(const QList<ProjectSummary>& projects, const Filter& filter, QDate today)
{
    CalendarIndex out;
    out.m_filter = filter;
    out.m_today = today;
    out.setProjects(projects);
    return out;
}

void CalendarIndex::addProjects(const QList<ProjectSummary>& batch)
{
    addPart(partFor(batch, m_filter, m_today));
}

void CalendarIndex::addPart(const Part& part)
{
    const qsizetype firstEntry = m_entries.size();
    m_projects.append(part.projects);
    m_entries.append(part.entries);
    m_holds.insert(part.holds);
    indexFrom(firstEntry);
}

void CalendarIndex::updateProject(const ProjectSummary& project)
{
    const auto it = std::find_if(m_projects.begin(), m_projects.end(),
                                 [&project](const ProjectSummary& p) { return p.id == project.id; });
    if (it == m_projects.end()) {
        addProjects({project});
        return;
    }
    *it = project;
    rebuild();
}

void CalendarIndex::setFilter(const Filter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    rebuild();
}

void CalendarIndex::setToday(QDate today)
{
    m_today = today;
    rebuild();
}

void CalendarIndex::rebuild()
{
    Part part;
    for (const ProjectSummary& project : std::as_const(m_projects))
        index(project, m_filter, m_today, part);
    m_entries = std::move(part.entries);
    m_holds = std::move(part.holds);
    m_byMonth.clear();
    indexFrom(0);
}

void CalendarIndex::index(const ProjectSummary& project, const Filter& filter, QDate today, Part& into)
{
    if (!project.holdHistory.isEmpty())
        into.holds.insert(project.id, HoldEvent::periods(project.holdHistory, today));
    if (!filter.includeOnHold && project.onHold)
        return;
    if (!filter.groupId.isEmpty() && !project.groupIds.contains(filter.groupId))
        return;
    for (const CalendarEntry& entry : CalendarEntry::fromProject(project)) {
        if (entry.kind == CalendarEntry::Kind::ProjectRange && !filter.showProjectRanges)
            continue;
        if (entry.kind == CalendarEntry::Kind::RetestWindow && !filter.showRetestWindows)
            continue;
        into.entries.append(entry);
    }
}

void CalendarIndex::indexFrom(qsizetype firstEntry)
{
    for (qsizetype i = firstEntry; i < m_entries.size(); ++i) {
        const CalendarEntry& entry = m_entries.at(i);
        const int lastKey = monthKey(entry.displayLast(m_today));
        for (int key = monthKey(entry.first); key <= lastKey; ++key)
            m_byMonth[key].append(int(i));
    }
}

QList<int> CalendarIndex::entriesBetween(QDate from, QDate to) const
{
    QList<int> out;
    if (!from.isValid() || !to.isValid() || to < from)
        return out;
    const int lastKey = monthKey(to);
    for (int key = monthKey(from); key <= lastKey; ++key) {
        for (int i : m_byMonth.value(key)) {
            const CalendarEntry& entry = m_entries.at(i);
            if (entry.first <= to && entry.displayLast(m_today) >= from)
                out.append(i);
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

int CalendarIndex::openWindowCount(QDate day) const
{
    int count = 0;
    // Straight from the month's bucket (each entry is there once): painted per visible day.
    const auto bucket = m_byMonth.constFind(monthKey(day));
    if (bucket == m_byMonth.constEnd())
        return 0;
    for (int i : *bucket) {
        const CalendarEntry& e = m_entries.at(i);
        if (e.kind != CalendarEntry::Kind::RetestWindow || !e.coversDay(day, m_today))
            continue;
        RetestRound round;
        round.status = e.status;
        count += round.isOpen();
    }
    return count;
}

QList<CalendarEntry> CalendarIndex::entriesOn(QDate day) const
{
    QList<CalendarEntry> out;
    for (int i : entriesBetween(day, day))
        out.append(m_entries.at(i));
    std::stable_sort(out.begin(), out.end(), [](const CalendarEntry& a, const CalendarEntry& b) {
        if (a.kind != b.kind)
            return a.kind == CalendarEntry::Kind::ProjectRange;
        if (a.projectName != b.projectName)
            return a.projectName.localeAwareCompare(b.projectName) < 0;
        return a.round < b.round;
    });
    return out;
}
