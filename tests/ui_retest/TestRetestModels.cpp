// Retest models without a server: the rounds table (with the memory of sent dates), the vulnerability
// picker (only Retest-status findings can be checked) and the calendar's day index.
#include "tests/support/RetestFixtures.h"

#include "models/CalendarIndex.h"
#include "models/CalendarSpeech.h"
#include "models/RetestPlanning.h"
#include "models/RetestRoundListModel.h"
#include "models/VulnerabilityPickerModel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ForgeDeskTest::RetestFixtures;

class TestRetestModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundsTableShowsRounds();
    void roundsTableShowsSentDatesWhenServerIsSilent();
    void pickerOnlyChecksRetestStatus();
    void pickerKeepsChecksAcrossReload();
    void calendarDayLookup();
    void calendarOpenEnded();
    void calendarFilters();
    void calendarManyProjects();
    void planningWarnings();
    void planningCreatedRound();
    void roundDatesUnderEitherName_data();
    void roundDatesUnderEitherName();
    void calendarSpeech();
    void holdPeriodsAndCapacity();
    void planningClashes();
};

void TestRetestModels::roundsTableShowsRounds()
{
    RetestRoundListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QDate d(2026, 3, 2);
    model.setRounds(u"p1"_s, {round(2, u"Requested"_s, d, {}, 3),
                              round(1, u"Completed"_s, d.addDays(-30), d.addDays(-25), 2)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(RetestRoundListModel::ColumnCount));
    // Sorted by round number.
    QCOMPARE(model.index(0, RetestRoundListModel::NumberColumn).data().toInt(), 1);
    QCOMPARE(model.index(1, RetestRoundListModel::StatusColumn).data().toString(), u"Requested"_s);
    QCOMPARE(model.index(1, RetestRoundListModel::WindowStartColumn).data().toString(), u"2026-03-02"_s);
    QCOMPARE(model.index(1, RetestRoundListModel::WindowEndColumn).data().toString(), u"Open-ended"_s);
    QCOMPARE(model.index(0, RetestRoundListModel::WindowEndColumn).data().toString(),
             d.addDays(-25).toString(Qt::ISODate));
    QCOMPARE(model.index(1, RetestRoundListModel::VulnerabilitiesColumn).data().toInt(), 3);
    QCOMPARE(model.index(1, 0).data(RetestRoundListModel::RoundNumberRole).toInt(), 2);
    QCOMPARE(model.rowOfRound(2), 1);
    QCOMPARE(model.rowOfRound(7), -1);
}

void TestRetestModels::roundsTableShowsSentDatesWhenServerIsSilent()
{
    RetestRoundListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QDate d(2026, 3, 2);
    RetestRound withServerDate = round(1, u"Completed"_s, d, d.addDays(3));
    withServerDate.completedDate = IsoDate::startOfLocalDay(d.addDays(4));
    model.setRounds(u"p1"_s, {withServerDate, round(2, u"Requested"_s, d.addDays(10), {})});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.rememberSent(u"p1"_s, 2, {IsoDate::startOfLocalDay(d.addDays(9)), {}});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(1, RetestRoundListModel::RequestedColumn).data().toString(),
             d.addDays(9).toString(Qt::ISODate) + u" (sent)"_s);
    QVERIFY(
        !model.index(1, RetestRoundListModel::RequestedColumn).data(Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(model.index(1, RetestRoundListModel::CompletedColumn).data().toString(), u"—"_s);

    // The server's value wins over the memory.
    model.rememberSent(u"p1"_s, 1, {{}, IsoDate::startOfLocalDay(d.addDays(20))});
    QCOMPARE(model.index(0, RetestRoundListModel::CompletedColumn).data().toString(),
             d.addDays(4).toString(Qt::ISODate));

    // Memory is per project: another project's round 2 shows nothing remembered, and coming back restores it.
    model.setRounds(u"p2"_s, {round(2, u"Requested"_s, d, {})});
    QCOMPARE(model.index(0, RetestRoundListModel::RequestedColumn).data().toString(), u"—"_s);
    model.setRounds(u"p1"_s, {round(2, u"Requested"_s, d.addDays(10), {})});
    QCOMPARE(model.displayedRound(0).requestedDate, IsoDate::startOfLocalDay(d.addDays(9)));
}

void TestRetestModels::pickerOnlyChecksRetestStatus()
{
    VulnerabilityPickerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setVulnerabilities({vulnerability(u"a"_s, u"SQL injection"_s, u"High"_s, u"Open"_s, true),
                              vulnerability(u"b"_s, u"XSS"_s, u"Medium"_s, u"Open"_s, false),
                              vulnerability(u"c"_s, u"Old"_s, u"Low"_s, u"Closed"_s, true),
                              vulnerability(u"d"_s, u"CSRF"_s, u"Low"_s, u"Open"_s, true)});
    QCOMPARE(model.selectableCount(), 2);
    const QModelIndex b = model.index(1, VulnerabilityPickerModel::IdColumn);
    QVERIFY(!(model.flags(b) & Qt::ItemIsEnabled));
    QVERIFY(!(model.flags(b) & Qt::ItemIsUserCheckable));
    QVERIFY(!model.setData(b, Qt::Checked, Qt::CheckStateRole));
    QVERIFY(!model.setChecked(u"c"_s, true));
    QCOMPARE(model.index(2, VulnerabilityPickerModel::RetestColumn).data().toString(),
             u"Closed: nothing to retest"_s);
    QVERIFY(model.index(1, 2).data(Qt::ToolTipRole).toString().startsWith(u"Cannot be retested"_s));
    QCOMPARE(model.index(0, VulnerabilityPickerModel::IdColumn).data().toString(), u"ALT-a"_s);

    QSignalSpy checked(&model, &VulnerabilityPickerModel::checkedChanged);
    QVERIFY(model.setData(model.index(3, 0), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(model.checkedIds(), QStringList{u"d"_s});
    model.setAllChecked(true);
    QCOMPARE(model.checkedIds(), (QStringList{u"a"_s, u"d"_s}));
    QCOMPARE(checked.size(), 2);
    model.setAllChecked(false);
    QVERIFY(model.checkedIds().isEmpty());
}

void TestRetestModels::pickerKeepsChecksAcrossReload()
{
    VulnerabilityPickerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setVulnerabilities({vulnerability(u"a"_s, u"A"_s, u"High"_s, u"Open"_s, true),
                              vulnerability(u"b"_s, u"B"_s, u"High"_s, u"Open"_s, true)});
    model.setAllChecked(true);
    // b is no longer ready: its check mark goes.
    model.setVulnerabilities({vulnerability(u"a"_s, u"A"_s, u"High"_s, u"Open"_s, true),
                              vulnerability(u"b"_s, u"B"_s, u"High"_s, u"Open"_s, false)});
    QCOMPARE(model.checkedIds(), QStringList{u"a"_s});
}

void TestRetestModels::calendarDayLookup()
{
    Project p = project(u"p1"_s, u"Alpha"_s, {2026, 3, 1}, {2026, 3, 31});
    p.facts().retestRounds = {round(1, u"Completed"_s, {2026, 3, 10}, {2026, 3, 12}),
                              round(2, u"Requested"_s, {2026, 4, 28}, {2026, 5, 3})};
    Project q = project(u"p2"_s, u"Beta"_s, {2026, 3, 11}, {2026, 3, 11});
    CalendarIndex index;
    index.setToday({2026, 3, 15});
    index.setProjects({p, q});
    QCOMPARE(index.entries().size(), 4);

    QList<CalendarEntry> on = index.entriesOn({2026, 3, 11});
    QCOMPARE(on.size(), 3);
    QCOMPARE(on.at(0).projectName, u"Alpha"_s); // ranges first, by name
    QCOMPARE(on.at(1).projectName, u"Beta"_s);
    QCOMPARE(on.at(2).kind, CalendarEntry::Kind::RetestWindow);
    QCOMPARE(on.at(2).uid(), u"p1-retest-1@forgedesk"_s);

    QCOMPARE(index.entriesOn({2026, 3, 12}).size(), 2); // last day is inclusive
    QCOMPARE(index.entriesOn({2026, 3, 13}).size(), 1);
    QCOMPARE(index.entriesOn({2026, 2, 28}).size(), 0);
    // A window across a month boundary is found in both months.
    QCOMPARE(index.entriesOn({2026, 4, 30}).size(), 1);
    QCOMPARE(index.entriesOn({2026, 5, 3}).size(), 1);
    QCOMPARE(index.entriesOn({2026, 5, 4}).size(), 0);
    QCOMPARE(index.entriesBetween({2026, 4, 1}, {2026, 5, 31}).size(), 1);
}

void TestRetestModels::calendarOpenEnded()
{
    Project p = project(u"p1"_s, u"Alpha"_s, {}, {});
    p.facts().retestRounds = {round(1, u"Requested"_s, {2026, 3, 10}, {}),
                              round(2, u"Cancelled"_s, {2026, 3, 20}, {})};
    CalendarIndex index;
    index.setToday({2026, 3, 14});
    index.setProjects({p});
    QCOMPARE(index.entries().size(), 2); // no project range without a start date
    QVERIFY(index.entries().at(0).isOpenEnded());
    // Still open: runs up to today.
    QCOMPARE(index.entriesOn({2026, 3, 14}).size(), 1);
    QCOMPARE(index.entriesOn({2026, 3, 15}).size(), 0);
    // Cancelled without an end: its start day only.
    QCOMPARE(index.entriesOn({2026, 3, 20}).size(), 1);
    QCOMPARE(index.entriesOn({2026, 3, 21}).size(), 0);
}

void TestRetestModels::calendarFilters()
{
    Project a = project(u"a"_s, u"Alpha"_s, {2026, 3, 1}, {2026, 3, 5}, {u"g1"_s});
    a.facts().retestRounds = {round(1, u"Requested"_s, {2026, 3, 3}, {2026, 3, 4})};
    Project b = project(u"b"_s, u"Beta"_s, {2026, 3, 1}, {2026, 3, 5}, {u"g2"_s}, true);
    CalendarIndex index;
    index.setProjects({a, b});
    QCOMPARE(index.entriesOn({2026, 3, 3}).size(), 3);
    CalendarIndex::Filter filter;
    filter.groupId = u"g1"_s;
    index.setFilter(filter);
    QCOMPARE(index.entriesOn({2026, 3, 3}).size(), 2);
    filter = {};
    filter.includeOnHold = false;
    index.setFilter(filter);
    QCOMPARE(index.entriesOn({2026, 3, 3}).size(), 2);
    filter = {};
    filter.showProjectRanges = false;
    index.setFilter(filter);
    QCOMPARE(index.entriesOn({2026, 3, 3}).size(), 1);
    filter = {};
    filter.showRetestWindows = false;
    index.setFilter(filter);
    QCOMPARE(index.entriesOn({2026, 3, 3}).size(), 2);
}

void TestRetestModels::calendarManyProjects()
{
    QList<Project> projects;
    const QDate base(2025, 1, 1);
    for (int i = 0; i < 5000; ++i) {
        Project p = project(u"p%1"_s.arg(i), u"Project %1"_s.arg(i), base.addDays(i % 700),
                            base.addDays(i % 700 + 20));
        p.facts().retestRounds = {
            round(1, u"Requested"_s, base.addDays(i % 700 + 25), base.addDays(i % 700 + 27))};
        projects.append(p);
    }
    CalendarIndex index;
    QElapsedTimer timer;
    timer.start();
    index.setProjects(projects);
    int found = 0;
    for (QDate day = base; day < base.addDays(42); day = day.addDays(1))
        found += int(index.entriesOn(day).size());
    QVERIFY(found > 0);
    qInfo("5000 projects: index and 42 day lookups in %lld ms", timer.elapsed());
}

void TestRetestModels::planningWarnings()
{
    const QDate today(2026, 3, 15);
    Project p = project(u"p"_s, u"Alpha"_s, {2026, 3, 1}, {2026, 4, 1});
    p.facts().retestRounds = {round(1, u"Requested"_s, {2026, 3, 20}, {2026, 3, 25}),
                              round(2, u"Completed"_s, {2026, 3, 1}, {}),
                              round(3, u"Requested"_s, {2026, 5, 1}, {})};
    RetestRequest r;
    r.windowStart = IsoDate::startOfLocalDay({2026, 3, 16});
    r.windowEnd = IsoDate::endOfLocalDay({2026, 3, 18});
    QVERIFY(RetestPlanning::warnings(p, r, today).isEmpty());

    r.windowStart = IsoDate::startOfLocalDay({2026, 3, 10});
    QStringList w = RetestPlanning::warnings(p, r, today);
    QCOMPARE(w.size(), 1);
    QVERIFY(w.at(0).contains(u"past"_s));

    // Last day of one window is the first of the other: overlap. Open-ended new window overlaps later rounds.
    r.windowStart = IsoDate::startOfLocalDay({2026, 3, 25});
    r.windowEnd.clear();
    w = RetestPlanning::warnings(p, r, today);
    QCOMPARE(w.size(), 2);
    QVERIFY(w.at(0).contains(u"round 1"_s));
    QVERIFY(w.at(1).contains(u"round 3"_s));

    p.setValue(ProjectFields::IsOnHold, u"Yes"_s);
    p.setValue(ProjectFields::Features, QJsonObject{{u"retesting"_s, QJsonObject{{u"enabled"_s, false}}}});
    r.windowStart = IsoDate::startOfLocalDay({2026, 3, 16});
    r.windowEnd = IsoDate::endOfLocalDay({2026, 3, 17});
    w = RetestPlanning::warnings(p, r, today);
    QCOMPARE(w.size(), 2);
    QVERIFY(w.at(0).contains(u"on hold"_s));
    QVERIFY(w.at(1).contains(u"disabled"_s));
}

void TestRetestModels::planningCreatedRound()
{
    const QList<RetestRound> before = {round(1, u"Completed"_s, {2026, 3, 1}, {2026, 3, 2})};
    RetestRequest r;
    r.windowStart = IsoDate::startOfLocalDay({2026, 4, 1});
    r.windowEnd = IsoDate::endOfLocalDay({2026, 4, 3});
    QVERIFY(!RetestPlanning::createdRound(before, before, r));
    QList<RetestRound> after = before;
    after.append(round(2, u"Requested"_s, {2026, 4, 1}, {2026, 4, 4})); // other window
    QVERIFY(!RetestPlanning::createdRound(before, after, r));
    RetestRound same = round(3, u"Requested"_s, {2026, 4, 1}, {2026, 4, 3});
    // The server may drop the milliseconds: still the same instant.
    same.windowStart = IsoDate::parse(same.windowStart).toString(Qt::ISODate);
    after.append(same);
    const auto found = RetestPlanning::createdRound(before, after, r);
    QVERIFY(found);
    QCOMPARE(found->number, 3);
}

void TestRetestModels::roundDatesUnderEitherName_data()
{
    QTest::addColumn<QString>("requestedKey");
    QTest::addColumn<QString>("completedKey");
    QTest::newRow("long names") << u"retesting_round_requested_date"_s << u"retesting_round_completed_date"_s;
    QTest::newRow("short names") << u"requested_date"_s << u"completed_date"_s;
    QTest::newRow("mixed") << u"requested_date"_s << u"retesting_round_completed_date"_s;
}

void TestRetestModels::roundDatesUnderEitherName()
{
    QFETCH(QString, requestedKey);
    QFETCH(QString, completedKey);
    const QJsonObject json{{u"retesting_round"_s, 3},
                           {u"retesting_round_status"_s, u"Completed"_s},
                           {requestedKey, u"2026-03-01T09:00:00.000Z"_s},
                           {completedKey, u"2026-03-09T17:00:00.000Z"_s}};
    const RetestRound r = RetestRound::fromJson(json);
    QCOMPARE(r.number, 3);
    QCOMPARE(r.requestedDate, u"2026-03-01T09:00:00.000Z"_s);
    QCOMPARE(r.completedDate, u"2026-03-09T17:00:00.000Z"_s);
    // Both present: the round's own long name wins.
    QJsonObject both = json;
    both.insert(u"retesting_round_requested_date"_s, u"2026-03-02T09:00:00.000Z"_s);
    both.insert(u"requested_date"_s, u"2026-03-03T09:00:00.000Z"_s);
    QCOMPARE(RetestRound::fromJson(both).requestedDate, u"2026-03-02T09:00:00.000Z"_s);
}

void TestRetestModels::calendarSpeech()
{
    CalendarEntry e;
    e.kind = CalendarEntry::Kind::RetestWindow;
    e.projectId = u"p1"_s;
    e.projectName = u"Payments API"_s;
    e.round = 2;
    e.status = u"Requested"_s;
    e.first = {2030, 3, 1};
    e.last = {2030, 3, 5};
    QCOMPARE(CalendarSpeech::entry(e),
             u"Payments API, retest round 2, Requested, 1 March 2030 to 5 March 2030"_s);
    e.last = {};
    e.projectOnHold = true;
    QCOMPARE(CalendarSpeech::entry(e),
             u"Payments API, retest round 2, Requested, on hold, from 1 March 2030, open-ended"_s);
    QCOMPARE(CalendarSpeech::dayCell({2026, 12, 14}, 3), u"Monday 14 December 2026, 3 items"_s);
    QCOMPARE(CalendarSpeech::dayCell({2026, 12, 15}, 1), u"Tuesday 15 December 2026, 1 item"_s);
    QCOMPARE(CalendarSpeech::dayCell({2026, 12, 16}, 0), u"Wednesday 16 December 2026, no items"_s);
}

void TestRetestModels::holdPeriodsAndCapacity()
{
    // Out of order on purpose: the history is sorted by when each change happened. 09:00 UTC is the same
    // calendar day in UTC, Los Angeles and Auckland, so the expected days hold in every zone this runs in.
    const QList<HoldEvent> history{{u"Off Hold"_s, u"Back"_s, u"2026-03-10T09:00:00.000Z"_s},
                                   {u"On Hold"_s, u"Client freeze"_s, u"2026-03-02T09:00:00.000Z"_s},
                                   {u"On Hold"_s, u"Again"_s, u"2026-03-20T09:00:00.000Z"_s}};
    const auto periods = HoldEvent::periods(history, {2026, 3, 25});
    QCOMPARE(periods.size(), 2);
    QCOMPARE(periods.at(0), std::make_pair(QDate(2026, 3, 2), QDate(2026, 3, 10)));
    QCOMPARE(periods.at(1), std::make_pair(QDate(2026, 3, 20), QDate(2026, 3, 25))); // still on hold

    Project a = project(u"a"_s, u"Alpha"_s, {2026, 3, 1}, {2026, 3, 31});
    a.facts().holdHistory = history;
    a.facts().retestRounds = {round(1, u"Requested"_s, {2026, 3, 5}, {2026, 3, 9}),
                              round(2, u"Completed"_s, {2026, 3, 5}, {2026, 3, 6}),
                              round(3, u"Requested"_s, {2026, 3, 8}, {2026, 3, 12})};
    Project b = project(u"b"_s, u"Beta"_s, {2026, 3, 1}, {2026, 3, 31});
    b.facts().retestRounds = {round(1, u"Cancelled"_s, {2026, 3, 8}, {2026, 3, 9}),
                              round(2, u"Requested"_s, {2026, 3, 9}, {2026, 4, 2})};
    CalendarIndex index;
    index.setToday({2026, 3, 25});
    index.setProjects({a, b});
    QCOMPARE(index.openWindowCount({2026, 3, 4}), 0);
    QCOMPARE(index.openWindowCount({2026, 3, 5}), 1); // the completed round does not count
    QCOMPARE(index.openWindowCount({2026, 3, 9}), 3); // nor the cancelled one
    QCOMPARE(index.openWindowCount({2026, 4, 1}), 1); // across the month boundary
    // The whole span at once (what the month view and the timeline ask): 4 March to 3 April.
    QList<int> span{0, 1, 1, 1, 2, 3, 2, 2, 2};
    span.append(QList<int>(19, 1)); // 13-31 March: b's round 2
    span.append({1, 1, 0});
    QCOMPARE(index.openWindowCounts({2026, 3, 4}, {2026, 4, 3}), span);
    // An open-ended open round runs to today across a month boundary, counted once a day.
    Project c = project(u"c"_s, u"Gamma"_s, {2026, 2, 1}, {2026, 2, 2});
    c.facts().retestRounds = {round(1, u"Requested"_s, {2026, 2, 20}, {})};
    CalendarIndex open;
    open.setToday({2026, 3, 3});
    open.setProjects({c});
    QList<int> running{0};
    running.append(QList<int>(12, 1)); // 20 February to 3 March
    running.append(0);
    QCOMPARE(open.openWindowCounts({2026, 2, 19}, {2026, 3, 4}), running);
    QCOMPARE(index.holdPeriods(u"a"_s).size(), 2);
    QVERIFY(index.holdPeriods(u"b"_s).isEmpty());
}

void TestRetestModels::planningClashes()
{
    Project mine = project(u"a"_s, u"Alpha"_s, {2026, 3, 1}, {2026, 3, 31}, {u"g1"_s});
    Project sameGroup = project(u"b"_s, u"Beta"_s, {2026, 3, 1}, {2026, 3, 31}, {u"g2"_s, u"g1"_s});
    sameGroup.facts().retestRounds = {round(4, u"Requested"_s, {2026, 3, 10}, {2026, 3, 14}),
                                      round(5, u"Completed"_s, {2026, 3, 10}, {2026, 3, 14})};
    Project otherGroup = project(u"c"_s, u"Gamma"_s, {2026, 3, 1}, {2026, 3, 31}, {u"g3"_s});
    otherGroup.facts().retestRounds = {round(1, u"Requested"_s, {2026, 3, 10}, {2026, 3, 14})};
    RetestRequest request;
    request.windowStart = IsoDate::startOfLocalDay({2026, 3, 12});
    request.windowEnd = IsoDate::endOfLocalDay({2026, 3, 16});
    QCOMPARE(RetestPlanning::clashes(mine, request, {mine, sameGroup, otherGroup}),
             QStringList{u"Beta — round 4 (2026-03-10 → 2026-03-14)"_s});
    request.windowStart = IsoDate::startOfLocalDay({2026, 3, 15});
    QVERIFY(RetestPlanning::clashes(mine, request, {sameGroup}).isEmpty());
}

QTEST_GUILESS_MAIN(TestRetestModels)
#include "TestRetestModels.moc"
