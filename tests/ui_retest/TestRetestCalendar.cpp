// The calendar view: what a click on a day lists, filters, activation, .ics of the filter, and that
// painting thousands of projects stays quick.
#include "Screenshots.h"
#include "tests/support/RetestFixtures.h"

#include "models/CalendarIndex.h"
#include "ui/retest/IcsFileSaver.h"
#include "ui/retest/RetestCalendarView.h"
#include "ui/retest/RetestMonthGrid.h"
#include "ui/retest/RetestTimeline.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QListView>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ForgeDeskTest::RetestFixtures;

class TestRetestCalendar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void clickDayListsEntries();
    void filtersAndActivation();
    void exportsCurrentFilter();
    void timelineRowsAndActivation();
    void timelinePaintsHoldShadingAndLoad();
    void paintsThousandsQuickly();

private:
    static QList<Project> sample();
    static Catalog catalog();
};

QList<Project> TestRetestCalendar::sample()
{
    Project a = project(u"a"_s, u"Payments API"_s, {2026, 3, 2}, {2026, 3, 27}, {u"g1"_s});
    a.facts().retestRounds = {round(1, u"Completed"_s, {2026, 3, 9}, {2026, 3, 11}),
                              round(2, u"Requested"_s, {2026, 3, 23}, {})};
    Project b = project(u"b"_s, u"Mobile banking app"_s, {2026, 3, 11}, {2026, 4, 10}, {u"g2"_s}, true);
    b.facts().retestRounds = {round(1, u"Cancelled"_s, {2026, 3, 16}, {2026, 3, 18})};
    Project c = project(u"c"_s, u"Internal HR portal"_s, {2026, 2, 20}, {2026, 3, 13}, {u"g1"_s});
    c.facts().retestRounds = {round(1, u"Requested"_s, {2026, 3, 10}, {2026, 3, 19}),
                              round(2, u"Requested"_s, {2026, 3, 30}, {2026, 4, 2})};
    QList<Project> out{a, b, c};
    for (int i = 0; i < 8; ++i) {
        Project p = project(u"x%1"_s.arg(i), u"Cloud review %1"_s.arg(i + 1), QDate(2026, 3, 3 + i * 2),
                            QDate(2026, 3, 8 + i * 2), {u"g2"_s});
        out.append(p);
    }
    return out;
}

Catalog TestRetestCalendar::catalog()
{
    Catalog c;
    c.groups = {{u"g1"_s, u"Red team"_s}, {u"g2"_s, u"AppSec"_s}};
    c.groupsKnown = true;
    return c;
}

void TestRetestCalendar::clickDayListsEntries()
{
    RetestCalendarView view;
    view.resize(1280, 800);
    view.setProjects(sample(), catalog());
    view.setToday({2026, 3, 25});
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    RetestMonthGrid* grid = view.monthGrid();
    QCOMPARE(grid->month(), 3);

    const QRect cell = grid->dayRect({2026, 3, 11});
    QVERIFY(cell.isValid());
    QTest::mouseClick(grid, Qt::LeftButton, {}, cell.center());
    QCOMPARE(grid->selectedDay(), QDate(2026, 3, 11));
    // Ranges: Cloud review 3, 4, 5, HR portal, Mobile banking (on hold), Payments; windows: HR 1, Payments 1.
    QCOMPARE(view.dayList()->model()->rowCount(), 8);
    QVERIFY(view.dayList()->model()->index(0, 0).data().toString().startsWith(u"Cloud review 3"_s));
    const QModelIndex payments = view.dayList()->model()->index(7, 0);
    QCOMPARE(payments.data().toString(),
             u"Payments API — retest round 1\nCompleted · 2026-03-09 → 2026-03-11"_s);
    // Two lines each, never wrapped (items share one height); the tooltip has the whole title.
    QVERIFY(!view.dayList()->wordWrap());
    QCOMPARE(payments.data(Qt::ToolTipRole).toString(),
             u"Payments API — retest round 1\nCompleted · 2026-03-09 → 2026-03-11\n"
             u"Activate (double-click or Enter) to open the project"_s);

    // Keyboard: Right moves to the next day. The open-ended round 2 of Payments runs until "today".
    grid->setFocus();
    grid->setSelectedDay({2026, 3, 24});
    QTest::keyClick(grid, Qt::Key_Right);
    QCOMPARE(grid->selectedDay(), QDate(2026, 3, 25));
    bool openEnded = false;
    for (int i = 0; i < view.dayList()->model()->rowCount(); ++i)
        openEnded =
            openEnded || view.dayList()->model()->index(i, 0).data().toString().contains(u"open-ended"_s);
    QVERIFY(openEnded);
    Screenshots::shoot(&view, u"retest-calendar"_s, {1280, 800});
    Screenshots::shoot(&view, u"retest-calendar"_s, {1024, 700});
}

