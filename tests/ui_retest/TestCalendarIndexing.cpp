// The calendar's index is built off the GUI thread for large lists (CalendarIndexer): after a reload
// (F5) and after a filter change the calendar shows the right bars, batches of a loading list land in
// order, and a result asked for before a newer reload or filter is never shown.
#include "tests/support/RetestFixtures.h"

#include "models/CalendarIndexer.h"
#include "models/ProjectSummary.h"
#include "ui/retest/RetestCalendarView.h"
#include "ui/retest/RetestMonthGrid.h"

#include <QCheckBox>
#include <QInputDialog>
#include <QListView>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ForgeDeskTest::RetestFixtures;

namespace {

ProjectSummary summary(const QString& id, QDate start, QDate end, bool onHold = false)
{
    return ProjectSummary::fromProject(project(id, u"Project "_s + id, start, end, {u"g1"_s}, onHold));
}

// `count` projects "<prefix>0".."<prefix>N" spanning 2026-03-02 … 2026-03-27.
QList<ProjectSummary> many(const QString& prefix, int count, bool onHold = false)
{
    QList<ProjectSummary> out;
    for (int i = 0; i < count; ++i)
        out.append(summary(prefix + QString::number(i), {2026, 3, 2}, {2026, 3, 27}, onHold));
    return out;
}

QStringList projectIdsOn(const CalendarIndex& index, QDate day)
{
    QStringList ids;
    for (const CalendarEntry& e : index.entriesOn(day))
        ids.append(e.projectId);
    ids.sort();
    return ids;
}

QStringList dayListTexts(RetestCalendarView& view)
{
    QStringList out;
    const QAbstractItemModel* items = view.dayList()->model();
    for (int i = 0; i < items->rowCount(); ++i)
        out.append(items->index(i, 0).data().toString().section(u'\n', 0, 0));
    out.sort();
    return out;
}

} // namespace

class TestCalendarIndexing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reloadShowsNewBars();
    void filterChangeShowsRightBars();
    void batchesWhileRebuildingLandOnce();
    void staleBuildsAreDropped();
    void smallListsIndexAtOnce();
    void viewSeesEveryRowAfterBatches();
    void namesAreRankedOnTheWorkerOnceBatchesStop();
};

void TestCalendarIndexing::namesAreRankedOnTheWorkerOnceBatchesStop()
{
    CalendarIndexer indexer;
    indexer.setSynchronousLimit(0);
    indexer.setToday({2026, 3, 10});
    const auto named = [](const QString& id, const QString& name) {
        return ProjectSummary::fromProject(project(id, name, {2026, 3, 2}, {2026, 3, 27}));
    };
    indexer.addProjects({named(u"p0"_s, u"Wayne"_s), named(u"p1"_s, u"acme"_s)});
    indexer.addProjects({named(u"p2"_s, u"ACME"_s), named(u"p3"_s, u"Globex"_s)});
    QTRY_VERIFY(!indexer.isBuilding());
    QVERIFY(!indexer.index().hasNameRanks());                        // not while batches may still come
    QTRY_VERIFY(indexer.index().hasNameRanks());                     // then on the worker
    QCOMPARE(indexer.index().nameRanks(), (QList<int>{2, 0, 0, 1})); // one range entry per project
    const quint64 ranked = indexer.index().revision();
    // A filter change rebuilds on the worker, ranks included.
    CalendarIndex::Filter noOnHold; // none is on hold: the same entries, in a new index
    noOnHold.includeOnHold = false;
    indexer.setFilter(noOnHold);
    QTRY_VERIFY(indexer.index().revision() != ranked);
    QVERIFY(indexer.index().hasNameRanks());
    QCOMPARE(indexer.index().nameRanks(), (QList<int>{2, 0, 0, 1}));
}

void TestCalendarIndexing::reloadShowsNewBars()
{
    RetestCalendarView view;
    view.indexer()->setSynchronousLimit(0);
    view.setToday({2026, 3, 10});
    view.show(); // a hidden calendar catches up when shown
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setProjects(QList<ProjectSummary>{summary(u"old"_s, {2026, 3, 9}, {2026, 3, 12})}, {});
    QTRY_VERIFY(!view.indexer()->isBuilding());
    QCOMPARE(dayListTexts(view), QStringList{u"Project old"_s});

    // F5: the main window hands over the reloaded list; the old project's bar goes, the new one shows.
    view.setProjects(QList<ProjectSummary>{summary(u"new"_s, {2026, 3, 10}, {2026, 3, 20})}, {});
    QVERIFY(view.indexer()->isBuilding());
    QTRY_VERIFY(!view.indexer()->isBuilding());
    QCOMPARE(projectIdsOn(view.index(), {2026, 3, 10}), QStringList{u"new"_s});
    QCOMPARE(projectIdsOn(view.index(), {2026, 3, 9}), QStringList{});
    QCOMPARE(dayListTexts(view), QStringList{u"Project new"_s});
}

