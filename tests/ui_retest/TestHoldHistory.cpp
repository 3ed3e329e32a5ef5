// The Status section's hold history (project_hold_history): a read-only table, newest first.
#include "tests/support/RetestFixtures.h"

#include "ui/editor/HoldHistoryTable.h"
#include "ui/editor/ProjectForm.h"

#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ForgeDeskTest;

class TestHoldHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void statusSectionShowsHoldHistory();
};

void TestHoldHistory::statusSectionShowsHoldHistory()
{
    qputenv("TZ", "UTC");
    ProjectForm form;
    form.resize(1000, 700);
    form.show();
    auto* table = form.findChild<QTableWidget*>(u"holdHistoryTable"_s);
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 0);
    Project p = RetestFixtures::project(u"p1"_s, u"Payments API"_s, {2026, 3, 1}, {2026, 3, 31});
    p.facts().holdHistory = {{u"On Hold"_s, u"Client freeze"_s, u"2026-03-02T12:00:00.000Z"_s},
                             {u"Off Hold"_s, u"Back on"_s, u"2026-03-10T12:00:00.000Z"_s}};
    form.setValues(p);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), u"Off Hold"_s); // newest first
    QCOMPARE(table->item(0, 1)->text(), u"Back on"_s);
    QCOMPARE(table->item(1, 0)->text(), u"On Hold"_s);
    QCOMPARE(table->item(1, 1)->text(), u"Client freeze"_s);
    QVERIFY(!table->item(1, 2)->text().isEmpty());
    QCOMPARE(table->editTriggers(), QAbstractItemView::NoEditTriggers);
    QCOMPARE(table->accessibleName(), u"Hold history"_s);
    // It lives in the Status section.
    form.showSection(ProjectSection::Status);
    QVERIFY(table->isVisible());
}

QTEST_MAIN(TestHoldHistory)
#include "TestHoldHistory.moc"
