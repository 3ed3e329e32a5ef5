// The fault matrix: every UI path that talks to the server (loading the list, opening a project, saving
// it, requesting a retest, updating a round), driven through the real window against the sandbox with
// every fault the sandbox can inject. Each cell checks that the UI names what failed, nothing crashes,
// what the user typed or picked is still there, the retest POST is sent exactly once, and GET/PUT are
// retried only on 429/502/503 and dropped connections. The matrix is printed as a table at the end.
#include "tests/support/MainWindowFixture.h"

#include "tests/support/RetestFixtures.h"

#include "models/ProjectCodec.h"
#include "models/VulnerabilityPickerModel.h"
#include "ui/common/Dialogs.h"
#include "ui/common/UtcDateEdit.h"
#include "ui/editor/DiffPreviewDialog.h"
#include "ui/editor/FieldEditor.h"
#include "ui/editor/ProjectEditor.h"
#include "ui/editor/ProjectForm.h"
#include "ui/main/ProjectListView.h"
#include "ui/retest/RequestRetestDialog.h"
#include "ui/retest/RetestRoundsPanel.h"
#include "ui/retest/UpdateRoundDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ForgeDeskTest;

namespace {

enum class UiPath
{
    LoadList,
    OpenProject,
    SaveProject,
    RequestRetest,
    UpdateRound
};

const QString kProject = RetestFixtures::kProject;
const QString kProjectPath = u"/api/ss/project/"_s + kProject;

struct PathInfo
{
    const char* name;
    QByteArray method;
    QString pathPattern; // the request the fault is put on
    bool retryable;      // GET/PUT: idempotent; the retest POST never is
};

PathInfo info(UiPath path)
{
    switch (path) {
    case UiPath::LoadList:
        return {"load list", "GET", u"^/api/ss/projects$"_s, true};
    case UiPath::OpenProject:
        return {"open project", "GET", u"^"_s + kProjectPath + u"$"_s, true};
    case UiPath::SaveProject:
        return {"save project", "PUT", u"^"_s + kProjectPath + u"$"_s, true};
    case UiPath::RequestRetest:
        return {"request retest", "POST", u"^"_s + kProjectPath + u"/retest/request$"_s, false};
    case UiPath::UpdateRound:
        return {"update round", "PUT", u"^"_s + kProjectPath + u"/retest/1$"_s, true};
    }
    return {};
}

struct FaultInfo
{
    const char* name;
    FaultKind kind;
    QString shownAs; // what the message must say about the failure
    bool transient;  // the retry rules: 429, 502 (the HTML page), 503 and dropped connections
};

const QList<FaultInfo> kFaults = {
    {"500", FaultKind::Status500, u"HTTP 500"_s, false},
    {"503", FaultKind::Status503, u"HTTP 503"_s, true},
    {"429", FaultKind::RateLimited429, u"HTTP 429"_s, true},
    {"401", FaultKind::Unauthorized401, u"HTTP 401"_s, false},
    {"timeout", FaultKind::Hang, u"did not answer in time"_s, false},
    {"malformed", FaultKind::MalformedJson, u"could not be read"_s, false},
    {"html", FaultKind::HtmlError, u"HTTP 502"_s, true},
    {"closed", FaultKind::CloseConnection, u"closed"_s, true},
};

const QList<UiPath> kPaths = {UiPath::LoadList, UiPath::OpenProject, UiPath::SaveProject,
                              UiPath::RequestRetest, UiPath::UpdateRound};

// Short back-offs and timeout keep the whole matrix well under two minutes.
constexpr int kRetries = 1;
constexpr int kTimeoutMs = 1500;

} // namespace

class TestUiFaultMatrix : public QObject
{
    Q_OBJECT
private:
    // Cell texts for the table: "<requests>× ok", or "FAIL" when a check of that cell failed.
    QMap<QString, QString> m_cells;

    static int matching(const SandboxServer& server, const PathInfo& p)
    {
        const QRegularExpression re(p.pathPattern);
        int n = 0;
        for (const RecordedRequest& r : server.requests())
            n += r.method == p.method && re.match(r.path).hasMatch() ? 1 : 0;
        return n;
    }

    // Everything the window shows as text now, plus every status-bar message shown during the cell
    // (they expire after a few seconds, which a loaded machine may outlast).
    static QString shownText(MainWindowFixture& f, const QStringList& statusMessages)
    {
        QStringList texts = statusMessages;
        for (QLabel* label : f.window.findChildren<QLabel*>()) {
            if (label->isVisible())
                texts.append(label->text());
        }
        return texts.join(u'\n');
    }

    static void checkRow(RequestRetestDialog* dialog, const QString& search)
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

