// BulkRetestModel alone (no widget, no network): inclusion, states, and the findings tree under each
// project (loaded on demand, ticked by default, the project's box following them).
#include "tests/support/RetestFixtures.h"

#include "models/BulkRetestModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ForgeDeskTest::RetestFixtures;

class TestBulkRetestModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bulkModel();
    void bulkModelFindingsPerProject();
};

void TestBulkRetestModel::bulkModel()
{
    BulkRetestModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setProjects({project(u"a"_s, u"Alpha"_s, {}, {}), project(u"b"_s, u"Beta"_s, {}, {})});
    QCOMPARE(model.rowCount(), 2);
    QSignalSpy inclusion(&model, &BulkRetestModel::inclusionChanged);
    QVERIFY(model.setData(model.index(1, 0), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(inclusion.size(), 1);
    QVERIFY(!model.row(1).included);
    QCOMPARE(model.index(1, BulkRetestModel::ResultColumn).data().toString(), u"Not included"_s);
    model.setLocked(true);
    QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsUserCheckable));
    QVERIFY(!model.setData(model.index(1, 0), Qt::Checked, Qt::CheckStateRole));
    model.setVulnerabilityCount(0, 4);
    model.setState(0, BulkRetestModel::State::Failed, u"Server error"_s);
    QCOMPARE(model.index(0, BulkRetestModel::VulnerabilitiesColumn).data().toInt(), 4);
    QCOMPARE(model.index(0, BulkRetestModel::ResultColumn).data().toString(), u"Failed"_s);
    QCOMPARE(model.index(0, BulkRetestModel::MessageColumn).data().toString(), u"Server error"_s);
}

void TestBulkRetestModel::bulkModelFindingsPerProject()
{
    BulkRetestModel model;
    model.setProjects({project(u"a"_s, u"Alpha"_s, {}, {}), project(u"b"_s, u"Beta"_s, {}, {})});
    QSignalSpy requested(&model, &BulkRetestModel::findingsRequested);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Until loaded a project is expandable, and expanding it asks for its findings once.
    const QModelIndex alpha = model.index(0, 0);
    QVERIFY(model.hasChildren(alpha));
    QCOMPARE(model.rowCount(alpha), 0);
    model.fetchMore(alpha); // (the tester may have done so already)
    QCOMPARE(std::count(requested.cbegin(), requested.cend(), QVariantList{u"a"_s}), 1);
    QVERIFY(!model.canFetchMore(alpha));
    model.fetchMore(alpha);
    QCOMPARE(std::count(requested.cbegin(), requested.cend(), QVariantList{u"a"_s}), 1);

    // Only the findings ready for retest are listed, all ticked.
    model.setFindings(u"a"_s, {vulnerability(u"v1"_s, u"SQL injection"_s, u"High"_s, u"Open"_s, true),
                               vulnerability(u"v2"_s, u"Not ready"_s, u"Low"_s, u"Open"_s, false),
                               vulnerability(u"v3"_s, u"XSS"_s, u"Medium"_s, u"Open"_s, true)});
    QCOMPARE(model.rowCount(alpha), 2);
    QCOMPARE(model.tickedIds(0), (QStringList{u"v1"_s, u"v3"_s}));
    QCOMPARE(model.index(0, 0, alpha).data().toString(), u"ALT-v1 · SQL injection"_s);
    QCOMPARE(model.index(0, BulkRetestModel::VulnerabilitiesColumn, alpha).data().toString(), u"High"_s);
    QCOMPARE(model.index(0, 0, alpha).parent(), alpha);
    QCOMPARE(alpha.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));

    // Unticking one leaves the project partly ticked; unticking both leaves it out.
    QSignalSpy inclusion(&model, &BulkRetestModel::inclusionChanged);
    QVERIFY(model.setData(model.index(1, 0, alpha), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(model.tickedIds(0), QStringList{u"v1"_s});
    QCOMPARE(alpha.data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));
    QCOMPARE(model.index(0, BulkRetestModel::VulnerabilitiesColumn).data().toString(), u"1 of 2"_s);
    QVERIFY(model.row(0).included);
    QVERIFY(model.setData(model.index(0, 0, alpha), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!model.row(0).included);
    QCOMPARE(alpha.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(inclusion.size(), 2);
    // Ticking the project ticks all its findings again.
    QVERIFY(model.setData(alpha, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(model.tickedIds(0), (QStringList{u"v1"_s, u"v3"_s}));
    QCOMPARE(alpha.data(Qt::AccessibleTextRole).toString(), u"Alpha, 2 of 2 findings ticked"_s);
    // A second answer does not undo the user's ticks.
    QVERIFY(model.setData(model.index(1, 0, alpha), Qt::Unchecked, Qt::CheckStateRole));
    model.setFindings(u"a"_s, {vulnerability(u"v9"_s, u"Other"_s, u"High"_s, u"Open"_s, true)});
    QCOMPARE(model.tickedIds(0), QStringList{u"v1"_s});

    // A failed load says so on the row and may be asked again; locked, nothing can be ticked.
    const QModelIndex beta = model.index(1, 0);
    model.fetchMore(beta);
    const auto askedForBeta = [&requested] {
        return std::count(requested.cbegin(), requested.cend(), QVariantList{u"b"_s});
    };
    const qsizetype before = askedForBeta();
    model.setFindingsFailed(u"b"_s, u"Could not load its findings: Server error"_s);
    QCOMPARE(model.index(1, BulkRetestModel::MessageColumn).data().toString(),
             u"Could not load its findings: Server error"_s);
    model.fetchMore(beta); // (or the tester, re-running on dataChanged, did)
    QCOMPARE(askedForBeta(), before + 1);
    model.setLocked(true);
    QVERIFY(!(model.flags(model.index(0, 0, alpha)) & Qt::ItemIsUserCheckable));
    QVERIFY(!model.setData(model.index(0, 0, alpha), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(model.tickedIds(0), QStringList{u"v1"_s});
}

QTEST_GUILESS_MAIN(TestBulkRetestModel)
#include "TestBulkRetestModel.moc"
