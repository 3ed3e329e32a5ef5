#pragma once

#include "models/CalendarIndex.h"

#include <QObject>
#include <QThreadPool>
#include <QTimer>

// Keeps a CalendarIndex current without indexing on the caller's (GUI) thread: a reload, a filter
// change or a new "today" rebuild the whole index on a worker; each batch of a loading list is turned
// into entries there and only appended here. The worker has one thread, so results come back in the
// order they were asked for; a result asked for before the latest reload or filter change is dropped.
// Small lists (up to synchronousLimit() projects) are indexed at once, so a short list never waits.
class CalendarIndexer : public QObject
{
    Q_OBJECT
public:
    explicit CalendarIndexer(QObject* parent = nullptr);
    ~CalendarIndexer() override;

    // What is shown; its address never changes (views keep a pointer to it).
    const CalendarIndex& index() const { return m_index; }
    // The filter last asked for (the index has it once isBuilding() is false).
    const CalendarIndex::Filter& filter() const { return m_filter; }
    QDate today() const { return m_today; }
    bool isBuilding() const { return m_pending > 0; }
    qsizetype synchronousLimit() const { return m_synchronousLimit; }
    void setSynchronousLimit(qsizetype projects) { m_synchronousLimit = projects; }

    // Every project given so far, in order (the index has them once isBuilding() is false); the
    // calendar view reads its projects here rather than keeping a copy of its own.
    const QList<ProjectSummary>& projects() const { return m_projects; }
    void setProjects(const QList<ProjectSummary>& projects);
    void addProjects(const QList<ProjectSummary>& batch);
    void updateProject(const ProjectSummary& project);
    void setFilter(const CalendarIndex::Filter& filter);
    void setToday(QDate today);

Q_SIGNALS:
    // The index changed: `whole` after a rebuild, false when a batch was appended.
    void indexChanged(bool whole);

private:
    void rebuild();
    // The timeline's name ranks (CalendarIndex::nameRanks), sorted on the worker once the parts of a
    // loading list stop coming, so that showing the timeline does not sort 100,000 names.
    void rankNames();
    bool runsHere() const { return m_pending == 0 && m_projects.size() <= m_synchronousLimit; }
    // Frees `value` on the worker: the last copy of a large index is costly to destroy.
    template <typename T> void releaseOnWorker(T value);

    QThreadPool m_pool;
    CalendarIndex m_index;
    QList<ProjectSummary> m_projects;
    CalendarIndex::Filter m_filter;
    QDate m_today = QDate::currentDate();
    int m_generation = 0;
    int m_pending = 0;
    qsizetype m_synchronousLimit = 1000;
    QTimer m_rankDelay;
};
