// Bulk retest requests against the sandbox with faults injected for some projects (matched by path):
// each project's result, "Retry failed" resending only those, Stop, and the doubt path; and the findings
// picked per project in the expanded tree, by keyboard, down to the exact POST body of each project.
#include "Screenshots.h"
#include "TestZones.h"
#include "tests/support/RetestSandbox.h"

#include "api/SsapiClient.h"
#include "models/BulkRetestModel.h"
#include "models/ProjectCodec.h"
#include "ui/common/Dialogs.h"
#include "ui/common/UtcDateEdit.h"
#include "ui/retest/BulkRetestDialog.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace ForgeDeskTest;
using namespace ForgeDeskTest::RetestFixtures;
using State = BulkRetestModel::State;

class TestBulkRetest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void reportsEachProjectAndRetriesOnlyFailed();
    void timeoutIsCheckedBeforeRetry();
    void stopLeavesTheRestUnstarted();
    void droppedAnswerIsCheckedNotResent();
    void findingsArePickedPerProject();

private:
    QList<Project> projects() const
    {
        return {m_sandbox->storedProject(kProject), m_sandbox->storedProject(kOther),
                m_sandbox->storedProject(kEmpty)};
    }
    int posts(const QString& id) const
    {
        return int(m_sandbox->requests("POST", u"/project/%1/retest/request"_s.arg(id)).size());
    }
    int roundsOnServer(const QString& id) const
    {
        return int(m_sandbox->storedProject(id).facts().retestRounds.size());
    }

    std::unique_ptr<RetestSandbox> m_sandbox;
};

void TestBulkRetest::init()
{
    Dialogs::setTestMode(true);
    m_sandbox = std::make_unique<RetestSandbox>();
}

void TestBulkRetest::cleanup()
{
    m_sandbox.reset();
}

