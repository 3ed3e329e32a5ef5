// Cancelling and completing retest rounds from the rounds panel against the in-process sandbox: the
// confirmation, the exact POST that reaches the server (once, never resent), what a closed round
// offers, and the re-read after a lost answer.
#include "tests/support/RetestSandbox.h"

#include "api/SsapiClient.h"
#include "models/CalendarIndex.h"
#include "models/ProjectCodec.h"
#include "models/RetestRoundListModel.h"
#include "ui/common/Dialogs.h"
#include "ui/retest/RetestRoundsPanel.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace ForgeDeskTest;
using namespace ForgeDeskTest::RetestFixtures;

class TestRetestRounds : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void closedRoundOffersNeither();
    void cancelAsksThenPostsOnce();
    void answeringNoSendsNothing();
    void completeFromContextMenu();
    void timeoutAppliedIsReportedNotResent();
    void droppedNotAppliedSaysNotCancelled();
    void serverRefusalIsShownWithoutCheck();

private:
    RetestRoundsPanel* showPanel();
    void selectRound(int number);
    QString roundStatusOnServer(int number) const;
    void applyOnServer(int number, const QString& status);
    QList<RecordedRequest> posts() const { return m_sandbox->requests("POST", u"/retest/"_s); }

    std::unique_ptr<RetestSandbox> m_sandbox;
    std::unique_ptr<RetestRoundsPanel> m_panel;
};

void TestRetestRounds::init()
{
    Dialogs::setTestMode(true);
    Dialogs::inform(nullptr, {}, {}); // clears lastMessage()
    m_sandbox = std::make_unique<RetestSandbox>();
    // Round 2 is open: window 1–5 March 2030 (round 1 is Completed).
    Project p = m_sandbox->storedProject(kProject);
    p.facts().retestRounds.append(
        RetestFixtures::round(2, u"Requested"_s, QDate(2030, 3, 1), QDate(2030, 3, 5), 2));
    m_sandbox->server->putProject(ProjectCodec::toReadJson(p));
}

void TestRetestRounds::cleanup()
{
    m_panel.reset();
    m_sandbox.reset();
}

RetestRoundsPanel* TestRetestRounds::showPanel()
{
    m_panel = std::make_unique<RetestRoundsPanel>(m_sandbox->client.get());
    m_panel->resize(1100, 500);
    m_panel->setProject(m_sandbox->storedProject(kProject));
    m_panel->show();
    return m_panel.get();
}

void TestRetestRounds::selectRound(int number)
{
    auto* view = m_panel->roundsView();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        if (index.data(RetestRoundListModel::RoundNumberRole).toInt() == number) {
            view->setFocus();
            view->setCurrentIndex(index);
            return;
        }
    }
    QFAIL("round not shown");
}

QString TestRetestRounds::roundStatusOnServer(int number) const
{
    const Project p = m_sandbox->storedProject(kProject);
    for (const RetestRound& r : p.facts().retestRounds) {
        if (r.number == number)
            return r.status;
    }
    return {};
}

void TestRetestRounds::applyOnServer(int number, const QString& status)
{
    Project p = m_sandbox->storedProject(kProject);
    for (RetestRound& r : p.facts().retestRounds) {
        if (r.number == number)
            r.status = status;
    }
    m_sandbox->server->putProject(ProjectCodec::toReadJson(p));
}

void TestRetestRounds::closedRoundOffersNeither()
{
    RetestRoundsPanel* panel = showPanel();
    auto* cancel = panel->findChild<QToolButton*>(u"cancelRoundButton"_s);
    auto* complete = panel->findChild<QToolButton*>(u"completeRoundButton"_s);
    QVERIFY(cancel && complete);
    QCOMPARE(cancel->accessibleName(), u"Cancel round"_s);
    selectRound(1); // Completed
    QVERIFY(!panel->cancelRoundAction()->isEnabled());
    QVERIFY(!panel->completeRoundAction()->isEnabled());
    selectRound(2); // Requested
    QVERIFY(panel->cancelRoundAction()->isEnabled());
    QVERIFY(panel->completeRoundAction()->isEnabled());
    // Triggering on a closed round sends nothing, even if something calls the action anyway.
    selectRound(1);
    panel->cancelRoundAction()->trigger();
    QVERIFY(m_sandbox->sendMarkerAndWait()); // a POST the trigger started would have arrived first
    QCOMPARE(posts().size(), 0);
}

