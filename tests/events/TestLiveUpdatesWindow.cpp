// The main window on a live sandbox: another client's PUT and retest request reach the list, the
// rounds panel and the open editor with no user action; unsaved edits are kept behind a banner whose
// Review opens the conflict view; a key without grants says so and F5 still works; the connection's
// private CA covers the events socket as it covers REST.

#include "tests/support/MainWindowFixture.h"
#include "tests/support/TlsTerminatingProxy.h"

#include "api/EventsClient.h"
#include "models/ProjectListModel.h"
#include "models/RetestRoundListModel.h"
#include "sandbox/EventsHub.h"
#include "sandbox/VulnerabilityCounts.h"
#include "tests/support/SandboxTestClient.h"
#include "ui/editor/ConflictDialog.h"
#include "ui/editor/FieldEditor.h"
#include "ui/editor/ProjectEditor.h"
#include "ui/editor/ProjectForm.h"
#include "ui/editor/ServerChangeBanner.h"
#include "ui/main/LiveUpdates.h"
#include "ui/main/ProjectListView.h"
#include "ui/retest/RetestRoundsPanel.h"

#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace ForgeDeskTest;

namespace {

QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

int requestsFor(const SandboxServer& server, const QByteArray& method, const QString& path)
{
    int n = 0;
    for (const RecordedRequest& r : server.requests())
        n += r.method == method && r.path == path;
    return n;
}

} // namespace

class TestLiveUpdatesWindow : public QObject
{
    Q_OBJECT

private:
    // Connected, the list loaded, the first project open and the events stream live.
    static void connectAndWait(MainWindowFixture& f)
    {
        f.session.connectProfile(f.profile(true), kApiKey);
        QTRY_COMPARE_WITH_TIMEOUT(f.session.state(), SessionController::State::Online, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!f.window.editor()->loadedProject().id().isEmpty(), 20000);
    }
    static LiveUpdates* live(MainWindowFixture& f)
    {
        return f.window.findChild<LiveUpdates*>(u"liveUpdates"_s);
    }
    static QLabel* liveLabel(MainWindowFixture& f)
    {
        return f.window.findChild<QLabel*>(u"liveUpdatesLabel"_s);
    }

private Q_SLOTS:
    void initTestCase() { MainWindowFixture::prepareEnvironment(); }

    void anotherClientsPutReachesTheListAndTheOpenEditor()
    {
        MainWindowFixture f;
        connectAndWait(f);
        QTRY_COMPARE_WITH_TIMEOUT(liveLabel(f)->text(), u"Live updates: on"_s, 20000);
        const QString id = f.window.projectList()->currentProjectId();
        QSignalSpy resets(f.window.projectList()->tableView()->model(), &QAbstractItemModel::modelReset);
        QSignalSpy layouts(f.window.projectList()->tableView()->model(), &QAbstractItemModel::layoutChanged);

        SandboxTestClient other(f.server->baseUrl(), kApiKey.toUtf8());
        QCOMPARE(
            other.send("PUT", u"/api/ss/project/"_s + id, json({{u"name"_s, u"Renamed by another client"_s}}))
                .status,
            200);
        QTRY_COMPARE_WITH_TIMEOUT(f.window.editor()->loadedProject().name(), u"Renamed by another client"_s,
                                  20000);
        QCOMPARE(f.window.findChild<ProjectListModel*>()->project(id)->name, u"Renamed by another client"_s);
        QCOMPARE(f.window.editor()->form()->editor(u"name"_s)->inputWidget()->property("text").toString(),
                 u"Renamed by another client"_s);
        QVERIFY(!f.window.editor()->hasUnsavedChanges());
        ServerChangeBanner* banner = f.window.editor()->serverChangeBanner();
        QVERIFY(banner->isVisible());
        QVERIFY(banner->textLabel()->text().startsWith(u"Changed on the server by Sandbox User at "_s));
        QVERIFY(!banner->reviewButton()->isVisible());
        QCOMPARE(f.window.projectList()->currentProjectId(), id); // the selection stayed
        QCOMPARE(resets.size(), 0);
    }