void TestRetestCalendar::filtersAndActivation()
{
    RetestCalendarView view;
    view.setProjects(sample(), catalog());
    view.setToday({2026, 3, 25});
    view.monthGrid()->setSelectedDay({2026, 3, 17});
    const int all = view.dayList()->model()->rowCount();
    // Ranges: Cloud review 6, 7, 8, Mobile banking, Payments; windows: HR 1, Mobile 1 (cancelled).
    QCOMPARE(all, 7);

    auto* onHold = view.findChild<QCheckBox*>(u"onHoldCheck"_s);
    QVERIFY(onHold);
    QCOMPARE(onHold->accessibleName(), onHold->text());
    onHold->click();
    QCOMPARE(view.dayList()->model()->rowCount(), all - 2);
    onHold->click();

    auto* group = view.findChild<QComboBox*>(u"groupCombo"_s);
    QCOMPARE(group->count(), 3);
    QCOMPARE(group->itemText(1), u"AppSec"_s);
    group->setCurrentIndex(group->findData(u"g1"_s));
    QCOMPARE(view.dayList()->model()->rowCount(), 2);

    QSignalSpy activated(&view, &RetestCalendarView::projectActivated);
    view.dayList()->setFocus();
    view.dayList()->setCurrentIndex(view.dayList()->model()->index(1, 0));
    QTest::keyClick(view.dayList(), Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toString(),
             view.dayList()->model()->index(1, 0).data(Qt::UserRole + 1).toString());
}

void TestRetestCalendar::exportsCurrentFilter()
{
    QTemporaryDir dir;
    RetestCalendarView view;
    view.setProjects(sample(), catalog());
    auto* ranges = view.findChild<QCheckBox*>(u"rangesCheck"_s);
    ranges->click(); // retest windows only
    const QString file = dir.filePath(u"out.ics"_s);
    IcsFileSaver::setNextFileName(file);
    QSignalSpy status(&view, &RetestCalendarView::statusMessagePosted);
    view.exportIcsAction()->trigger();
    QCOMPARE(status.size(), 1);
    QVERIFY(status.at(0).at(0).toString().startsWith(u"Saved"_s));
    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray ics = saved.readAll();
    QCOMPARE(ics.count("BEGIN:VEVENT"), 5);
    QVERIFY(ics.contains("UID:a-retest-2@forgedesk"));
    QVERIFY(!ics.contains("-project@forgedesk"));
}

void TestRetestCalendar::paintsThousandsQuickly()
{
    QList<Project> projects;
    const QDate base(2026, 1, 1);
    for (int i = 0; i < 3000; ++i) {
        Project p = project(u"p%1"_s.arg(i), u"Project %1"_s.arg(i), base.addDays(i % 120),
                            base.addDays(i % 120 + 30), {i % 2 ? u"g1"_s : u"g2"_s}, i % 17 == 0);
        p.facts().retestRounds = {round(1, i % 3 ? u"Requested"_s : u"Completed"_s,
                                        base.addDays(i % 120 + 35),
                                        i % 5 ? base.addDays(i % 120 + 40) : QDate())};
        projects.append(p);
    }
    RetestCalendarView view;
    view.resize(1280, 800);
    QElapsedTimer timer;
    timer.start();
    view.setProjects(projects, catalog());
    view.setToday({2026, 3, 1});
    const qint64 loadMs = timer.restart();
    for (int i = 0; i < 5; ++i)
        (void)view.monthGrid()->grab();
    qInfo("3000 projects: load %lld ms, 5 month paints %lld ms", loadMs, timer.elapsed());
    QTRY_VERIFY(view.dayList()->model()->rowCount() > 0); // 3,000 projects are indexed on a worker
    Screenshots::shoot(&view, u"retest-calendar-busy"_s, {1280, 800});
}

void TestRetestCalendar::timelineRowsAndActivation()
{
    RetestCalendarView view;
    view.resize(1280, 800);
    view.setProjects(sample(), catalog());
    view.setToday({2026, 3, 25});
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto* tabs = view.findChild<QTabWidget*>(u"viewTabs"_s);
    tabs->setCurrentWidget(view.timeline());
    RetestTimeline* timeline = view.timeline();
    QCOMPARE(timeline->spanStart(), QDate(2026, 2, 1));
    QCOMPARE(timeline->spanEnd(), QDate(2026, 5, 31));
    QCOMPARE(timeline->projectRowCount(), 11);    // every sample project touches Feb–May
    QCOMPARE(timeline->projectAtRow(0), u"x0"_s); // "Cloud review 1" sorts first

    auto* onHold = view.findChild<QCheckBox*>(u"onHoldCheck"_s);
    onHold->click();
    QCOMPARE(timeline->projectRowCount(), 10);

    QSignalSpy activated(&view, &RetestCalendarView::projectActivated);
    timeline->setFocus();
    timeline->setCurrentRow(0);
    QTest::keyClick(timeline, Qt::Key_Down);
    QTest::keyClick(timeline, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), timeline->projectAtRow(1));
    onHold->click();
    Screenshots::shoot(&view, u"retest-timeline"_s, {1280, 800});
    Screenshots::shoot(&view, u"retest-timeline"_s, {1024, 700});
}