void TestRetestRounds::cancelAsksThenPostsOnce()
{
    RetestRoundsPanel* panel = showPanel();
    selectRound(2);
    QSignalSpy refreshed(panel, &RetestRoundsPanel::projectRefreshed);
    Dialogs::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(panel->findChild<QToolButton*>(u"cancelRoundButton"_s), Qt::LeftButton);
    // The confirmation names the round, its window and the project.
    QCOMPARE(Dialogs::lastMessage(),
             u"Cancel retest round 2 (window 2030-03-01 – 2030-03-05) of Payments API? The round stays in "
             "the history as Cancelled."_s);
    QTRY_COMPARE(posts().size(), 1);
    const RecordedRequest post = posts().first();
    QCOMPARE(post.path, u"/api/ss/project/5e7c29afa3362408cf502a11/retest/2/cancel"_s);
    QCOMPARE(post.body, QByteArray("{}"));
    // The table and (through projectRefreshed) the calendar show it at once, before the re-read.
    QTRY_VERIFY(refreshed.size() >= 1);
    const Project first = refreshed.first().first().value<Project>();
    CalendarIndex calendar;
    calendar.setProjects({first});
    const QList<CalendarEntry> onDay = calendar.entriesOn(QDate(2030, 3, 2));
    QCOMPARE(onDay.size(), 1);
    QCOMPARE(onDay.first().status, u"Cancelled"_s);
    QTRY_COMPARE(panel->roundsModel()->rounds().at(panel->roundsModel()->rowOfRound(2)).status,
                 u"Cancelled"_s);
    QCOMPARE(roundStatusOnServer(2), u"Cancelled"_s);
    QTRY_VERIFY(m_sandbox->requests("GET", u"/project/"_s + kProject).size() >= 1); // re-read afterwards
    selectRound(2);
    QVERIFY(!panel->cancelRoundAction()->isEnabled());
    QVERIFY(!panel->completeRoundAction()->isEnabled());
    QVERIFY(m_sandbox->sendMarkerAndWait()); // a second POST (from the re-read's answer) would be in by now
    QCOMPARE(posts().size(), 1);
}

void TestRetestRounds::answeringNoSendsNothing()
{
    RetestRoundsPanel* panel = showPanel();
    selectRound(2);
    Dialogs::setNextAnswer(QMessageBox::No);
    panel->completeRoundAction()->trigger();
    QVERIFY(Dialogs::lastMessage().startsWith(u"Mark retest round 2 (window "_s));
    QVERIFY(m_sandbox->sendMarkerAndWait()); // the answer was given synchronously; a POST would be in
    QCOMPARE(posts().size(), 0);
    QCOMPARE(roundStatusOnServer(2), u"Requested"_s);
}

void TestRetestRounds::completeFromContextMenu()
{
    RetestRoundsPanel* panel = showPanel();
    auto* view = panel->roundsView();
    selectRound(2);
    const QRect rect = view->visualRect(view->currentIndex());
    Q_EMIT view->customContextMenuRequested(rect.center());
    auto* menu = panel->findChild<QMenu*>(u"roundsContextMenu"_s);
    QVERIFY(menu);
    QVERIFY(menu->actions().contains(panel->cancelRoundAction()));
    QVERIFY(menu->actions().contains(panel->completeRoundAction()));
    QVERIFY(panel->completeRoundAction()->isEnabled());
    Dialogs::setNextAnswer(QMessageBox::Yes);
    panel->completeRoundAction()->trigger();
    menu->close();
    QTRY_COMPARE(posts().size(), 1);
    QCOMPARE(posts().first().path, u"/api/ss/project/5e7c29afa3362408cf502a11/retest/2/complete"_s);
    QTRY_COMPARE(roundStatusOnServer(2), u"Completed"_s);
    QTRY_COMPARE(panel->roundsModel()->rounds().at(panel->roundsModel()->rowOfRound(2)).status,
                 u"Completed"_s);
}