    void anotherClientsRetestRequestReachesTheRoundsPanel()
    {
        MainWindowFixture f;
        // A project with a finding ready for retest.
        QString id;
        QString vulnerabilityId;
        for (const QString& p : f.server->projectIds()) {
            for (const QJsonObject& v : f.server->vulnerabilities(p)) {
                if (!VulnerabilityCounts::isPending(v) &&
                    v.value(u"vulnerability_retest"_s).toString() == u"Yes"_s) {
                    id = p;
                    vulnerabilityId = v.value(u"vulnerability_id"_s).toString();
                    break;
                }
            }
            if (!id.isEmpty())
                break;
        }
        QVERIFY(!id.isEmpty());
        connectAndWait(f);
        f.window.projectList()->selectProject(id);
        QTRY_COMPARE_WITH_TIMEOUT(f.window.retestPanel()->project().id(), id, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(live(f)->client()->state() == EventsClient::State::Live, 20000);
        const int before = f.window.retestPanel()->roundsModel()->rowCount();
        const int roundsInList = int(f.window.findChild<ProjectListModel*>()->project(id)->rounds.size());

        SandboxTestClient other(f.server->baseUrl(), kApiKey.toUtf8());
        const QString start =
            QDateTime::currentDateTimeUtc().addDays(3).toString(u"yyyy-MM-ddT13:00:00.000Z"_s);
        const QString end =
            QDateTime::currentDateTimeUtc().addDays(10).toString(u"yyyy-MM-ddT12:59:59.999Z"_s);
        QCOMPARE(other
                     .send("POST", u"/api/ss/project/"_s + id + u"/retest/request"_s,
                           json({{u"retesting_window_start"_s, start},
                                 {u"retesting_window_end"_s, end},
                                 {u"vulnerability_ids"_s, QJsonArray{vulnerabilityId}}}))
                     .status,
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(f.window.retestPanel()->roundsModel()->rowCount(), before + 1, 20000);
        QCOMPARE(f.window.findChild<ProjectListModel*>()->project(id)->rounds.size(), roundsInList + 1);
        QCOMPARE(f.window.projectList()->currentProjectId(), id);
    }

    void unsavedEditsAreKeptBehindABannerWithReview()
    {
        MainWindowFixture f;
        connectAndWait(f);
        QTRY_VERIFY_WITH_TIMEOUT(live(f)->client()->state() == EventsClient::State::Live, 20000);
        ProjectEditor* editor = f.window.editor();
        const QString id = editor->loadedProject().id();
        auto* code = qobject_cast<QLineEdit*>(editor->form()->editor(u"code"_s)->inputWidget());
        QVERIFY(code);
        editor->form()->focusField(u"code"_s);
        QTest::keyClick(code, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(code, u"MY-EDIT"_s);
        QTRY_VERIFY(editor->hasUnsavedChanges());

        SandboxTestClient other(f.server->baseUrl(), kApiKey.toUtf8());
        QCOMPARE(
            other.send("PUT", u"/api/ss/project/"_s + id, json({{u"name"_s, u"Their new name"_s}})).status,
            200);
        ServerChangeBanner* banner = editor->serverChangeBanner();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
        QVERIFY(banner->textLabel()->text().startsWith(u"Changed on the server by Sandbox User at "_s));
        QVERIFY(banner->reviewButton()->isVisible());
        // Every local edit is still there, and the list shows the server's version.
        QVERIFY(editor->hasUnsavedChanges());
        QCOMPARE(code->text(), u"MY-EDIT"_s);
        QCOMPARE(f.window.findChild<ProjectListModel*>()->project(id)->name, u"Their new name"_s);

        QTest::mouseClick(banner->reviewButton(), Qt::LeftButton);
        ConflictDialog* conflict = nullptr;
        QTRY_VERIFY((conflict = editor->findChild<ConflictDialog*>()) && conflict->isVisible());
        QTreeWidget* tree = conflict->treeWidget();
        QVERIFY(tree->topLevelItemCount() >= 1);
        bool namesTheirField = false;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            for (int c = 0; c < tree->columnCount(); ++c)
                namesTheirField |= tree->topLevelItem(i)->text(c).contains(u"Their new name"_s);
        }
        QVERIFY(namesTheirField);
        // Reload: their name, my code.
        QTest::mouseClick(conflict->button(ConflictDialog::Choice::Reload), Qt::LeftButton);
        QTRY_COMPARE(editor->loadedProject().name(), u"Their new name"_s);
        QCOMPARE(code->text(), u"MY-EDIT"_s);
        QVERIFY(editor->hasUnsavedChanges());
    }

    void privateCaOfTheConnectionCoversTheEventsSocket()
    {
        // The tenant behind TLS with a certificate of the test CA, which the connection names as its
        // private CA: REST and the events socket both trust it, through SessionController alone.
        MainWindowFixture f;
        const QString tls = qEnvironmentVariable("FORGEDESK_TEST_DATA") + u"/tls/"_s;
        TlsTerminatingProxy proxy(tls + u"localhost-and-loopback.pem"_s, tls + u"server.key"_s,
                                  quint16(f.server->baseUrl().port()));
        QVERIFY(proxy.isReady());
        QVERIFY(!QSslConfiguration::defaultConfiguration().caCertificates().contains(
            QSslCertificate::fromPath(tls + u"ca.pem"_s).value(0)));
        ConnectionProfile profile = f.profile(true);
        profile.baseUrl = proxy.url();
        profile.caCertificatePath = tls + u"ca.pem"_s;
        f.session.connectProfile(profile, kApiKey);
        QTRY_COMPARE_WITH_TIMEOUT(f.session.state(), SessionController::State::Online, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(liveLabel(f)->text(), u"Live updates: on"_s, 20000);
        QCOMPARE(live(f)->client()->eventsUrl().scheme(), u"wss"_s);
        QVERIFY(f.server->events()->upgradeUrls().size() >= 1);
        QTRY_VERIFY_WITH_TIMEOUT(!f.window.editor()->loadedProject().id().isEmpty(), 20000);
        const QString id = f.window.editor()->loadedProject().id();

        SandboxTestClient other(f.server->baseUrl(), kApiKey.toUtf8());
        QCOMPARE(
            other.send("PUT", u"/api/ss/project/"_s + id, json({{u"name"_s, u"Renamed over TLS"_s}})).status,
            200);
        QTRY_COMPARE_WITH_TIMEOUT(f.window.editor()->loadedProject().name(), u"Renamed over TLS"_s, 20000);
    }

    void burstOfEventsCausesOneReRead()
    {
        MainWindowFixture f;
        connectAndWait(f);
        QTRY_VERIFY_WITH_TIMEOUT(live(f)->client()->state() == EventsClient::State::Live, 20000);
        live(f)->setCoalesceDelay(1000); // generous: the machine is busy
        const QString id = f.window.projectList()->currentProjectId();
        const QString path = u"/api/ss/project/"_s + id;
        const int before = requestsFor(*f.server, "GET", path);
        QSignalSpy refreshed(live(f), &LiveUpdates::projectRefreshed);
        QJsonObject project = f.server->project(id);
        for (int i = 0; i < 5; ++i) {
            project.insert(u"project_name"_s, u"Burst %1"_s.arg(i));
            // As a real edit would: newer than the version the editor holds.
            project.insert(
                u"project_last_modified"_s,
                QDateTime::currentDateTimeUtc().addSecs(60 + i).toString(u"yyyy-MM-ddTHH:mm:ss.zzz'Z'"_s));
            f.server->putProject(project);
        }
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 20000);
        // End of the window: an event for another project, behind the burst on the one socket. Its
        // re-read comes in the same coalesced round as any second re-read of the burst's project, or
        // a later one, so once it is shown, such a re-read has been sent.
        QString other = f.server->projectIds().first();
        if (other == id)
            other = f.server->projectIds().at(1);
        QJsonObject marker = f.server->project(other);
        marker.insert(u"project_name"_s, u"Marker"_s);
        f.server->putProject(marker);
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.contains(QVariantList{other}), 20000);
        QCOMPARE(refreshed.size(), 1 + 1); // the burst's one re-read and the marker's
        QCOMPARE(refreshed.first(), QVariantList{id});
        QCOMPARE(requestsFor(*f.server, "GET", path), before + 1);
        QCOMPARE(f.window.findChild<ProjectListModel*>()->project(id)->name, u"Burst 4"_s);
        QCOMPARE(f.window.editor()->loadedProject().name(), u"Burst 4"_s);
    }

    void notGrantedSaysSoAndReloadStillWorks()
    {
        MainWindowFixture f;
        SandboxOptions options = SandboxFixture::options();
        options.eventGrants.insert(kApiKey, {});
        f.restart(options);
        connectAndWait(f);
        QTRY_COMPARE_WITH_TIMEOUT(liveLabel(f)->text(), u"Live updates: off (not granted)"_s, 20000);
        const int before = requestsFor(*f.server, "GET", u"/api/ss/projects"_s);
        QAction* reload = f.window.findChild<QAction*>(u"reloadAction"_s);
        QTRY_VERIFY(reload->isEnabled());
        reload->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(requestsFor(*f.server, "GET", u"/api/ss/projects"_s) > before, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(f.session.state(), SessionController::State::Online, 20000);
        QCOMPARE(liveLabel(f)->text(), u"Live updates: off (not granted)"_s);
    }

    void partialGrantsListWhatIsOn()
    {
        MainWindowFixture f;
        SandboxOptions options = SandboxFixture::options();
        options.eventGrants.insert(kApiKey, {u"project-updated"_s, u"project-retest-requested"_s});
        f.restart(options);
        connectAndWait(f);
        QTRY_COMPARE_WITH_TIMEOUT(liveLabel(f)->text(),
                                  u"Live updates: on for project-updated, project-retest-requested"_s, 20000);
    }
};

QTEST_MAIN(TestLiveUpdatesWindow)
#include "TestLiveUpdatesWindow.moc"
