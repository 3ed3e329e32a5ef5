// The rounds panel and the request/update dialogs against the in-process sandbox: the exact bodies that
// reach the server, what cannot be picked, and the doubt path after a lost answer.
#include "Screenshots.h"
#include "TestZones.h"
#include "tests/support/RetestSandbox.h"

#include "api/SsapiClient.h"
#include "models/ProjectCodec.h"
#include "models/RetestRoundListModel.h"
#include "models/VulnerabilityPickerModel.h"
#include "ui/common/Dialogs.h"
#include "ui/common/UtcDateEdit.h"
#include "ui/retest/IcsFileSaver.h"
#include "ui/retest/RequestRetestDialog.h"
#include "ui/retest/RetestRoundsPanel.h"
#include "ui/retest/UpdateRoundDialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ForgeDeskTest;
using namespace ForgeDeskTest::RetestFixtures;

class TestRetestDialogs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void requestSendsExactBody();
    void onlyRetestStatusCanBePicked();
    void validationAndWarnings();
    void timeoutRoundExistsIsNotSentTwice();
    void timeoutRoundAbsentOffersToSendAgain();
    void closedConnectionIsCheckedNotResent();
    void serverErrorIsShownWithoutCheck();
    void updateSendsOnlyChangedDates();
    void panelExportsIcs();

private:
    RetestRoundsPanel* showPanel(const QString& projectId);
    RequestRetestDialog* openRequestDialog(RetestRoundsPanel* panel);
    static void checkRow(RequestRetestDialog* dialog, const QString& search);
    int roundsOnServer(const QString& id) const
    {
        return int(m_sandbox->storedProject(id).facts().retestRounds.size());
    }

    std::unique_ptr<RetestSandbox> m_sandbox;
    std::unique_ptr<RetestRoundsPanel> m_panel;
};

void TestRetestDialogs::initTestCase()
{
    Dialogs::setTestMode(true);
}

void TestRetestDialogs::init()
{
    Dialogs::setTestMode(true);
    Dialogs::inform(nullptr, {}, {}); // test mode shows nothing; this clears lastMessage()
    m_sandbox = std::make_unique<RetestSandbox>();
}

void TestRetestDialogs::cleanup()
{
    m_panel.reset();
    m_sandbox.reset();
}

RetestRoundsPanel* TestRetestDialogs::showPanel(const QString& projectId)
{
    m_panel = std::make_unique<RetestRoundsPanel>(m_sandbox->client.get());
    m_panel->resize(1000, 500);
    m_panel->setProject(m_sandbox->storedProject(projectId));
    m_panel->show();
    return m_panel.get();
}

RequestRetestDialog* TestRetestDialogs::openRequestDialog(RetestRoundsPanel* panel)
{
    panel->activateWindow();
    if (!QTest::qWaitForWindowActive(panel))
        return nullptr;
    QTest::keyClick(panel, Qt::Key_N, Qt::ControlModifier); // the panel's shortcut, as people use it
    auto* dialog = panel->findChild<RequestRetestDialog*>();
    if (!dialog)
        return nullptr;
    auto* model = dialog->vulnerabilityModel();
    if (!QTest::qWaitFor([model] { return model->rowCount() == 5; }, 5000))
        return nullptr;
    return dialog;
}

void TestRetestDialogs::checkRow(RequestRetestDialog* dialog, const QString& search)
{
    auto* searchEdit = dialog->findChild<QLineEdit*>(u"searchEdit"_s);
    auto* view = dialog->findChild<QTableView*>(u"vulnerabilityView"_s);
    searchEdit->clear();
    QTest::keyClicks(searchEdit, search);
    QCOMPARE(view->model()->rowCount(), 1);
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Space);
    searchEdit->clear();
}

