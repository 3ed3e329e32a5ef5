// Scheduling from the calendar through the keyboard, the mouse and the accessibility API, against the
// in-process sandbox: the day cells and bars a screen reader sees, range selection, and the request
// that reaches the server when "Request retest…" is used from the month grid or the timeline.
#include "tests/support/RetestSandbox.h"

#include "api/SsapiClient.h"
#include "models/ProjectCodec.h"
#include "models/VulnerabilityPickerModel.h"
#include "ui/common/Dialogs.h"
#include "ui/common/UtcDateEdit.h"
#include "ui/retest/RequestRetestDialog.h"
#include "ui/retest/RetestCalendarView.h"
#include "ui/retest/RetestMonthGrid.h"
#include "ui/retest/RetestTimeline.h"

#include <QAccessible>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <ctime>

using namespace Qt::StringLiterals;
using namespace ForgeDeskTest;
using namespace ForgeDeskTest::RetestFixtures;

class TestCalendarScheduling : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void monthCellsAndBarsAreAccessible();
    void shiftArrowsSelectRangeAndCtrlNRequests();
    void enterWithoutProjectOffersPicker();
    void timelineDragSelectsProjectAndRange();
    void timelineKeyboardRange();
    void capacityAndClashesAreShown();

private:
    RetestCalendarView* showView();
    static QAccessibleInterface* cell(QWidget* widget, const QString& namePrefix);
    RequestRetestDialog* waitForDialog();

    std::unique_ptr<RetestSandbox> m_sandbox;
    std::unique_ptr<RetestCalendarView> m_view;
};

void TestCalendarScheduling::initTestCase()
{
    // Literal UTC instants below: the window's local days are UTC days here.
    qputenv("TZ", "UTC");
    tzset();
    Dialogs::setTestMode(true);
}

void TestCalendarScheduling::init()
{
    m_sandbox = std::make_unique<RetestSandbox>();
    // Payments API: December 2026, round 1 open over 14–18 December. Mobile banking: 10 Dec – 20 Jan.
    Project a = RetestFixtures::project(kProject, u"Payments API"_s, {2026, 12, 1}, {2026, 12, 31});
    a.facts().retestRounds = {RetestFixtures::round(1, u"Requested"_s, {2026, 12, 14}, {2026, 12, 18}, 1)};
    Project b = RetestFixtures::project(kOther, u"Mobile banking"_s, {2026, 12, 10}, {2027, 1, 20});
    m_sandbox->server->putProject(ProjectCodec::toReadJson(a));
    m_sandbox->server->putProject(ProjectCodec::toReadJson(b));
}

void TestCalendarScheduling::cleanup()
{
    m_view.reset();
    m_sandbox.reset();
}

RetestCalendarView* TestCalendarScheduling::showView()
{
    m_view = std::make_unique<RetestCalendarView>();
    m_view->setClient(m_sandbox->client.get());
    m_view->resize(1280, 800);
    m_view->setProjects({m_sandbox->storedProject(kProject), m_sandbox->storedProject(kOther)}, Catalog());
    m_view->setToday({2026, 12, 1});
    m_view->show();
    m_view->activateWindow();
    if (!QTest::qWaitForWindowActive(m_view.get()))
        return nullptr;
    return m_view.get();
}

QAccessibleInterface* TestCalendarScheduling::cell(QWidget* widget, const QString& namePrefix)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(widget);
    if (!iface)
        return nullptr;
    for (int i = 0; i < iface->childCount(); ++i) {
        QAccessibleInterface* child = iface->child(i);
        if (child && child->text(QAccessible::Name).startsWith(namePrefix))
            return child;
    }
    return nullptr;
}

RequestRetestDialog* TestCalendarScheduling::waitForDialog()
{
    RequestRetestDialog* dialog = nullptr;
    const bool ready = QTest::qWaitFor(
        [&] {
            dialog = m_view->findChild<RequestRetestDialog*>();
            return dialog && dialog->vulnerabilityModel()->rowCount() == 5;
        },
        10000);
    return ready ? dialog : nullptr; // a dialog still loading its findings is not the one asked for
}