void TestCalendarIndexing::filterChangeShowsRightBars()
{
    RetestCalendarView view;
    view.indexer()->setSynchronousLimit(0);
    view.setToday({2026, 3, 10});
    view.show(); // a hidden calendar catches up when shown
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setProjects(QList<ProjectSummary>{summary(u"running"_s, {2026, 3, 9}, {2026, 3, 12}),
                                           summary(u"held"_s, {2026, 3, 9}, {2026, 3, 12}, true)},
                     {});
    QTRY_VERIFY(!view.indexer()->isBuilding());
    QCOMPARE(projectIdsOn(view.index(), {2026, 3, 10}), (QStringList{u"held"_s, u"running"_s}));

    auto* onHold = view.findChild<QCheckBox*>(u"onHoldCheck"_s);
    QVERIFY(onHold && onHold->isChecked());
    onHold->setChecked(false);
    QTRY_VERIFY(!view.indexer()->isBuilding());
    QCOMPARE(projectIdsOn(view.index(), {2026, 3, 10}), QStringList{u"running"_s});
    QCOMPARE(dayListTexts(view), QStringList{u"Project running"_s});

    onHold->setChecked(true);
    QTRY_VERIFY(!view.indexer()->isBuilding());
    QCOMPARE(dayListTexts(view), (QStringList{u"Project held"_s, u"Project running"_s}));
}

void TestCalendarIndexing::batchesWhileRebuildingLandOnce()
{
    CalendarIndexer indexer;
    indexer.setSynchronousLimit(0);
    indexer.setToday({2026, 3, 10});
    indexer.addProjects(many(u"a"_s, 300));
    indexer.addProjects(many(u"b"_s, 300, true));
    CalendarIndex::Filter noOnHold;
    noOnHold.includeOnHold = false;
    indexer.setFilter(noOnHold); // asked for while both batches are on the worker
    indexer.addProjects(many(u"c"_s, 200));
    indexer.addProjects(many(u"d"_s, 200, true));
    QTRY_VERIFY(!indexer.isBuilding());

    QCOMPARE(indexer.index().projectCount(), 1000);
    const QStringList ids = projectIdsOn(indexer.index(), {2026, 3, 10});
    QCOMPARE(ids.size(), 500); // a0…a299 and c0…c199, each once; no on-hold project
    QCOMPARE(ids.count(u"a0"_s), 1);
    QCOMPARE(ids.count(u"c199"_s), 1);
    QCOMPARE(ids.count(u"b0"_s), 0);
    QCOMPARE(ids.count(u"d0"_s), 0);
}

void TestCalendarIndexing::staleBuildsAreDropped()
{
    CalendarIndexer indexer;
    indexer.setSynchronousLimit(0);
    indexer.setToday({2026, 3, 10});
    QSignalSpy changed(&indexer, &CalendarIndexer::indexChanged);
    QList<QStringList> shown; // what the index held each time it said it changed
    connect(&indexer, &CalendarIndexer::indexChanged, this, [&] {
        shown.append(projectIdsOn(indexer.index(), {2026, 3, 10}));
    });

    // A large first list, a filter change and a reload, all asked for before any build is done.
    indexer.setProjects(many(u"first"_s, 2000));
    CalendarIndex::Filter noRanges;
    noRanges.showProjectRanges = false;
    indexer.setFilter(noRanges);
    indexer.setFilter({});
    indexer.setProjects(QList<ProjectSummary>{summary(u"latest"_s, {2026, 3, 9}, {2026, 3, 12})});
    QTRY_VERIFY(!indexer.isBuilding());

    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toBool(), true);
    QCOMPARE(shown, QList<QStringList>{QStringList{u"latest"_s}});
    QCOMPARE(indexer.index().projectCount(), 1);
}

void TestCalendarIndexing::smallListsIndexAtOnce()
{
    CalendarIndexer indexer; // the default limit: a short list is never waited for
    indexer.setToday({2026, 3, 10});
    indexer.setProjects(many(u"p"_s, 3));
    QVERIFY(!indexer.isBuilding());
    QCOMPARE(projectIdsOn(indexer.index(), {2026, 3, 10}), (QStringList{u"p0"_s, u"p1"_s, u"p2"_s}));
}

// The view keeps no copy of the rows: what it offers (the project picker of a retest request) is the
// indexer's list, which must hold every batch and every update, in order.
void TestCalendarIndexing::viewSeesEveryRowAfterBatches()
{
    RetestCalendarView view;
    view.indexer()->setSynchronousLimit(0);
    view.setToday({2026, 3, 10});
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.addProjects(many(u"a"_s, 2));
    view.addProjects(many(u"b"_s, 2));
    view.updateProject(summary(u"c"_s, {2026, 3, 1}, {2026, 3, 31}));       // not listed yet: appended
    ProjectSummary renamed = summary(u"a1"_s, {2026, 3, 2}, {2026, 3, 27}); // listed: replaced in place
    renamed.name = u"Renamed"_s;
    view.updateProject(renamed);
    QTRY_VERIFY(!view.indexer()->isBuilding());
    QCOMPARE(view.index().projectCount(), 5);

    RetestMonthGrid* grid = view.monthGrid();
    grid->setFocus();
    grid->setSelectedDay({2026, 3, 10});
    view.dayList()->clearSelection();
    QTest::keyClick(grid, Qt::Key_Return);
    auto* picker = view.findChild<QInputDialog*>(u"projectPicker"_s);
    QVERIFY(picker);
    QCOMPARE(picker->comboBoxItems(),
             (QStringList{u"Project a0 (PRO)"_s, u"Renamed (PRO)"_s, u"Project b0 (PRO)"_s,
                          u"Project b1 (PRO)"_s, u"Project c (PRO)"_s}));
    picker->reject();
}

QTEST_MAIN(TestCalendarIndexing)
#include "TestCalendarIndexing.moc"