    static void typeName(MainWindowFixture& f, const QString& text)
    {
        FieldEditor* name = f.window.editor()->form()->editor(u"name"_s);
        auto* line = qobject_cast<QLineEdit*>(name->inputWidget());
        QVERIFY(line);
        f.window.editor()->form()->focusField(u"name"_s);
        QTest::keyClick(line, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(line, text);
        QCOMPARE(line->text(), text);
    }

    static QString nameText(MainWindowFixture& f)
    {
        return qobject_cast<QLineEdit*>(f.window.editor()->form()->editor(u"name"_s)->inputWidget())->text();
    }

private Q_SLOTS:
    void initTestCase() { MainWindowFixture::prepareEnvironment(); }

    void cell_data()
    {
        QTest::addColumn<int>("path");
        QTest::addColumn<int>("fault");
        for (int p = 0; p < kPaths.size(); ++p) {
            for (int k = 0; k < kFaults.size(); ++k)
                QTest::addRow("%s / %s", info(kPaths.at(p)).name, kFaults.at(k).name) << p << k;
        }
    }

    void cell()
    {
        QFETCH(int, path);
        QFETCH(int, fault);
        const UiPath uiPath = kPaths.at(path);
        const PathInfo p = info(uiPath);
        const FaultInfo& k = kFaults.at(fault);
        const QString cellKey = QString::fromLatin1(p.name) + u'|' + QString::fromLatin1(k.name);
        m_cells.insert(cellKey, u"FAIL"_s);
        Dialogs::setTestMode(true);

        MainWindowFixture f(4); // a few demo projects besides ours keep each cell quick
        f.client->setRetryPolicy({kRetries, 10, 50, 5000});
        // A project whose rounds and vulnerabilities are known, besides the demo set.
        f.server->putProject(
            ProjectCodec::toReadJson(RetestFixtures::makeProject(kProject, u"Zebra fault project"_s)));
        f.server->setVulnerabilities(kProject, RetestFixtures::vulnerabilitiesJson(u"a-"_s));
        // Transient: no offline copy, so a failed load shows the failure rather than a cached list.
        f.session.connectProfile(f.profile(true), kApiKey);
        QTRY_COMPARE(f.session.state(), SessionController::State::Online);
        f.window.projectList()->selectProject(kProject);
        QTRY_COMPARE(f.window.editor()->loadedProject().id(), kProject);
        RetestRoundsPanel* panel = f.window.retestPanel();
        QStringList statusMessages;
        QObject listening; // goes before the list does: no message lands in a destroyed list
        connect(f.window.statusBar(), &QStatusBar::messageChanged, &listening,
                [&statusMessages](const QString& text) { statusMessages.append(text); });

        // Get each path up to the moment it sends, with something typed or picked that must survive.
        QString whatFailed; // the UI's words for the operation
        RequestRetestDialog* requestDialog = nullptr;
        UpdateRoundDialog* roundDialog = nullptr;
        const QDate first = QDate::currentDate().addDays(7);
        const QDate last = QDate::currentDate().addDays(11);
        const QDate done = QDate::currentDate().addDays(-11);
        const int roundsBefore = int(f.storedProject(kProject).facts().retestRounds.size());
        switch (uiPath) {
        case UiPath::LoadList:
            QTest::keyClicks(f.window.projectList()->filterEdit(), u"Zebra"_s);
            QCOMPARE(f.window.projectList()->tableView()->model()->rowCount(), 1);
            whatFailed = u"connection failed"_s;
            break;
        case UiPath::OpenProject:
            typeName(f, u"Edited before reload"_s);
            whatFailed = u"Could not reload the project"_s;
            break;
        case UiPath::SaveProject:
            typeName(f, u"Edited and saved"_s);
            whatFailed = u"not saved"_s;
            break;
        case UiPath::RequestRetest: {
            panel->newRetestAction()->trigger();
            QTRY_VERIFY((requestDialog = panel->findChild<RequestRetestDialog*>()));
            QTRY_COMPARE(requestDialog->vulnerabilityModel()->rowCount(), 5);
            requestDialog->findChild<UtcDateEdit*>(u"startEdit"_s)->setDate(first);
            requestDialog->findChild<UtcDateEdit*>(u"endEdit"_s)->setDate(last);
            checkRow(requestDialog, u"IDOR"_s);
            whatFailed = u"retest was not"_s;
            break;
        }
        case UiPath::UpdateRound: {
            auto* rounds = panel->findChild<QTableView*>(u"roundsView"_s);
            QTRY_VERIFY(rounds->model()->rowCount() > 0);
            rounds->setCurrentIndex(rounds->model()->index(0, 0));
            panel->updateRoundAction()->trigger();
            QTRY_VERIFY((roundDialog = panel->findChild<UpdateRoundDialog*>()));
            roundDialog->findChild<UtcDateEdit*>(u"completedEdit"_s)->setDate(done);
            whatFailed = u"round was not updated"_s;
            break;
        }
        }

        f.server->clearRequests();
        f.server->addFault({k.kind, 0, p.method, p.pathPattern, 1}); // every attempt fails
        f.client->setTimeout(kTimeoutMs);

        // Send, and wait until the UI has settled on the failure.
        const QString failureShown = whatFailed;
        auto failed = [&] {
            const QString text = shownText(f, statusMessages);
            return text.contains(failureShown) && text.contains(k.shownAs);
        };
        switch (uiPath) {
        case UiPath::LoadList:
            f.session.reload();
            QTRY_VERIFY_WITH_TIMEOUT(f.session.state() == SessionController::State::Failed, 20000);
            break;
        case UiPath::OpenProject:
            panel->refreshAction()->trigger();
            break;
        case UiPath::SaveProject: {
            f.window.editor()->saveAction()->trigger();
            DiffPreviewDialog* preview = nullptr;
            QTRY_VERIFY((preview = f.window.editor()->findChild<DiffPreviewDialog*>()));
            QTRY_VERIFY(preview->isVisible());
            QTest::mouseClick(preview->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save),
                              Qt::LeftButton);
            break;
        }
        case UiPath::RequestRetest: {
            auto* send = requestDialog->findChild<QPushButton*>(u"sendButton"_s);
            QVERIFY(send->isEnabled());
            QTest::mouseClick(send, Qt::LeftButton);
            // After a doubtful failure the dialog checks the rounds and then offers to send again.
            QTRY_VERIFY_WITH_TIMEOUT(!requestDialog->isBusy(), 20000);
            break;
        }
        case UiPath::UpdateRound: {
            auto* send = roundDialog->findChild<QPushButton*>(u"sendButton"_s);
            QVERIFY(send->isEnabled());
            QTest::mouseClick(send, Qt::LeftButton);
            break;
        }
        }
        QTRY_VERIFY2_WITH_TIMEOUT(failed(), qPrintable(shownText(f, statusMessages)), 20000);

        // The UI reports a failure only once the call has given up, so the count is final here.
        const int sent = matching(*f.server, p);
        // QtNetwork itself sends a GET/PUT once more when the connection drops before any answer (see
        // TestSandboxFaults), so each of the client's attempts reaches a dropping server twice.
        const int perAttempt = k.kind == FaultKind::CloseConnection && p.retryable ? 2 : 1;
        const int expected = (p.retryable && k.transient ? 1 + kRetries : 1) * perAttempt;
        QCOMPARE(sent, expected);

        // What the user typed or picked is still there, and the window still works.
        switch (uiPath) {
        case UiPath::LoadList:
            QCOMPARE(f.window.projectList()->filterEdit()->text(), u"Zebra"_s);
            QCOMPARE(f.window.projectList()->tableView()->model()->rowCount(), 1);
            QVERIFY(
                f.window.findChild<QLabel*>(u"connectionLabel"_s)->text().contains(u"connection failed"_s));
            break;
        case UiPath::OpenProject:
            QCOMPARE(nameText(f), u"Edited before reload"_s);
            QVERIFY(f.window.editor()->hasUnsavedChanges());
            break;
        case UiPath::SaveProject:
            QCOMPARE(nameText(f), u"Edited and saved"_s);
            QVERIFY(f.window.editor()->hasUnsavedChanges());
            QVERIFY(f.window.editor()->saveAction()->isEnabled());
            QTRY_VERIFY(f.drafts.contains(u"test-profile"_s, kProject));
            QCOMPARE(f.storedProject(kProject).name(), u"Zebra fault project"_s);
            break;
        case UiPath::RequestRetest:
            QVERIFY(requestDialog->isVisible());
            QCOMPARE(requestDialog->findChild<UtcDateEdit*>(u"startEdit"_s)->date(), first);
            QCOMPARE(requestDialog->findChild<UtcDateEdit*>(u"endEdit"_s)->date(), last);
            QCOMPARE(requestDialog->request().vulnerabilityIds, QStringList{u"a-v5"_s});
            QVERIFY(requestDialog->findChild<QPushButton*>(u"sendButton"_s)->isEnabled());
            QCOMPARE(int(f.storedProject(kProject).facts().retestRounds.size()), roundsBefore);
            break;
        case UiPath::UpdateRound:
            QVERIFY(roundDialog->isVisible());
            QCOMPARE(roundDialog->findChild<UtcDateEdit*>(u"completedEdit"_s)->date(), done);
            QVERIFY(roundDialog->findChild<QPushButton*>(u"sendButton"_s)->isEnabled());
            break;
        }
        m_cells.insert(cellKey, u"%1× ok"_s.arg(sent));
    }

    void cleanupTestCase()
    {
        // The matrix: one line per UI path, one column per fault; each cell is the number of requests
        // the sandbox received for the faulted call, or FAIL.
        QString header = u"%1"_s.arg(u"fault matrix"_s, -16);
        for (const FaultInfo& k : kFaults)
            header += u" | %1"_s.arg(QString::fromLatin1(k.name), -9);
        qInfo().noquote() << header;
        for (UiPath path : kPaths) {
            const QString name = QString::fromLatin1(info(path).name);
            QString line = u"%1"_s.arg(name, -16);
            for (const FaultInfo& k : kFaults)
                line += u" | %1"_s.arg(m_cells.value(name + u'|' + QString::fromLatin1(k.name), u"-"_s), -9);
            qInfo().noquote() << line;
        }
    }
};

QTEST_MAIN(TestUiFaultMatrix)
#include "TestUiFaultMatrix.moc"
