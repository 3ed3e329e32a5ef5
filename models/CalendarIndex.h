#pragma once

#include "models/CalendarEntry.h"

#include <QHash>
#include <QList>

#include <algorithm>
#include <utility>

// The calendar's entries across all loaded projects, filtered, and indexed by month so that painting a
// month or listing one day looks only at the entries that can touch it — thousands of projects stay fast.
// A list that arrives in batches is added incrementally (addProjects): only the new entries are indexed.
class CalendarIndex
{
public:
    struct Filter
    {
        QString groupId; // empty: every group
        bool includeOnHold = true;
        bool showProjectRanges = true;
        bool showRetestWindows = true;
        bool operator==(const Filter&) const = default;
    };

    // What a batch of projects adds: computed by a pure function (on a worker thread, see
    // CalendarIndexer), then appended on the owner's thread without parsing a date.
    // An entry's days as Julian day numbers and its months as keys, in 20 bytes: what painting and
    // counting scan, so a busy six weeks at 100,000 projects reads neither the entries' strings nor
    // their dates' calendar parts.
    struct Span
    {
        qint32 first = 0; // Julian day of CalendarEntry::first
        qint32 last = 0;  // Julian day of displayLast(today)
        qint32 firstMonth = 0;
        qint32 lastMonth = 0;
        bool range = false;      // a project range, not a retest window
        bool openWindow = false; // a retest window whose round is still open
    };

    struct Part
    {
        QList<ProjectSummary> projects;
        QList<CalendarEntry> entries;
        QList<Span> spans; // one per entry
        QHash<QString, QList<std::pair<QDate, QDate>>> holds;
    };
    static Part partFor(const QList<ProjectSummary>& batch, const Filter& filter, QDate today);
    // A whole index for `projects` (what a worker builds after a filter change or a reload).
    static CalendarIndex built(const QList<ProjectSummary>& projects, const Filter& filter, QDate today);

    void setProjects(const QList<ProjectSummary>& projects);
    void setProjects(const QList<Project>& projects);
    void addProjects(const QList<ProjectSummary>& batch);
    // `part` must have been computed with this index's filter and today.
    void addPart(const Part& part);
    // Replaces one project's entries (after a save, a retest request or a live update).
    void updateProject(const ProjectSummary& project);
    void setFilter(const Filter& filter);
    const Filter& filter() const { return m_filter; }
    // Open-ended windows that are still open reach `today`; tests pin it.
    void setToday(QDate today);
    QDate today() const { return m_today; }

    // Every entry passing the filter (what "export the calendar's filter" exports).
    const QList<CalendarEntry>& entries() const { return m_entries; }
    // Per entry, the rank of its project's name (the id when it has none) in the project list's order:
    // the timeline sorts its rows by these integers. Computed on first use after a change, once for
    // every span (not thread-safe on that first use).
    const QList<int>& nameRanks() const;
    // The same in steps that can run on a worker (both pure, over a copy of entries()): the names of
    // each run of entries (a project's), then their ranks; the result is adopted if the index has not
    // changed since (same revision).
    struct NameRuns
    {
        QStringList names;
        QList<qsizetype> starts;
        qsizetype entries = 0;
    };
    static NameRuns nameRunsOf(const QList<CalendarEntry>& entries);
    // Whether `entry` starts another project's run, coming after `previous` (none: the first). A
    // project's entries are adjacent in the index (they are added together) and share its id's data,
    // so most calls end at the pointer comparison.
    static bool startsRun(const CalendarEntry* previous, const CalendarEntry& entry)
    {
        return !previous || (previous->projectId.constData() != entry.projectId.constData() &&
                             previous->projectId != entry.projectId);
    }
    static QList<int> nameRanksOf(const NameRuns& runs);
    bool hasNameRanks() const { return m_nameRanks.size() == m_entries.size(); }
    void adoptNameRanks(QList<int> ranks);
    // Changes with every change of the entries.
    quint64 revision() const { return m_revision; }
    // entries()' days, index for index.
    const QList<Span>& spans() const { return m_spans; }
    // Entries shown on `day`, ranges first, then by project name and round.
    QList<CalendarEntry> entriesOn(QDate day) const;
    // Indices into entries() of those shown on any day of [from, to].
    QList<int> entriesBetween(QDate from, QDate to) const;
    // Calls `visit(index)` once for each of those, in no particular order (a view that orders them
    // its own way saves entriesBetween's sort).
    template <typename Visit> void forEachBetween(QDate from, QDate to, Visit visit) const
    {
        if (!from.isValid() || !to.isValid() || to < from)
            return;
        const auto fromDay = qint32(from.toJulianDay());
        const auto toDay = qint32(to.toJulianDay());
        const int firstKey = monthKey(from);
        const int lastKey = monthKey(to);
        auto visitOverlapping = [&](const QList<int>& ids) {
            for (int i : ids) {
                const Span& span = m_spans.at(i);
                if (span.first <= toDay && span.last >= fromDay)
                    visit(i);
            }
        };
        for (int key = firstKey; key <= lastKey; ++key) {
            const auto bucket = m_byMonth.constFind(key);
            if (bucket == m_byMonth.constEnd())
                continue;
            visitOverlapping(bucket->starting);
            // What a later month continues was met in the first month already.
            if (key == firstKey)
                visitOverlapping(bucket->continuing);
        }
    }
    int projectCount() const { return int(m_projects.size()); }
    // How many retest windows passing the filter are still open (neither completed nor cancelled) on
    // `day`: the month view's density mark and the timeline's load row.
    int openWindowCount(QDate day) const;
    // The same for every day of [from, to], in one pass over their months (a view's whole span).
    QList<int> openWindowCounts(QDate from, QDate to) const;
    // The days a project was on hold (from project_hold_history), for the timeline's shading.
    QList<std::pair<QDate, QDate>> holdPeriods(const QString& projectId) const
    {
        return m_holds.value(projectId);
    }

private:
    void rebuild();
    static void index(const ProjectSummary& project, const Filter& filter, QDate today, Part& into);
    void indexFrom(qsizetype firstEntry);
    static int monthKey(QDate day) { return day.year() * 12 + day.month() - 1; }
    static Span spanOf(const CalendarEntry& entry, QDate today);

    QList<ProjectSummary> m_projects;
    Filter m_filter;
    QDate m_today = QDate::currentDate();
    QList<CalendarEntry> m_entries;
    QList<Span> m_spans;
    // Each month's entries: those starting in it and those continuing from an earlier month, so a span
    // of months reads each entry once, from the bucket of the first month it touches.
    struct MonthBucket
    {
        QList<int> starting;
        QList<int> continuing;
    };
    QHash<int, MonthBucket> m_byMonth;
    QHash<QString, QList<std::pair<QDate, QDate>>> m_holds;
    mutable QList<int> m_nameRanks; // empty while not computed
    quint64 m_revision = 0;
};