void TestRetestRounds::timeoutAppliedIsReportedNotResent()
{
    m_sandbox->client = m_sandbox->newClient(700);
    RetestRoundsPanel* panel = showPanel();
    selectRound(2);
    // The server applies the POST, then its answer never comes (the client gives up).
    m_sandbox->server->addFault({FaultKind::Hang, 1, "POST", {}, 1});
    connect(m_sandbox->server.get(), &SandboxServer::requestReceived, this, [this](const RecordedRequest& r) {
        if (r.method == "POST")
            applyOnServer(2, u"Completed"_s);
    });
    QSignalSpy status(panel, &RetestRoundsPanel::statusMessagePosted);
    Dialogs::setNextAnswer(QMessageBox::Yes);
    panel->completeRoundAction()->trigger();
    // The status names what happened (other messages, such as the re-read's, may follow it).
    auto said = [&status](const QString& part) {
        return std::any_of(status.begin(), status.end(), [&part](const QVariantList& args) {
            return args.first().toString().contains(part);
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(said(u"Nothing was sent again"_s), 10000);
    QVERIFY(
        said(u"The server did not answer, but round 2 is now Completed: it was completed. Nothing was sent "
             "again."_s));
    QCOMPARE(posts().size(), 1);
    QVERIFY(m_sandbox->requests("GET", u"/project/"_s + kProject).size() >= 1);
    QTRY_COMPARE(panel->roundsModel()->rounds().at(panel->roundsModel()->rowOfRound(2)).status,
                 u"Completed"_s);
    QVERIFY(!panel->cancelRoundAction()->isEnabled());
}

void TestRetestRounds::droppedNotAppliedSaysNotCancelled()
{
    RetestRoundsPanel* panel = showPanel();
    selectRound(2);
    m_sandbox->server->addFault({FaultKind::CloseConnection, 1, "POST", {}, 1});
    Dialogs::setNextAnswer(QMessageBox::Yes);
    panel->cancelRoundAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(
        Dialogs::lastMessage().contains(u"round 2 is still Requested, so it was not cancelled"_s), 10000);
    QVERIFY(Dialogs::lastMessage().contains(u"Nothing was sent again"_s));
    QCOMPARE(posts().size(), 1);
    QVERIFY(m_sandbox->requests("GET", u"/project/"_s + kProject).size() >= 1);
    QCOMPARE(roundStatusOnServer(2), u"Requested"_s);
    QTRY_VERIFY(panel->cancelRoundAction()->isEnabled()); // the person may try again, deliberately
}

void TestRetestRounds::serverRefusalIsShownWithoutCheck()
{
    RetestRoundsPanel* panel = showPanel();
    selectRound(2);
    m_sandbox->server->addFault({FaultKind::Status500, 1, "POST", {}, 1});
    Dialogs::setNextAnswer(QMessageBox::Yes);
    panel->cancelRoundAction()->trigger();
    QTRY_VERIFY(Dialogs::lastMessage().startsWith(
        u"Retest round 2 was not cancelled: The server had an error (HTTP 500)"_s));
    QCOMPARE(posts().size(), 1);
    QCOMPARE(m_sandbox->requests("GET", u"/project/"_s + kProject).size(), 0);
}

QTEST_MAIN(TestRetestRounds)
#include "TestRetestRounds.moc"
