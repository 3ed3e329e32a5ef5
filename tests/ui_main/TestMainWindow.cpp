#include "tests/support/MainWindowFixture.h"

#include "models/ProjectListModel.h"
#include "ui/editor/FieldEditor.h"
#include "ui/editor/ProjectEditor.h"
#include "ui/editor/ProjectForm.h"
#include "ui/main/ProjectListView.h"
#include "ui/retest/RequestRetestDialog.h"

#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ForgeDeskTest;

// The whole window on a real session: loading, finding, reloading, going offline, a refused key.
class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    static int projectRequests(const SandboxServer& server)
    {
        int n = 0;
        for (const RecordedRequest& r : server.requests())
            n += r.path == u"/api/ss/projects"_s ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void initTestCase() { MainWindowFixture::prepareEnvironment(); }

    void loadsProjectsAndOpensTheFirst()
    {
        MainWindowFixture f;
        f.session.connectProfile(f.profile(), kApiKey);
        QTableView* table = f.window.projectList()->tableView();
        QTRY_COMPARE(table->model()->rowCount(), int(f.server->projectIds().size()));
        QTRY_VERIFY(!f.window.editor()->loadedProject().id().isEmpty());
        QCOMPARE(f.window.editor()->loadedProject().id(), f.window.projectList()->currentProjectId());
        QCOMPARE(f.session.state(), SessionController::State::Online);
        auto* status = f.window.findChild<QLabel*>(u"connectionLabel"_s);
        QVERIFY(status->text().contains(u"Connected to Sandbox under test"_s));
        // Groups and portfolios were loaded for the pickers.
        QTRY_VERIFY(f.session.catalog().groupsKnown && f.session.catalog().portfoliosKnown);
    }

    void findShortcutFiltersTheList()
    {
        MainWindowFixture f;
        f.session.connectProfile(f.profile(), kApiKey);
        QTableView* table = f.window.projectList()->tableView();
        QTRY_VERIFY(table->model()->rowCount() > 0);
        f.window.activateWindow();
        QTest::keyClick(&f.window, Qt::Key_F, Qt::ControlModifier);
        QLineEdit* filter = f.window.projectList()->filterEdit();
        QTRY_VERIFY(filter->hasFocus());
        QTest::keyClicks(filter, u"umbrella"_s);
        int expected = 0;
        for (const QString& id : f.server->projectIds())
            expected +=
                f.server->project(id).value(u"project_name"_s).toString().contains(u"Umbrella"_s) ? 1 : 0;
        QVERIFY(expected > 0);
        QCOMPARE(table->model()->rowCount(), expected);
        auto* count = f.window.findChild<QLabel*>(u"countLabel"_s);
        // Redrawn a few times a second, not for each keystroke.
        QTRY_COMPARE(count->text(), u"%1 of %2 projects"_s.arg(expected).arg(f.server->projectIds().size()));
    }

    void reloadShortcutFetchesAgain()
    {
        MainWindowFixture f;
        f.session.connectProfile(f.profile(), kApiKey);
        QTRY_COMPARE(f.session.state(), SessionController::State::Online);
        const int before = projectRequests(*f.server);
        f.window.activateWindow();
        QTest::keyClick(&f.window, Qt::Key_F5);
        QTRY_VERIFY(projectRequests(*f.server) > before);
        QTRY_COMPARE(f.session.state(), SessionController::State::Online);
    }

    void offlineShowsTheCachedList()
    {
        MainWindowFixture f;
        f.session.connectProfile(f.profile(), kApiKey);
        QTRY_COMPARE(f.session.state(), SessionController::State::Online);
        const int count = int(f.server->projectIds().size());
        f.server.reset(); // the tenant goes away
        QSignalSpy loaded(&f.session, &SessionController::projectsLoaded);
        f.session.reload();
        QTRY_COMPARE(f.session.state(), SessionController::State::Offline);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().at(1).toBool(), true); // from the cache
        QCOMPARE(f.window.projectList()->tableView()->model()->rowCount(), count);
        auto* banner = f.window.findChild<QLabel*>(u"banner"_s);
        QVERIFY(banner->isVisible());
        QVERIFY(f.window.findChild<QLabel*>(u"connectionLabel"_s)->text().contains(u"Offline"_s));
    }

    void refusedKeyAsksForAnother()
    {
        MainWindowFixture f;
        QSignalSpy keyRequested(&f.session, &SessionController::keyRequested);
        f.session.connectProfile(f.profile(true), u"not-the-key"_s);
        QTRY_COMPARE(keyRequested.size(), 1);
        QCOMPARE(f.session.state(), SessionController::State::Failed);
        QVERIFY(!keyRequested.first().at(1).toString().contains(u"not-the-key"_s));
        QTRY_VERIFY(f.window.findChild<QDialog*>(u"apiKeyDialog"_s));
    }

    void loadingCanBeCancelled()
    {
        MainWindowFixture f;
        f.server->addFault({FaultKind::Hang, 1, "GET", u"/api/ss/projects"_s, 1});
        f.session.connectProfile(f.profile(true), kApiKey);
        QTRY_COMPARE(f.session.state(), SessionController::State::Loading);
        auto* cancel = f.window.findChild<QWidget*>(u"cancelButton"_s);
        QTRY_VERIFY(cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE(f.session.state(), SessionController::State::Failed);
        QVERIFY(!cancel->isVisible());
    }

    // The key in use must not appear in any file the client writes: the settings file, the offline
    // cache, the drafts — in plain text or in the encodings a careless write would use.
    void apiKeyNeverReachesDisk()
    {
        MainWindowFixture f;
        const ConnectionProfile profile = f.profile();
        f.profiles.save(profile);
        f.profiles.setLastUsedId(profile.id);
        f.session.connectProfile(profile, kApiKey);
        QTRY_COMPARE(f.session.state(), SessionController::State::Online);
        QTRY_VERIFY(!f.window.editor()->loadedProject().id().isEmpty());
        // An unsaved edit, so a draft is written.
        auto* name = qobject_cast<QLineEdit*>(f.window.editor()->form()->editor(u"name"_s)->inputWidget());
        f.window.editor()->form()->focusField(u"name"_s);
        QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(name, u"Draft with a distinctive name"_s);
        const QString projectId = f.window.editor()->loadedProject().id();
        // The first keystroke is written at once, the rest after the debounce: wait for the whole name.
        const QString draftPath = f.drafts.filePath(profile.id, projectId);
        const auto draftText = [&draftPath] {
            QFile file(draftPath);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        QTRY_VERIFY(draftText().contains("Draft with a distinctive name"));
        QSettings().sync();

        QStringList files{QSettings().fileName()};
        for (const QString& root :
             {f.storage.path(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
              QStandardPaths::writableLocation(QStandardPaths::CacheLocation),
              QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)}) {
            QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
            while (it.hasNext())
                files.append(it.next());
        }
        const QByteArray key = kApiKey.toUtf8();
        const QList<QByteArray> forms{
            key, key.toBase64(), key.toPercentEncoding(), key.toHex(),
            QByteArray(reinterpret_cast<const char*>(kApiKey.utf16()), kApiKey.size() * 2)};
        bool sawSettings = false, sawCache = false, sawDraft = false;
        for (const QString& path : files) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = file.readAll();
            // The scan reads the right files: each holds what it is for.
            sawSettings |= content.contains(profile.baseUrl.toString().toUtf8()) ||
                           content.contains(QUrl::toPercentEncoding(profile.baseUrl.toString()));
            sawCache |= content.contains(projectId.toUtf8()) && path.contains(u"/cache"_s);
            sawDraft |= content.contains("Draft with a distinctive name");
            for (const QByteArray& form : forms)
                QVERIFY2(!content.contains(form), qPrintable(path + u" contains the API key"_s));
        }
        QVERIFY2(sawSettings, qPrintable(files.join(u'\n')));
        QVERIFY2(sawCache, qPrintable(files.join(u'\n')));
        QVERIFY2(sawDraft, qPrintable(files.join(u'\n')));
        f.profiles.remove(profile.id);
    }

    void newRetestShortcutOpensTheRequestDialog()
    {
        MainWindowFixture f;
        f.session.connectProfile(f.profile(true), kApiKey);
        QTRY_VERIFY(!f.window.editor()->loadedProject().id().isEmpty());
        f.window.activateWindow();
        QTest::keyClick(&f.window, Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(f.window.findChild<RequestRetestDialog*>());
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