void TestCalendarScheduling::monthCellsAndBarsAreAccessible()
{
    RetestCalendarView* view = showView();
    QVERIFY(view);
    RetestMonthGrid* grid = view->monthGrid();
    grid->setFocus();
    grid->setSelectedDay({2026, 12, 14});
    QAccessibleInterface* month = QAccessible::queryAccessibleInterface(grid);
    QVERIFY(month);
    QCOMPARE(month->role(), QAccessible::Table);
    QCOMPARE(month->childCount(), 42);
    QAccessibleInterface* day = cell(grid, u"Monday 14 December 2026"_s);
    QVERIFY(day);
    QCOMPARE(day->text(QAccessible::Name), u"Monday 14 December 2026, 3 items"_s);
    QCOMPARE(day->role(), QAccessible::Cell);
    QVERIFY(day->state().focused);
    QVERIFY(day->state().selected);
    QCOMPARE(day->parent(), month);
    QCOMPARE(month->focusChild(), day);
    QVERIFY(grid->rect().contains(grid->mapFromGlobal(day->rect().center())));
    QStringList bars;
    for (int i = 0; i < day->childCount(); ++i) {
        QCOMPARE(day->child(i)->role(), QAccessible::ListItem);
        QCOMPARE(day->child(i)->parent(), day);
        bars << day->child(i)->text(QAccessible::Name);
    }
    QCOMPARE(bars, (QStringList{
                       u"Mobile banking, project dates, Testing, 10 December 2026 to 20 January 2027"_s,
                       u"Payments API, project dates, Testing, 1 December 2026 to 31 December 2026"_s,
                       u"Payments API, retest round 1, Requested, 14 December 2026 to 18 December 2026"_s}));
    QAccessibleInterface* empty = cell(grid, u"Tuesday 1 December 2026"_s);
    QVERIFY(empty);
    QCOMPARE(empty->text(QAccessible::Name), u"Tuesday 1 December 2026, 1 item"_s);
    QVERIFY(!empty->state().selected);

    // The arrows move the focused cell.
    QTest::keyClick(grid, Qt::Key_Down);
    QCOMPARE(month->focusChild()->text(QAccessible::Name), u"Monday 21 December 2026, 2 items"_s);
    QVERIFY(!day->state().selected);
}

void TestCalendarScheduling::shiftArrowsSelectRangeAndCtrlNRequests()
{
    RetestCalendarView* view = showView();
    QVERIFY(view);
    RetestMonthGrid* grid = view->monthGrid();
    grid->setFocus();
    grid->setSelectedDay({2026, 12, 14});
    QTest::keyClick(grid, Qt::Key_Right, Qt::ShiftModifier);
    QTest::keyClick(grid, Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(grid->rangeFirst(), QDate(2026, 12, 14));
    QCOMPARE(grid->rangeLast(), QDate(2026, 12, 16));
    QVERIFY(cell(grid, u"Monday 14 December 2026"_s)->state().selected);
    QVERIFY(cell(grid, u"Tuesday 15 December 2026"_s)->state().selected);
    QVERIFY(cell(grid, u"Wednesday 16 December 2026"_s)->state().focused);
    QVERIFY(!cell(grid, u"Thursday 17 December 2026"_s)->state().selected);

    // The project: the one chosen in the day list (it lists the cursor's day).
    QListView* list = view->dayList();
    for (int i = 0; i < list->model()->rowCount(); ++i) {
        if (list->model()->index(i, 0).data().toString().startsWith(u"Payments API — retest round 1"_s))
            list->setCurrentIndex(list->model()->index(i, 0));
    }
    QVERIFY(list->currentIndex().isValid());
    grid->setFocus();
    QTest::keyClick(grid, Qt::Key_N, Qt::ControlModifier);
    RequestRetestDialog* dialog = waitForDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), u"Request a retest — Payments API"_s);
    QCOMPARE(dialog->request().windowStart, u"2026-12-14T00:00:00.000Z"_s);
    QCOMPARE(dialog->request().windowEnd, u"2026-12-16T23:59:59.999Z"_s);

    auto* search = dialog->findChild<QLineEdit*>(u"searchEdit"_s);
    auto* table = dialog->findChild<QTableView*>(u"vulnerabilityView"_s);
    QTest::keyClicks(search, u"IDOR"_s);
    QCOMPARE(table->model()->rowCount(), 1);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Space);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"sendButton"_s), Qt::LeftButton);
    QTRY_COMPARE(m_sandbox->requests("POST", u"/retest/request"_s).size(), 1);
    const RecordedRequest post = m_sandbox->requests("POST", u"/retest/request"_s).first();
    QCOMPARE(post.path, u"/api/ss/project/5e7c29afa3362408cf502a11/retest/request"_s);
    QCOMPARE(bodyJson(post), (QJsonObject{{u"retesting_window_start"_s, u"2026-12-14T00:00:00.000Z"_s},
                                          {u"retesting_window_end"_s, u"2026-12-16T23:59:59.999Z"_s},
                                          {u"vulnerability_ids"_s, QJsonArray{u"a-v5"_s}}}));
    // The calendar re-reads the project and shows the new window at once.
    QTRY_COMPARE(cell(grid, u"Tuesday 15 December 2026"_s)->text(QAccessible::Name),
                 u"Tuesday 15 December 2026, 4 items"_s);
}