void TestRetestDialogs::requestSendsExactBody()
{
    RetestRoundsPanel* panel = showPanel(kProject);
    QAbstractItemModelTester tester(panel->roundsModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(panel->roundsModel()->rowCount(), 1);
    RequestRetestDialog* dialog = openRequestDialog(panel);
    QVERIFY(dialog);
    QAbstractItemModelTester pickerTester(dialog->vulnerabilityModel(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto* start = dialog->findChild<UtcDateEdit*>(u"startEdit"_s);
    auto* end = dialog->findChild<UtcDateEdit*>(u"endEdit"_s);
    QCOMPARE(start->accessibleName(), u"Window start"_s);
    QCOMPARE(end->accessibleName(), u"Window end"_s);
    QCOMPARE(end->utcValue(), QString()); // "Not set": open-ended unless picked
    const QDate first = QDate::currentDate().addDays(7);
    const QDate last = QDate::currentDate().addDays(11);
    start->setDate(first);
    end->setDate(last);
    checkRow(dialog, u"IDOR"_s);
    checkRow(dialog, u"SQL injection"_s);
    Screenshots::shoot(dialog, u"request-retest"_s, {1280, 800});
    Screenshots::shoot(dialog, u"request-retest"_s, {1024, 700});

    auto* send = dialog->findChild<QPushButton*>(u"sendButton"_s);
    QVERIFY(send->isEnabled());
    QSignalSpy refreshed(panel, &RetestRoundsPanel::projectRefreshed);
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_COMPARE(refreshed.size(), 1);

    const auto posts = m_sandbox->requests("POST", u"/retest/request"_s);
    QCOMPARE(posts.size(), 1);
    QCOMPARE(posts.at(0).path, u"/api/ss/project/%1/retest/request"_s.arg(kProject));
    const QJsonObject expected{{u"retesting_window_start"_s, TestZones::startOfDay(first)},
                               {u"retesting_window_end"_s, TestZones::endOfDay(last)},
                               {u"vulnerability_ids"_s, QJsonArray{u"a-v1"_s, u"a-v5"_s}}};
    QCOMPARE(bodyJson(posts.at(0)), expected);
    QCOMPARE(panel->roundsModel()->rowCount(), 2);
    QCOMPARE(roundsOnServer(kProject), 2);
    Screenshots::shoot(panel, u"retest-rounds-panel"_s, {1280, 800});
    Screenshots::shoot(panel, u"retest-rounds-panel"_s, {1024, 700});
}

void TestRetestDialogs::onlyRetestStatusCanBePicked()
{
    RetestRoundsPanel* panel = showPanel(kProject);
    RequestRetestDialog* dialog = openRequestDialog(panel);
    QVERIFY(dialog);
    auto* view = dialog->findChild<QTableView*>(u"vulnerabilityView"_s);
    auto* searchEdit = dialog->findChild<QLineEdit*>(u"searchEdit"_s);
    // Not marked ready, and closed: shown, disabled, with the reason; space does nothing.
    for (const QString& search : {u"Verbose"_s, u"TLS"_s}) {
        searchEdit->clear();
        QTest::keyClicks(searchEdit, search);
        QCOMPARE(view->model()->rowCount(), 1);
        const QModelIndex index = view->model()->index(0, 0);
        QVERIFY(!(index.flags() & Qt::ItemIsEnabled));
        QVERIFY(index.data(Qt::ToolTipRole).toString().startsWith(u"Cannot be retested"_s));
        view->setFocus();
        view->setCurrentIndex(index);
        QTest::keyClick(view, Qt::Key_Space);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    }
    QVERIFY(dialog->vulnerabilityModel()->checkedIds().isEmpty());

    // Select all (with the search cleared) picks the three in Retest status and nothing else.
    searchEdit->clear();
    auto* selectAll = dialog->findChild<QCheckBox*>(u"selectAllCheck"_s);
    QTest::mouseClick(selectAll, Qt::LeftButton);
    QCOMPARE(dialog->vulnerabilityModel()->checkedIds(), (QStringList{u"a-v1"_s, u"a-v3"_s, u"a-v5"_s}));
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"sendButton"_s), Qt::LeftButton);
    QTRY_COMPARE(m_sandbox->requests("POST", u"/retest/request"_s).size(), 1);
    const QJsonArray sent = bodyJson(m_sandbox->requests("POST", u"/retest/request"_s).at(0))
                                .value(u"vulnerability_ids"_s)
                                .toArray();
    QCOMPARE(sent, (QJsonArray{u"a-v1"_s, u"a-v3"_s, u"a-v5"_s}));
}

void TestRetestDialogs::validationAndWarnings()
{
    Project p = m_sandbox->storedProject(kProject);
    p.setValue(ProjectFields::IsOnHold, u"Yes"_s);
    p.setValue(ProjectFields::Features, QJsonObject{{u"retesting"_s, QJsonObject{{u"enabled"_s, false}}}});
    RetestRound open = RetestFixtures::round(2, u"Requested"_s, QDate::currentDate().addDays(2), {});
    p.facts().retestRounds.append(open);
    m_sandbox->server->putProject(ProjectCodec::toReadJson(p));
    RetestRoundsPanel* panel = showPanel(kProject);
    RequestRetestDialog* dialog = openRequestDialog(panel);
    QVERIFY(dialog);
    auto* send = dialog->findChild<QPushButton*>(u"sendButton"_s);
    auto* issues = dialog->findChild<QLabel*>(u"issuesLabel"_s);
    auto* warnings = dialog->findChild<QLabel*>(u"warningsLabel"_s);
    QVERIFY(!send->isEnabled());
    QVERIFY(issues->text().contains(u"pick at least one"_s));
    checkRow(dialog, u"IDOR"_s);
    QVERIFY(send->isEnabled());

    auto* start = dialog->findChild<UtcDateEdit*>(u"startEdit"_s);
    auto* end = dialog->findChild<UtcDateEdit*>(u"endEdit"_s);
    start->setDate(QDate::currentDate().addDays(10));
    end->setDate(QDate::currentDate().addDays(5));
    QVERIFY(!send->isEnabled());
    QVERIFY(issues->text().contains(u"must not be before"_s));
    end->setDate(QDate::currentDate().addDays(12));
    QVERIFY(send->isEnabled());
    // Warnings never block: on hold, retesting disabled, overlap with open-ended round 2.
    QVERIFY(warnings->text().contains(u"on hold"_s));
    QVERIFY(warnings->text().contains(u"Retesting is disabled"_s));
    QVERIFY(warnings->text().contains(u"overlaps open retest round 2"_s));
    QVERIFY(!warnings->text().contains(u"past"_s));
    start->setDate(QDate::currentDate().addDays(-3));
    QVERIFY(warnings->text().contains(u"starts in the past"_s));
    QVERIFY(send->isEnabled());
    Screenshots::shoot(dialog, u"request-retest-warnings"_s, {1024, 700});
}

void TestRetestDialogs::timeoutRoundExistsIsNotSentTwice()
{
    m_sandbox->client = m_sandbox->newClient(700);
    RetestRoundsPanel* panel = showPanel(kProject);
    RequestRetestDialog* dialog = openRequestDialog(panel);
    QVERIFY(dialog);
    checkRow(dialog, u"IDOR"_s);
    const RetestRequest sent = dialog->request();
    // The server applies the request, then its answer is lost (the request hangs until the client gives up).
    m_sandbox->server->addFault({FaultKind::Hang, 1, "POST", {}, 1});
    connect(m_sandbox->server.get(), &SandboxServer::requestReceived, this,
            [this, sent](const RecordedRequest& r) {
                if (r.method != "POST")
                    return;
                Project p = m_sandbox->storedProject(kProject);
                RetestRound created = RetestFixtures::round(2, u"Requested"_s, {}, {}, 1);
                created.windowStart = sent.windowStart;
                created.windowEnd = sent.windowEnd;
                p.facts().retestRounds.append(created);
                m_sandbox->server->putProject(ProjectCodec::toReadJson(p));
            });
    QSignalSpy requested(dialog, &RequestRetestDialog::retestRequested);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"sendButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(requested.size(), 1, 10000);
    QVERIFY(Dialogs::lastMessage().contains(u"round 2"_s));
    QVERIFY(Dialogs::lastMessage().contains(u"Nothing was sent again"_s));
    QCOMPARE(m_sandbox->requests("POST", u"/retest/request"_s).size(), 1);
    QCOMPARE(m_sandbox->requests("GET", u"/project/"_s + kProject).size() >= 1, true);
    QCOMPARE(roundsOnServer(kProject), 2);
    QTRY_COMPARE(panel->roundsModel()->rowCount(), 2);
}

void TestRetestDialogs::timeoutRoundAbsentOffersToSendAgain()
{
    m_sandbox->client = m_sandbox->newClient(700);
    RetestRoundsPanel* panel = showPanel(kProject);
    RequestRetestDialog* dialog = openRequestDialog(panel);
    QVERIFY(dialog);
    checkRow(dialog, u"SQL"_s);
    m_sandbox->server->addFault({FaultKind::Hang, 1, "POST", {}, 1});
    Dialogs::setNextAnswer(QMessageBox::No); // first: do not send again yet
    auto* send = dialog->findChild<QPushButton*>(u"sendButton"_s);
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(Dialogs::lastMessage().contains(u"Send it again?"_s), 10000);
    QVERIFY(Dialogs::lastMessage().contains(u"not created"_s));
    QCOMPARE(m_sandbox->requests("POST", u"/retest/request"_s).size(), 1);
    QCOMPARE(roundsOnServer(kProject), 1);
    QVERIFY(dialog->isVisible());
    QTRY_VERIFY(send->isEnabled());
    QCOMPARE(send->text(), u"&Send again"_s);
    QVERIFY(dialog->findChild<QLabel*>(u"statusLabel"_s)->text().contains(u"not created"_s));

    // The person chooses to send again: one more POST, one round.
    QSignalSpy requested(dialog, &RequestRetestDialog::retestRequested);
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_COMPARE(requested.size(), 1);
    QCOMPARE(m_sandbox->requests("POST", u"/retest/request"_s).size(), 2);
    QCOMPARE(roundsOnServer(kProject), 2);
}

void TestRetestDialogs::closedConnectionIsCheckedNotResent()
{
    // The server applies the POST, then drops the connection before answering. The client never resends
    // the POST (not even QtNetwork on its own), so the failure leaves doubt: the panel checks, finds the
    // round, and says so without sending again.
    RetestRoundsPanel* panel = showPanel(kProject);
    RequestRetestDialog* dialog = openRequestDialog(panel);
    QVERIFY(dialog);
    checkRow(dialog, u"XSS"_s);
    const RetestRequest sent = dialog->request();
    m_sandbox->server->addFault({FaultKind::CloseConnection, 1, "POST", {}, 1});
    bool applied = false;
    connect(m_sandbox->server.get(), &SandboxServer::requestReceived, this, [&](const RecordedRequest& r) {
        if (r.method != "POST" || applied)
            return;
        applied = true;
        Project p = m_sandbox->storedProject(kProject);
        RetestRound created = RetestFixtures::round(2, u"Requested"_s, {}, {}, 1);
        created.windowStart = sent.windowStart;
        created.windowEnd = sent.windowEnd;
        p.facts().retestRounds.append(created);
        m_sandbox->server->putProject(ProjectCodec::toReadJson(p));
    });
    QSignalSpy status(panel, &RetestRoundsPanel::statusMessagePosted);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"sendButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(Dialogs::lastMessage().contains(u"Nothing was sent again"_s), 10000);
    QVERIFY(Dialogs::lastMessage().contains(u"round 2"_s));
    QCOMPARE(m_sandbox->requests("POST", u"/retest/request"_s).size(), 1);
    QCOMPARE(roundsOnServer(kProject), 2);
}

void TestRetestDialogs::serverErrorIsShownWithoutCheck()
{
    RetestRoundsPanel* panel = showPanel(kProject);
    RequestRetestDialog* dialog = openRequestDialog(panel);
    QVERIFY(dialog);
    checkRow(dialog, u"SQL"_s);
    m_sandbox->server->addFault({FaultKind::Status500, 1, "POST", {}, 1});
    const int getsBefore = int(m_sandbox->requests("GET", u"/project/"_s + kProject).size());
    auto* status = dialog->findChild<QLabel*>(u"statusLabel"_s);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"sendButton"_s), Qt::LeftButton);
    QTRY_VERIFY(status->text().startsWith(u"The retest was not requested"_s));
    QCOMPARE(m_sandbox->requests("POST", u"/retest/request"_s).size(), 1); // never retried automatically
    QCOMPARE(int(m_sandbox->requests("GET", u"/project/"_s + kProject).size()), getsBefore);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QPushButton*>(u"sendButton"_s)->isEnabled());
}

