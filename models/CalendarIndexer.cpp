#include "models/CalendarIndexer.h"

#include "models/BackgroundPool.h"
#include "models/ThreadPriority.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

CalendarIndexer::CalendarIndexer(QObject* parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1); // in order: a batch's entries land after the rebuild before it
    m_pool.setObjectName(QStringLiteral("calendar-index"));
    m_rankDelay.setSingleShot(true);
    m_rankDelay.setInterval(300); // parts of a loading list come every few milliseconds
    connect(&m_rankDelay, &QTimer::timeout, this, &CalendarIndexer::rankNames);
}

CalendarIndexer::~CalendarIndexer()
{
    m_pool.clear();
    m_pool.waitForDone(); // the tasks own copies of what they read; only the pool must outlive them
}

template <typename T> void CalendarIndexer::releaseOnWorker(T value)
{
    BackgroundPool::release(std::move(value), &m_pool);
}

void CalendarIndexer::rankNames()
{
    if (m_pending > 0 || m_index.hasNameRanks())
        return; // a rebuild under way ranks its own index
    const quint64 revision = m_index.revision();
    auto* watcher = new QFutureWatcher<QList<int>>(this);
    watcher->setObjectName(QStringLiteral("calendarNameRanks")); // names it in stall traces
    const int generation = m_generation;
    connect(watcher, &QFutureWatcher<QList<int>>::finished, this, [this, watcher, revision, generation] {
        watcher->deleteLater();
        // Else the index changed meanwhile (a part, or a whole new index): ranked again later.
        if (generation == m_generation && m_index.revision() == revision)
            m_index.adoptNameRanks(watcher->future().takeResult());
    });
    // The entries are shared with the worker, not copied; a part landing meanwhile copies them once.
    watcher->setFuture(QtConcurrent::run(&m_pool, [entries = m_index.entries()] {
        ThreadPriority::yieldToInteractive();
        return CalendarIndex::nameRanksOf(CalendarIndex::nameRunsOf(entries));
    }));
}

void CalendarIndexer::setProjects(const QList<ProjectSummary>& projects)
{
    releaseOnWorker(std::exchange(m_projects, projects));
    rebuild();
}

void CalendarIndexer::addProjects(const QList<ProjectSummary>& batch)
{
    m_projects.append(batch);
    if (runsHere()) {
        m_index.addProjects(batch);
        Q_EMIT indexChanged(false);
        return;
    }
    const int generation = m_generation;
    auto* watcher = new QFutureWatcher<CalendarIndex::Part>(this);
    watcher->setObjectName(QStringLiteral("calendarPart")); // names it in stall traces
    connect(watcher, &QFutureWatcher<CalendarIndex::Part>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        --m_pending;
        CalendarIndex::Part part = watcher->future().takeResult();
        if (generation != m_generation)
            return; // the rebuild asked for since then has these projects already
        m_index.addPart(part);
        m_rankDelay.start();
        Q_EMIT indexChanged(false);
    });
    ++m_pending;
    watcher->setFuture(QtConcurrent::run(&m_pool, [batch, filter = m_filter, today = m_today] {
        ThreadPriority::yieldToInteractive();
        return CalendarIndex::partFor(batch, filter, today);
    }));
}

void CalendarIndexer::updateProject(const ProjectSummary& project)
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

void CalendarIndexer::setFilter(const CalendarIndex::Filter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    rebuild();
}

void CalendarIndexer::setToday(QDate today)
{
    m_today = today;
    rebuild();
}

void CalendarIndexer::rebuild()
{
    ++m_generation; // whatever is still on the worker describes an older list or filter
    if (runsHere()) {
        releaseOnWorker(std::exchange(m_index, CalendarIndex::built(m_projects, m_filter, m_today)));
        Q_EMIT indexChanged(true);
        return;
    }
    const int generation = m_generation;
    auto* watcher = new QFutureWatcher<CalendarIndex>(this);
    watcher->setObjectName(QStringLiteral("calendarRebuild")); // names it in stall traces
    connect(watcher, &QFutureWatcher<CalendarIndex>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        --m_pending;
        CalendarIndex built = watcher->future().takeResult();
        if (generation != m_generation) {
            releaseOnWorker(std::move(built));
            return;
        }
        releaseOnWorker(std::exchange(m_index, std::move(built)));
        Q_EMIT indexChanged(true);
    });
    ++m_pending;
    watcher->setFuture(
        QtConcurrent::run(&m_pool, [projects = m_projects, filter = m_filter, today = m_today] {
            ThreadPriority::yieldToInteractive();
            CalendarIndex built = CalendarIndex::built(projects, filter, today);
            (void)built.nameRanks(); // sorted here, not when the timeline is first shown
            return built;
        }));
}