namespace {

// `over` with `color` (its alpha) blended on top, as the raster engine paints it (within rounding).
bool looksLike(QColor pixel, const QColor& color, const QColor& over)
{
    const double a = color.alphaF();
    auto near = [a](int got, int top, int below) {
        return std::abs(got - (top * a + below * (1 - a))) <= 2.0;
    };
    return near(pixel.red(), color.red(), over.red()) && near(pixel.green(), color.green(), over.green()) &&
           near(pixel.blue(), color.blue(), over.blue());
}

} // namespace

void TestRetestCalendar::timelinePaintsHoldShadingAndLoad()
{
    // Alpha: on hold 10–15 March, no window. Beta: a window 18–22 March; Gamma: 20–24 March.
    Project alpha = project(u"h1"_s, u"Alpha on hold"_s, {2026, 2, 1}, {2026, 5, 31});
    alpha.facts().holdHistory = {
        {HoldEvent::kOnHold, u"Waiting for the client"_s, IsoDate::startOfLocalDay({2026, 3, 10})},
        {HoldEvent::kOffHold, QString(), IsoDate::startOfLocalDay({2026, 3, 15})}};
    Project beta = project(u"w1"_s, u"Beta"_s, {}, {});
    beta.facts().retestRounds = {round(1, u"Requested"_s, {2026, 3, 18}, {2026, 3, 22}, 1)};
    Project gamma = project(u"w2"_s, u"Gamma"_s, {}, {});
    gamma.facts().retestRounds = {round(1, u"Requested"_s, {2026, 3, 20}, {2026, 3, 24}, 1)};
    CalendarIndex index;
    index.setToday({2026, 6, 15}); // outside the span: no today line over the samples
    index.setProjects({alpha, beta, gamma});
    RetestTimeline timeline(&index);
    timeline.resize(1240, 300);
    timeline.setSpan({2026, 3, 1}, 1);
    timeline.show();
    QVERIFY(QTest::qWaitForWindowExposed(&timeline));
    QCOMPARE(timeline.projectAtRow(0), u"h1"_s);
    QCOMPARE(timeline.currentRow(), -1); // no highlighted row
    const QImage image = timeline.viewport()->grab().toImage();
    const QPalette pal = timeline.palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor window = pal.color(QPalette::Window);

    // The pixels of a day's column inside `rows` (its inner part, clear of gridlines and labels).
    auto dayPixels = [&](QDate day, int top, int bottom) {
        QList<QColor> out;
        const int x0 = timeline.xOfDay(day) + 2;
        const int x1 = timeline.xOfDay(day.addDays(1)) - 2;
        for (int x = x0; x < x1; ++x) {
            for (int y = top; y < bottom; ++y)
                out.append(image.pixelColor(x, y));
        }
        return out;
    };
    // The top part of Alpha's row, above its project-range bar.
    const QRect row = timeline.rowRect(0);
    auto holdCount = [&](QDate day) {
        int hatched = 0;
        for (const QColor& c : dayPixels(day, row.top() + 1, row.center().y() - 3)) {
            if (c == base)
                continue;
            if (!looksLike(c, timeline.holdShadeColor(), base))
                return -1; // something else painted here
            ++hatched;
        }
        return hatched;
    };
    QVERIFY2(holdCount({2026, 3, 12}) > 0, "on hold: the row is hatched");
    QVERIFY(holdCount({2026, 3, 10}) > 0);
    QCOMPARE(holdCount({2026, 3, 5}), 0); // before, and after: plain
    QCOMPARE(holdCount({2026, 3, 20}), 0);

    // The load row: a bar as tall as the day's share of the busiest day, in the load colour.
    const QRect load = timeline.loadRowRect();
    auto barHeight = [&](QDate day) {
        const int x = (timeline.xOfDay(day) + timeline.xOfDay(day.addDays(1))) / 2;
        int height = 0;
        for (int y = load.top(); y <= load.bottom(); ++y) {
            const QColor c = image.pixelColor(x, y);
            if (looksLike(c, RetestTimeline::loadColor(), window))
                ++height;
            else if (c != window)
                return -1;
        }
        return height;
    };
    QCOMPARE(index.openWindowCount({2026, 3, 21}), 2);
    QCOMPARE(barHeight({2026, 3, 21}), 13); // two open windows: the peak, the full bar
    QCOMPARE(barHeight({2026, 3, 19}), 6);  // one: half of it
    QCOMPARE(barHeight({2026, 3, 26}), 0);  // none: nothing
}

QTEST_MAIN(TestRetestCalendar)
#include "TestRetestCalendar.moc"
