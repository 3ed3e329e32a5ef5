// The large-tenant figures of issue 10, measured inside a real ForgeDesk window (MainWindow, session,
// client, cache) against a forgedesk-sandbox process; scripts/run-benchmarks.sh runs it beside
// python-requests and curl paging the same sandbox and prints one table (docs/performance.md).
//   bench_scale --url URL [--filter] [--calendar] [--cache] [--reload] [--trace-stalls [--trace-ms N]]
//                                                              (key from FORGEDESK_SANDBOX_KEY)
//   bench_scale --bare                                         a bare Qt window, for reference
// Prints one line "RESULT name=value …"; asserts nothing.
//
// GUI-thread stalls are measured from inside: a 1 ms PreciseTimer heartbeat on the GUI thread records
// the time between its ticks while the list loads; a tick late by N ms means the event loop could not
// run anything for N ms. The figures are the longest gap and the 99th percentile, minus the 1 ms period,
// while the list loads; after_stall_max_ms is the longest in the 1.5 s after it (catalog, first project,
// calendar); --reload then presses F5 and measures the reload the same way.
#include "api/ApiKeyStore.h"
#include "api/SsapiClient.h"
#include "models/MonthLayout.h"
#include "models/ProcessMemory.h"
#include "models/ProfileStore.h"
#include "models/ProjectDraftStore.h"
#include "models/ProjectListCache.h"
#include "ui/main/MainWindow.h"
#include "ui/main/ProjectListView.h"
#include "ui/main/SessionController.h"
#include "ui/retest/RetestCalendarView.h"
#include "ui/retest/RetestMonthGrid.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {

double peakRssMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return -1;
    std::sort(v.begin(), v.end());
    return v.at(std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size()))));
}

// Gaps between the ticks of a 1 ms timer on the GUI thread.
class Heartbeat : public QObject
{
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_gaps.append(std::max(0.0, double(now - m_last) / 1e6 - 1.0));
            m_last = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    // Gaps from here on are counted apart (e.g. after the list is loaded).
    QList<double> takeGaps() { return std::exchange(m_gaps, {}); }
    const QList<double>& gaps() const { return m_gaps; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    QList<double> m_gaps;
};

void typeKey(QWidget* target, Qt::Key key, const QString& text)
{
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QApplication::sendEvent(target, &press);
    QApplication::sendEvent(target, &release);
}

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// --trace-stalls [--trace-ms N]: every event the GUI thread took N ms or longer (default 20) to deliver, to
// stderr (receiver class, object name, event type); the way to find what a long stall was.
class TracingApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool trace = false;
    qint64 traceMs = 20;
    bool notify(QObject* receiver, QEvent* event) override
    {
        if (!trace || m_depth > 0)
            return QApplication::notify(receiver, event);
        ++m_depth;
        QElapsedTimer t;
        t.start();
        const double cpuBefore = threadCpuMs();
        const QEvent::Type type = event->type(); // the event may be gone afterwards
        const char* cls = receiver->metaObject()->className();
        const QString name = receiver->objectName();
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        // CPU time beside wall time: a stall with little CPU was the thread waiting for a core.
        if (const qint64 ms = t.elapsed(); ms >= traceMs)
            std::fprintf(stderr, "STALL %lld ms (%.0f ms CPU): %s \"%s\" event %d\n",
                         static_cast<long long>(ms), threadCpuMs() - cpuBefore, cls, qPrintable(name),
                         int(type));
        return result;
    }

private:
    int m_depth = 0;
};

int bare(int argc, char** argv)
{
    QApplication app(argc, argv);
    QLabel label(u"A bare Qt window"_s);
    label.resize(1280, 800);
    label.show();
    QTimer::singleShot(0, &app, [&app] {
        std::printf("RESULT bare_rss_mb=%.0f\n", peakRssMb());
        app.quit();
    });
    return app.exec();
}

} // namespace