void TestRetestDialogs::updateSendsOnlyChangedDates()
{
    RetestRoundsPanel* panel = showPanel(kProject);
    QTableView* view = panel->roundsView();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QVERIFY(panel->updateRoundAction()->isEnabled());
    panel->updateRoundAction()->trigger();
    auto* dialog = panel->findChild<UpdateRoundDialog*>();
    QVERIFY(dialog);
    auto* requested = dialog->findChild<UtcDateEdit*>(u"requestedEdit"_s);
    auto* completed = dialog->findChild<UtcDateEdit*>(u"completedEdit"_s);
    auto* send = dialog->findChild<QPushButton*>(u"sendButton"_s);
    QCOMPARE(requested->accessibleName(), u"Requested date"_s);
    QVERIFY(!requested->utcValue().isEmpty()); // from the server
    QCOMPARE(completed->utcValue(), QString());
    QVERIFY(!send->isEnabled()); // nothing changed
    Screenshots::shoot(dialog, u"update-round"_s, {1024, 700});

    const QDate done = QDate::currentDate().addDays(-11);
    completed->setDate(done);
    QVERIFY(send->isEnabled());
    QSignalSpy refreshed(panel, &RetestRoundsPanel::projectRefreshed);
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_COMPARE(refreshed.size(), 1);
    const auto puts = m_sandbox->requests("PUT", u"/retest/1"_s);
    QCOMPARE(puts.size(), 1);
    QCOMPARE(puts.at(0).path, u"/api/ss/project/%1/retest/1"_s.arg(kProject));
    QCOMPARE(bodyJson(puts.at(0)), (QJsonObject{{u"completed_date"_s, TestZones::startOfDay(done)}}));
    const int row = panel->roundsModel()->rowOfRound(1);
    QCOMPARE(panel->roundsModel()->index(row, RetestRoundListModel::CompletedColumn).data().toString(),
             done.toString(Qt::ISODate));
}

void TestRetestDialogs::panelExportsIcs()
{
    RetestRoundsPanel* panel = showPanel(kProject);
    QTemporaryDir dir;
    const QString file = dir.filePath(u"p.ics"_s);
    IcsFileSaver::setNextFileName(file);
    QSignalSpy status(panel, &RetestRoundsPanel::statusMessagePosted);
    panel->exportIcsAction()->trigger();
    QCOMPARE(status.size(), 1);
    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray ics = saved.readAll();
    QVERIFY(ics.contains(QByteArray("UID:" + kProject.toUtf8() + "-retest-1@forgedesk")));
    QVERIFY(ics.contains(QByteArray("UID:" + kProject.toUtf8() + "-project@forgedesk")));
}

QTEST_MAIN(TestRetestDialogs)
#include "TestRetestDialogs.moc"