void TestBulkRetest::reportsEachProjectAndRetriesOnlyFailed()
{
    BulkRetestDialog dialog(m_sandbox->client.get(), projects());
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.show();
    const QDate first = QDate::currentDate().addDays(3);
    const QDate last = QDate::currentDate().addDays(6);
    dialog.findChild<UtcDateEdit*>(u"startEdit"_s)->setDate(first);
    dialog.findChild<UtcDateEdit*>(u"endEdit"_s)->setDate(last);
    m_sandbox->server->addFault(
        {FaultKind::Status500, 1, "POST", u"/project/%1/retest/request"_s.arg(kOther), 1});

    QSignalSpy finished(&dialog, &BulkRetestDialog::runFinished);
    QTest::mouseClick(dialog.findChild<QPushButton*>(u"startButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    const BulkRetestModel* model = dialog.model();
    QCOMPARE(model->row(0).state, State::Succeeded);
    QVERIFY(model->row(0).message.contains(u"retest requested"_s));
    QCOMPARE(model->row(0).vulnerabilityCount, 3);
    QCOMPARE(model->row(1).state, State::Failed);
    QVERIFY(!model->row(1).message.isEmpty());
    QCOMPARE(model->row(2).state, State::Skipped);
    QCOMPARE(model->row(2).message, u"No vulnerability in Retest status"_s);
    QCOMPARE(posts(kProject), 1);
    QCOMPARE(posts(kOther), 1);
    QCOMPARE(posts(kEmpty), 0);
    const QJsonObject expected{{u"retesting_window_start"_s, TestZones::startOfDay(first)},
                               {u"retesting_window_end"_s, TestZones::endOfDay(last)},
                               {u"vulnerability_ids"_s, QJsonArray{u"a-v1"_s, u"a-v3"_s, u"a-v5"_s}}};
    QCOMPARE(bodyJson(m_sandbox->requests("POST", kProject).at(0)), expected);
    Screenshots::shoot(&dialog, u"bulk-retest"_s, {1280, 800});
    Screenshots::shoot(&dialog, u"bulk-retest"_s, {1024, 700});

    auto* retry = dialog.findChild<QPushButton*>(u"retryButton"_s);
    QVERIFY(retry->isEnabled());
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QCOMPARE(model->row(1).state, State::Succeeded);
    QCOMPARE(posts(kProject), 1); // not resent
    QCOMPARE(posts(kOther), 2);
    QCOMPARE(posts(kEmpty), 0);
    QCOMPARE(roundsOnServer(kProject), 2);
    QCOMPARE(roundsOnServer(kOther), 2);
    QVERIFY(!retry->isEnabled());
}

void TestBulkRetest::timeoutIsCheckedBeforeRetry()
{
    m_sandbox->client = m_sandbox->newClient(700);
    BulkRetestDialog dialog(m_sandbox->client.get(), projects());
    dialog.show();
    m_sandbox->server->addFault(
        {FaultKind::Hang, 1, "POST", u"/project/%1/retest/request"_s.arg(kProject), 1});
    QSignalSpy finished(&dialog, &BulkRetestDialog::runFinished);
    QTest::mouseClick(dialog.findChild<QPushButton*>(u"startButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(15000));
    // The hang was not applied: the check finds no round, so the row failed and says so.
    QCOMPARE(dialog.model()->row(0).state, State::Failed);
    QVERIFY(dialog.model()->row(0).message.contains(u"not created"_s));
    QVERIFY(m_sandbox->requests("GET", u"/project/"_s + kProject).size() >= 1);
    QCOMPARE(dialog.model()->row(1).state, State::Succeeded);
    QCOMPARE(roundsOnServer(kProject), 1);

    QTest::mouseClick(dialog.findChild<QPushButton*>(u"retryButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QCOMPARE(dialog.model()->row(0).state, State::Succeeded);
    QCOMPARE(posts(kProject), 2);
    QCOMPARE(posts(kOther), 1);
    QCOMPARE(roundsOnServer(kProject), 2);
}

void TestBulkRetest::stopLeavesTheRestUnstarted()
{
    BulkRetestDialog dialog(m_sandbox->client.get(), projects());
    dialog.show();
    QSignalSpy finished(&dialog, &BulkRetestDialog::runFinished);
    QTest::mouseClick(dialog.findChild<QPushButton*>(u"startButton"_s), Qt::LeftButton);
    auto* stop = dialog.findChild<QPushButton*>(u"cancelButton"_s);
    QVERIFY(stop->isEnabled());
    QTest::mouseClick(stop, Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QCOMPARE(dialog.model()->row(0).state, State::Succeeded); // already started: it finishes
    QCOMPARE(dialog.model()->row(1).state, State::Cancelled);
    QCOMPARE(dialog.model()->row(2).state, State::Cancelled);
    QCOMPARE(posts(kOther), 0);
}

void TestBulkRetest::droppedAnswerIsCheckedNotResent()
{
    BulkRetestDialog dialog(m_sandbox->client.get(), {m_sandbox->storedProject(kProject)});
    dialog.show();
    // Applied, then the connection drops before the answer: the POST is not resent, the row is checked.
    m_sandbox->server->addFault({FaultKind::CloseConnection, 1, "POST", {}, 1});
    bool applied = false;
    connect(m_sandbox->server.get(), &SandboxServer::requestReceived, this, [&](const RecordedRequest& r) {
        if (r.method != "POST" || applied)
            return;
        applied = true;
        const RetestRequest sent = RetestRequest::fromJson(bodyJson(r));
        Project p = m_sandbox->storedProject(kProject);
        RetestRound created = RetestFixtures::round(2, u"Requested"_s, {}, {}, 1);
        created.windowStart = sent.windowStart;
        created.windowEnd = sent.windowEnd;
        p.facts().retestRounds.append(created);
        m_sandbox->server->putProject(ProjectCodec::toReadJson(p));
    });
    QSignalSpy finished(&dialog, &BulkRetestDialog::runFinished);
    QSignalSpy refreshed(&dialog, &BulkRetestDialog::projectRefreshed);
    QTest::mouseClick(dialog.findChild<QPushButton*>(u"startButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QCOMPARE(posts(kProject), 1);
    QCOMPARE(dialog.model()->row(0).state, State::Succeeded);
    QVERIFY2(dialog.model()->row(0).message.contains(u"Round 2 exists"_s),
             qPrintable(dialog.model()->row(0).message));
    QCOMPARE(refreshed.size(), 1);
}

void TestBulkRetest::findingsArePickedPerProject()
{
    // A fourth project whose findings are looked at and left as they are.
    const QString kPortal = u"5e7c29afa3362408cf502a44"_s;
    m_sandbox->server->putProject(ProjectCodec::toReadJson(makeProject(kPortal, u"Partner portal"_s)));
    m_sandbox->server->setVulnerabilities(kPortal, vulnerabilitiesJson(u"d-"_s));
    BulkRetestDialog dialog(m_sandbox->client.get(),
                            {m_sandbox->storedProject(kProject), m_sandbox->storedProject(kOther),
                             m_sandbox->storedProject(kEmpty), m_sandbox->storedProject(kPortal)});
    BulkRetestModel* model = dialog.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QDate first = QDate::currentDate().addDays(3);
    const QDate last = QDate::currentDate().addDays(6);
    dialog.findChild<UtcDateEdit*>(u"startEdit"_s)->setDate(first);
    dialog.findChild<UtcDateEdit*>(u"endEdit"_s)->setDate(last);
    auto* view = dialog.findChild<QTreeView*>(u"projectsView"_s);
    QVERIFY(view);
    QCOMPARE(view->accessibleName(), u"Projects and their findings"_s);
    view->setFocus();
    view->setCurrentIndex(model->index(0, 0));
    auto key = [view](Qt::Key k) { QTest::keyClick(view, k); };
    auto ticks = [model](int project) {
        QStringList out;
        const QModelIndex parent = model->index(project, 0);
        for (int i = 0; i < model->rowCount(parent); ++i) {
            const QModelIndex f = model->index(i, 0, parent);
            out << f.data(BulkRetestModel::VulnerabilityIdRole).toString() + u'=' +
                       (f.data(Qt::CheckStateRole).toInt() == Qt::Checked ? u"on"_s : u"off"_s);
        }
        return out;
    };

    // Payments API: Right expands it to its findings in Retest status, all ticked; Space unticks one.
    key(Qt::Key_Right);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(model->index(0, 0)), 3, 10000);
    QVERIFY(view->isExpanded(model->index(0, 0)));
    QCOMPARE(ticks(0), (QStringList{u"a-v1=on"_s, u"a-v3=on"_s, u"a-v5=on"_s}));
    key(Qt::Key_Down);
    key(Qt::Key_Down);
    QCOMPARE(view->currentIndex().data(BulkRetestModel::VulnerabilityIdRole).toString(), u"a-v3"_s);
    QCOMPARE(view->currentIndex().data(Qt::AccessibleTextRole).toString(),
             u"ALT-a-v3 · Stored XSS in comments, High, in Payments API"_s);
    key(Qt::Key_Space);
    QCOMPARE(ticks(0), (QStringList{u"a-v1=on"_s, u"a-v3=off"_s, u"a-v5=on"_s}));
    QCOMPARE(model->index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));
    QCOMPARE(model->index(0, BulkRetestModel::VulnerabilitiesColumn).data().toString(), u"2 of 3"_s);
    QCOMPARE(model->index(0, 0).data(Qt::AccessibleTextRole).toString(),
             u"Payments API, 2 of 3 findings ticked"_s);

    // Mobile banking: every finding unticked, so the project is left out.
    key(Qt::Key_Down); // a-v5
    key(Qt::Key_Down); // Mobile banking
    QCOMPARE(view->currentIndex(), model->index(1, 0));
    key(Qt::Key_Right);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(model->index(1, 0)), 3, 10000);
    for (int i = 0; i < 3; ++i) {
        key(Qt::Key_Down);
        key(Qt::Key_Space);
    }
    QCOMPARE(ticks(1), (QStringList{u"b-v1=off"_s, u"b-v3=off"_s, u"b-v5=off"_s}));
    QCOMPARE(model->index(1, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(!model->row(1).included);

    // Intranet stays collapsed (nothing of it is in Retest status); Partner portal is looked at only.
    key(Qt::Key_Down); // Intranet
    key(Qt::Key_Down); // Partner portal
    QCOMPARE(view->currentIndex(), model->index(3, 0));
    key(Qt::Key_Right);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(model->index(3, 0)), 3, 10000);
    QCOMPARE(ticks(3), (QStringList{u"d-v1=on"_s, u"d-v3=on"_s, u"d-v5=on"_s}));
    Screenshots::shoot(&dialog, u"bulk-retest-findings"_s, {1280, 800});

    QSignalSpy finished(&dialog, &BulkRetestDialog::runFinished);
    auto* start = dialog.findChild<QPushButton*>(u"startButton"_s);
    QVERIFY(start->isEnabled());
    QTest::mouseClick(start, Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    // Ticks cannot change once the run has started.
    QVERIFY(!(model->flags(model->index(0, 0, model->index(0, 0))) & Qt::ItemIsUserCheckable));

    const QString windowStart = TestZones::startOfDay(first);
    const QString windowEnd = TestZones::endOfDay(last);
    auto expected = [&](const QStringList& ids) {
        return QJsonObject{{u"retesting_window_start"_s, windowStart},
                           {u"retesting_window_end"_s, windowEnd},
                           {u"vulnerability_ids"_s, QJsonArray::fromStringList(ids)}};
    };
    QCOMPARE(posts(kProject), 1);
    QCOMPARE(bodyJson(m_sandbox->requests("POST", kProject).at(0)), expected({u"a-v1"_s, u"a-v5"_s}));
    QCOMPARE(posts(kOther), 0);
    QCOMPARE(posts(kEmpty), 0);
    QCOMPARE(posts(kPortal), 1);
    QCOMPARE(bodyJson(m_sandbox->requests("POST", kPortal).at(0)),
             expected({u"d-v1"_s, u"d-v3"_s, u"d-v5"_s}));
    QCOMPARE(model->row(0).state, State::Succeeded);
    QCOMPARE(model->row(0).vulnerabilityCount, 2);
    QCOMPARE(model->row(1).state, State::Skipped);
    QCOMPARE(model->row(1).message, u"No finding ticked"_s);
    QCOMPARE(model->row(2).state, State::Skipped);
    QCOMPARE(model->row(2).message, u"No vulnerability in Retest status"_s);
    QCOMPARE(model->row(3).state, State::Succeeded);
    // The round on the server holds exactly the ticked findings.
    const QList<RetestRound> rounds = m_sandbox->storedProject(kProject).facts().retestRounds;
    QCOMPARE(rounds.size(), 2);
}

QTEST_MAIN(TestBulkRetest)
#include "TestBulkRetest.moc"