int main(int argc, char** argv)
{
    ProcessMemory::limitArenas(); // as the app does
    const QStringList args = [&] {
        QStringList out;
        for (int i = 1; i < argc; ++i)
            out.append(QString::fromLocal8Bit(argv[i]));
        return out;
    }();
    if (args.contains(u"--bare"_s))
        return bare(argc, argv);
    TracingApplication app(argc, argv);
    app.trace = args.contains(u"--trace-stalls"_s);
    if (const qsizetype at = args.indexOf(u"--trace-ms"_s); at >= 0) {
        bool ok = false;
        const qint64 ms = args.value(at + 1).toLongLong(&ok);
        app.traceMs = ok && ms > 0 ? ms : app.traceMs; // a missing or bad value keeps 20, not "every event"
    }
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"ForgeDeskBench"_s);
    QCoreApplication::setApplicationName(u"bench_scale"_s);
    // Every run starts from the default window (the list's tab in front): the window state a previous
    // run saved, such as the calendar tab left open by --calendar, would change what is measured.
    QSettings().clear();
    const QUrl url(args.value(args.indexOf(u"--url"_s) + 1));
    const QString key = qEnvironmentVariable("FORGEDESK_SANDBOX_KEY");

    QTemporaryDir storage;
    SsapiClient client;
    client.setTimeout(120000);
    ApiKeyStore keys;
    ProjectListCache cache(storage.path() + u"/cache"_s);
    ProfileStore profiles;
    ProjectDraftStore drafts(storage.path() + u"/drafts"_s);
    SessionController session(&client, &keys, &cache);
    MainWindow window(&session, &profiles, &keys, &drafts);
    window.resize(1280, 800);
    window.show();

    QTextStream out(stdout);
    Heartbeat heartbeat;
    QElapsedTimer clock;
    int loads = 0;
    QObject::connect(
        &session, &SessionController::projectsLoaded, &app, [&](const QList<ProjectSummary>& rows) {
            if (loads++ > 0)
                return; // the --reload round reports on its own
            const qint64 listMs = clock.elapsed();
            const QList<double> loading = heartbeat.takeGaps();
            out << "RESULT rows=" << rows.size() << " list_ms=" << listMs
                << u" stall_max_ms=%1 stall_p99_ms=%2"_s.arg(percentile(loading, 1.0), 0, 'f', 1)
                       .arg(percentile(loading, 0.99), 0, 'f', 1);
            if (app.trace) {
                const auto over = [&loading](double ms) {
                    return std::count_if(loading.cbegin(), loading.cend(), [ms](double g) { return g > ms; });
                };
                qInfo("gaps %lld: over 4 ms %lld, over 8 ms %lld, over 12 ms %lld, over 16 ms %lld",
                      qlonglong(loading.size()), qlonglong(over(4)), qlonglong(over(8)), qlonglong(over(12)),
                      qlonglong(over(16)));
            }
            // Let the first project open and the list settle before the interactive figures; the
            // heartbeat goes on: what the GUI thread does right after the load (catalog, calendar
            // index, opening the first project) is reported as the "after" stall.
            QTimer::singleShot(1500, &app, [&] {
                const QList<double> after = heartbeat.takeGaps();
                heartbeat.stop();
                out << u" after_stall_max_ms=%1"_s.arg(percentile(after, 1.0), 0, 'f', 1);
                while (window.calendar()->indexer()->isBuilding())
                    QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
                if (args.contains(u"--filter"_s)) {
                    QLineEdit* filter = window.projectList()->filterEdit();
                    QTableView* table = window.projectList()->tableView();
                    filter->setFocus();
                    QList<double> samples;
                    // Three rounds, each typing (then erasing) the start of another row's name, so a
                    // round never reuses the filter's remembered answers of the one before.
                    for (int round = 0; round < 3; ++round) {
                        const int row = table->model()->rowCount() * (round + 1) / 4;
                        const QString word = table->model()->index(row, 0).data().toString().left(8);
                        for (const QChar c : word) {
                            QElapsedTimer t;
                            t.start();
                            const double cpu = threadCpuMs();
                            typeKey(filter, Qt::Key_A, QString(c)); // the text decides, not the key code
                            table->viewport()->repaint();
                            samples.append(double(t.nsecsElapsed()) / 1e6);
                            if (app.trace)
                                qInfo("filter \"%s\" %.1f ms (GUI thread CPU %.1f ms)",
                                      qPrintable(filter->text()), samples.constLast(), threadCpuMs() - cpu);
                        }
                        for (qsizetype i = 0; i < word.size(); ++i) {
                            QElapsedTimer t;
                            t.start();
                            const double cpu = threadCpuMs();
                            typeKey(filter, Qt::Key_Backspace, {});
                            table->viewport()->repaint();
                            samples.append(double(t.nsecsElapsed()) / 1e6);
                            if (app.trace)
                                qInfo("filter \"%s\" %.1f ms (GUI thread CPU %.1f ms)",
                                      qPrintable(filter->text()), samples.constLast(), threadCpuMs() - cpu);
                        }
                    }
                    out << u" filter_p99_ms=%1 filter_max_ms=%2"_s.arg(percentile(samples, 0.99), 0, 'f', 1)
                               .arg(percentile(samples, 1.0), 0, 'f', 1);
                }
                if (args.contains(u"--calendar"_s)) {
                    // Showing the calendar and its timeline the first time: each a tab switch and a paint.
                    auto timedShow = [&](QTabWidget* tabs, QWidget* page) {
                        QElapsedTimer t;
                        t.start();
                        tabs->setCurrentWidget(page);
                        page->repaint();
                        return double(t.nsecsElapsed()) / 1e6;
                    };
                    auto* calendarTabs = window.calendar()->findChild<QTabWidget*>(u"viewTabs"_s);
                    const double calendarShowMs =
                        timedShow(window.findChild<QTabWidget*>(u"mainTabs"_s), window.calendar());
                    const double timelineShowMs =
                        timedShow(calendarTabs, window.calendar()->findChild<QWidget*>(u"timeline"_s));
                    RetestMonthGrid* grid = window.calendar()->monthGrid();
                    // Paging months with the timeline in view: its rows are rebuilt for each span.
                    QList<double> timelineSteps;
                    for (int m = 1; m <= 3; ++m) {
                        const QDate month = QDate::currentDate().addMonths(m);
                        QElapsedTimer t;
                        t.start();
                        grid->setMonth(month.year(), month.month());
                        calendarTabs->currentWidget()->repaint();
                        timelineSteps.append(double(t.nsecsElapsed()) / 1e6);
                    }
                    calendarTabs->setCurrentWidget(grid);
                    QList<double> samples;
                    QList<double> steps;
                    const QDate today = QDate::currentDate();
                    for (int m = -3; m <= 3; ++m) {
                        const QDate month = today.addMonths(m);
                        QElapsedTimer step; // what a user paging months waits for: the change, then the paint
                        step.start();
                        grid->setMonth(month.year(), month.month());
                        const double changeMs = double(step.nsecsElapsed()) / 1e6;
                        QElapsedTimer t;
                        t.start();
                        const double cpu = threadCpuMs();
                        grid->repaint();
                        samples.append(double(t.nsecsElapsed()) / 1e6);
                        steps.append(changeMs + samples.constLast());
                        if (app.trace) {
                            const double paintCpu = threadCpuMs() - cpu;
                            QElapsedTimer layoutTimer;
                            layoutTimer.start();
                            const MonthLayout layout =
                                MonthLayout::of(window.calendar()->index(), grid->firstVisibleDay(), 3);
                            qInfo("month %d-%02d %.1f ms (GUI thread CPU %.1f ms; the layout alone %.1f ms, "
                                  "%lld bars)",
                                  month.year(), month.month(), samples.constLast(), paintCpu,
                                  double(layoutTimer.nsecsElapsed()) / 1e6, qlonglong(layout.bars().size()));
                        }
                    }
                    out << u" calendar_show_ms=%1 timeline_show_ms=%2 timeline_step_max_ms=%3"_s
                               .arg(calendarShowMs, 0, 'f', 1)
                               .arg(timelineShowMs, 0, 'f', 1)
                               .arg(percentile(timelineSteps, 1.0), 0, 'f', 1);
                    out << u" month_repaint_max_ms=%1 month_step_max_ms=%2 calendar_entries=%3"_s
                               .arg(percentile(samples, 1.0), 0, 'f', 1)
                               .arg(percentile(steps, 1.0), 0, 'f', 1)
                               .arg(window.calendar()->index().entries().size());
                }
                out << u" rss_mb=%1"_s.arg(peakRssMb(), 0, 'f', 0);
                if (args.contains(u"--cache"_s)) {
                    session.waitForCache(); // the list's own write, on the cache thread
                    QElapsedTimer t;
                    t.start();
                    const qsizetype loaded = cache.load(u"bench"_s).size();
                    out << " cache_load_ms=" << t.elapsed() << " cache_rows=" << loaded;
                }
                if (!args.contains(u"--reload"_s)) {
                    out << "\n";
                    out.flush();
                    app.quit();
                    return;
                }
                // F5 over the loaded list: rows replaced in place, then the calendar rebuilt.
                QObject::connect(&session, &SessionController::projectsLoaded, &app, [&] {
                    const qint64 reloadMs = clock.elapsed();
                    QTimer::singleShot(1500, &app, [&, reloadMs] {
                        while (window.calendar()->indexer()->isBuilding())
                            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
                        heartbeat.stop();
                        const QList<double> reload = heartbeat.takeGaps();
                        out << u" reload_ms=%1 reload_stall_max_ms=%2 reload_stall_p99_ms=%3\n"_s
                                   .arg(reloadMs)
                                   .arg(percentile(reload, 1.0), 0, 'f', 1)
                                   .arg(percentile(reload, 0.99), 0, 'f', 1);
                        out.flush();
                        app.quit();
                    });
                });
                clock.start();
                heartbeat.start();
                session.reload();
            });
        });
    QObject::connect(&session, &SessionController::stateChanged, &app,
                     [&](SessionController::State state, const QString& message) {
                         if (state != SessionController::State::Failed)
                             return;
                         out << "RESULT failed=1 error=\"" << message << "\"\n";
                         out.flush();
                         app.exit(1);
                     });
    // Once the empty window is on screen: its first paint is start-up, not loading.
    QTimer::singleShot(500, &app, [&] {
        clock.start();
        heartbeat.start();
        session.connectProfile({u"bench"_s, u"Bench sandbox"_s, url, false}, key);
    });
    return app.exec();
}