void TestCalendarScheduling::enterWithoutProjectOffersPicker()
{
    RetestCalendarView* view = showView();
    QVERIFY(view);
    RetestMonthGrid* grid = view->monthGrid();
    grid->setFocus();
    grid->setSelectedDay({2026, 12, 21});
    QTest::keyClick(grid, Qt::Key_Right, Qt::ShiftModifier);
    view->dayList()->clearSelection();
    QTest::keyClick(grid, Qt::Key_Return);
    auto* picker = view->findChild<QInputDialog*>(u"projectPicker"_s);
    QVERIFY(picker);
    QCOMPARE(picker->comboBoxItems(), (QStringList{u"Payments API (PAY)"_s, u"Mobile banking (MOB)"_s}));
    picker->setTextValue(u"Mobile banking (MOB)"_s);
    picker->accept();
    RequestRetestDialog* dialog = waitForDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), u"Request a retest — Mobile banking"_s);
    QCOMPARE(dialog->request().windowStart, u"2026-12-21T00:00:00.000Z"_s);
    QCOMPARE(dialog->request().windowEnd, u"2026-12-22T23:59:59.999Z"_s);
    dialog->reject();
}

void TestCalendarScheduling::timelineDragSelectsProjectAndRange()
{
    RetestCalendarView* view = showView();
    QVERIFY(view);
    view->monthGrid()->setSelectedDay({2026, 12, 1});
    view->findChild<QTabWidget*>(u"viewTabs"_s)->setCurrentWidget(view->timeline());
    RetestTimeline* timeline = view->timeline();
    QCOMPARE(timeline->spanStart(), QDate(2026, 11, 1));
    QCOMPARE(timeline->projectAtRow(0), kOther); // Mobile banking sorts first
    QCOMPARE(timeline->projectAtRow(1), kProject);
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(timeline);
    QVERIFY(iface);
    QCOMPARE(iface->childCount(), 2);
    QCOMPARE(iface->child(1)->text(QAccessible::Name), u"Payments API, 2 items"_s);
    QCOMPARE(iface->child(1)->role(), QAccessible::Row);
    QCOMPARE(iface->child(1)->child(1)->text(QAccessible::Name),
             u"Payments API, retest round 1, Requested, 14 December 2026 to 18 December 2026"_s);
    // The bar's rectangle is where it is painted: over 14–18 December on Payments API's row.
    const QRect bar = iface->child(1)->child(1)->rect();
    QVERIFY(iface->child(1)->rect().contains(bar.center()));

    auto middleOf = [timeline](QDate day) {
        return (timeline->xOfDay(day) + timeline->xOfDay(day.addDays(1))) / 2;
    };
    const int y = timeline->rowRect(1).center().y();
    QWidget* viewport = timeline->viewport();
    timeline->setFocus();
    QTest::mousePress(viewport, Qt::LeftButton, {}, {middleOf({2026, 12, 7}), y});
    QMouseEvent move(QEvent::MouseMove, QPointF(middleOf({2026, 12, 9}), y),
                     viewport->mapToGlobal(QPointF(middleOf({2026, 12, 9}), y)), Qt::NoButton, Qt::LeftButton,
                     Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, {middleOf({2026, 12, 9}), y});
    QCOMPARE(timeline->currentRow(), 1);
    QCOMPARE(iface->child(1)->text(QAccessible::Name),
             u"Payments API, 2 items, selected Monday 7 December 2026 to Wednesday 9 December 2026"_s);
    QVERIFY(iface->child(1)->state().focused);

    QTest::keyClick(timeline, Qt::Key_Return);
    RequestRetestDialog* dialog = waitForDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), u"Request a retest — Payments API"_s);
    QCOMPARE(dialog->request().windowStart, u"2026-12-07T00:00:00.000Z"_s);
    QCOMPARE(dialog->request().windowEnd, u"2026-12-09T23:59:59.999Z"_s);
    dialog->reject();
}

