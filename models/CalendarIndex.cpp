#include "models/CalendarIndex.h"

#include "models/FoldedNameRanks.h"

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
    m_spans.append(part.spans);
    m_holds.insert(part.holds);
    m_nameRanks.clear();
    ++m_revision;
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
    m_spans = std::move(part.spans);
    m_holds = std::move(part.holds);
    m_byMonth.clear();
    m_nameRanks.clear();
    ++m_revision;
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
        into.spans.append(spanOf(entry, today));
    }
}

CalendarIndex::Span CalendarIndex::spanOf(const CalendarEntry& entry, QDate today)
{
    const QDate last = entry.displayLast(today);
    return {qint32(entry.first.toJulianDay()),
            qint32(last.toJulianDay()),
            monthKey(entry.first),
            monthKey(last),
            entry.kind == CalendarEntry::Kind::ProjectRange,
            entry.kind == CalendarEntry::Kind::RetestWindow && entry.openRound};
}

void CalendarIndex::indexFrom(qsizetype firstEntry)
{
    for (qsizetype i = firstEntry; i < m_spans.size(); ++i) {
        const Span& span = m_spans.at(i);
        m_byMonth[span.firstMonth].starting.append(int(i));
        for (int key = span.firstMonth + 1; key <= span.lastMonth; ++key)
            m_byMonth[key].continuing.append(int(i));
    }
}

QList<int> CalendarIndex::entriesBetween(QDate from, QDate to) const
{
    QList<int> out;
    forEachBetween(from, to, [&out](int i) { out.append(i); });
    std::sort(out.begin(), out.end()); // the buckets' lists are each in index order, but not together
    return out;
}

int CalendarIndex::openWindowCount(QDate day) const
{
    return openWindowCounts(day, day).value(0);
}

QList<int> CalendarIndex::openWindowCounts(QDate from, QDate to) const
{
    if (!from.isValid() || !to.isValid() || to < from)
        return {};
    // A difference array: +1 on the first day a window covers in the span, -1 after its last.
    const auto fromDay = qint32(from.toJulianDay());
    const auto toDay = qint32(to.toJulianDay());
    const int days = toDay - fromDay + 1;
    QList<int> counts(days + 1, 0);
    forEachBetween(from, to, [&](int i) {
        const Span& span = m_spans.at(i);
        if (!span.openWindow)
            return;
        ++counts[std::max(span.first, fromDay) - fromDay];
        --counts[std::min(span.last, toDay) - fromDay + 1];
    });
    for (int d = 1; d < days; ++d)
        counts[d] += counts[d - 1];
    counts.resize(days);
    return counts;
}

QList<CalendarEntry> CalendarIndex::entriesOn(QDate day) const
{
    QList<CalendarEntry> out;
    for (int i : entriesBetween(day, day))
        out.append(m_entries.at(i));
    // By name as the project list sorts it (case-folded): a busy day at 100,000 projects has
    // thousands of entries, and a locale-aware compare per pair is far too slow for that.
    QList<std::pair<QString, int>> keys;
    keys.reserve(out.size());
    for (int i = 0; i < out.size(); ++i)
        keys.append({out.at(i).projectName.toCaseFolded(), i});
    std::stable_sort(keys.begin(), keys.end(), [&out](const auto& x, const auto& y) {
        const CalendarEntry& a = out.at(x.second);
        const CalendarEntry& b = out.at(y.second);
        if (a.kind != b.kind)
            return a.kind == CalendarEntry::Kind::ProjectRange;
        if (const int c = x.first.compare(y.first); c != 0)
            return c < 0;
        return a.round < b.round;
    });
    QList<CalendarEntry> sorted;
    sorted.reserve(out.size());
    for (const auto& key : std::as_const(keys))
        sorted.append(out.at(key.second));
    return sorted;
}

const QList<int>& CalendarIndex::nameRanks() const
{
    if (!hasNameRanks())
        m_nameRanks = nameRanksOf(nameRunsOf(m_entries));
    return m_nameRanks;
}

CalendarIndex::NameRuns CalendarIndex::nameRunsOf(const QList<CalendarEntry>& entries)
{
    NameRuns runs; // one name per run of a project's entries
    runs.entries = entries.size();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const CalendarEntry& e = entries.at(i);
        if (startsRun(i > 0 ? &entries.at(i - 1) : nullptr, e)) {
            runs.names.append(e.projectLabel());
            runs.starts.append(i);
        }
    }
    return runs;
}

QList<int> CalendarIndex::nameRanksOf(const NameRuns& runs)
{
    const QList<int> ranks = FoldedNameRanks::of(runs.names);
    QList<int> perEntry(runs.entries);
    for (qsizetype run = 0; run < runs.starts.size(); ++run) {
        const qsizetype end = run + 1 < runs.starts.size() ? runs.starts.at(run + 1) : runs.entries;
        std::fill(perEntry.begin() + runs.starts.at(run), perEntry.begin() + end, ranks.at(run));
    }
    return perEntry;
}

void CalendarIndex::adoptNameRanks(QList<int> ranks)
{
    if (ranks.size() == m_entries.size())
        m_nameRanks = std::move(ranks);
}