void TestCalendarScheduling::timelineKeyboardRange()
{
    RetestCalendarView* view = showView();
    QVERIFY(view);
    view->monthGrid()->setSelectedDay({2026, 12, 1});
    view->findChild<QTabWidget*>(u"viewTabs"_s)->setCurrentWidget(view->timeline());
    RetestTimeline* timeline = view->timeline();
    timeline->setFocus();
    timeline->setCurrentRow(0);
    QTest::keyClick(timeline, Qt::Key_Right); // the cursor starts at today, 1 December
    QCOMPARE(timeline->cursorDay(), QDate(2026, 12, 1));
    QTest::keyClick(timeline, Qt::Key_Right, Qt::ShiftModifier);
    QTest::keyClick(timeline, Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(timeline->rangeFirst(), QDate(2026, 12, 1));
    QCOMPARE(timeline->rangeLast(), QDate(2026, 12, 3));
    QTest::keyClick(timeline, Qt::Key_N, Qt::ControlModifier);
    RequestRetestDialog* dialog = waitForDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), u"Request a retest — Mobile banking"_s);
    QCOMPARE(dialog->request().windowStart, u"2026-12-01T00:00:00.000Z"_s);
    QCOMPARE(dialog->request().windowEnd, u"2026-12-03T23:59:59.999Z"_s);
    dialog->reject();
}

void TestCalendarScheduling::capacityAndClashesAreShown()
{
    // Both projects share group g1; Mobile banking has an open round over 15–20 December.
    Project a = m_sandbox->storedProject(kProject);
    a.setValue(ProjectFields::Groups, QJsonArray{u"g1"_s});
    Project b = m_sandbox->storedProject(kOther);
    b.setValue(ProjectFields::Groups, QJsonArray{u"g1"_s, u"g2"_s});
    b.facts().retestRounds = {RetestFixtures::round(2, u"Requested"_s, {2026, 12, 15}, {2026, 12, 20}, 1)};
    m_sandbox->server->putProject(ProjectCodec::toReadJson(a));
    m_sandbox->server->putProject(ProjectCodec::toReadJson(b));
    RetestCalendarView* view = showView();
    QVERIFY(view);
    RetestMonthGrid* grid = view->monthGrid();
    QCOMPARE(cell(grid, u"Monday 14 December 2026"_s)->text(QAccessible::Description),
             u"1 retest window open"_s);
    QCOMPARE(cell(grid, u"Tuesday 15 December 2026"_s)->text(QAccessible::Description),
             u"2 retest windows open"_s);
    QCOMPARE(cell(grid, u"Monday 21 December 2026"_s)->text(QAccessible::Description),
             u"0 retest windows open"_s);

    grid->setFocus();
    grid->setSelectedDay({2026, 12, 14});
    QTest::keyClick(grid, Qt::Key_Right, Qt::ShiftModifier);
    QListView* list = view->dayList();
    for (int i = 0; i < list->model()->rowCount(); ++i) {
        if (list->model()->index(i, 0).data().toString().startsWith(u"Payments API — retest round 1"_s))
            list->setCurrentIndex(list->model()->index(i, 0));
    }
    grid->setFocus();
    QTest::keyClick(grid, Qt::Key_N, Qt::ControlModifier);
    RequestRetestDialog* dialog = waitForDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->warnings().contains(u"• Mobile banking — round 2 (2026-12-15 → 2026-12-20)"_s));
    auto* warnings = dialog->findChild<QLabel*>(u"warningsLabel"_s);
    QVERIFY(warnings->text().contains(u"projects sharing a group with this one"_s));
    // A warning, not a block.
    auto* search = dialog->findChild<QLineEdit*>(u"searchEdit"_s);
    auto* table = dialog->findChild<QTableView*>(u"vulnerabilityView"_s);
    QTest::keyClicks(search, u"SQL"_s);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Space);
    QVERIFY(dialog->findChild<QPushButton*>(u"sendButton"_s)->isEnabled());
    dialog->reject();
}

QTEST_MAIN(TestCalendarScheduling)
#include "TestCalendarScheduling.moc"
