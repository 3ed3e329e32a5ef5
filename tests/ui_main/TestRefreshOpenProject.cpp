// F5 refreshes what is open (issue 10): after the list is reloaded the open project is re-read with
// GetProjectById; without unsaved edits the editor shows the server's new values, with them every edit
// stays and the editor says the server has a newer version (Review offers the conflict choices).
// The key gets no events here, so only F5 can bring the change.

#include "tests/support/MainWindowFixture.h"

#include "models/ProjectFactKeys.h"
#include "models/ProjectListModel.h"
#include "ui/editor/ConflictDialog.h"
#include "ui/editor/FieldEditor.h"
#include "ui/editor/ProjectEditor.h"
#include "ui/editor/ProjectForm.h"
#include "ui/editor/ServerChangeBanner.h"
#include "ui/main/ProjectListView.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ForgeDeskTest;

class TestRefreshOpenProject : public QObject
{
    Q_OBJECT

private:
    static void start(MainWindowFixture& f)
    {
        SandboxOptions options = SandboxFixture::options();
        options.eventGrants.insert(kApiKey, {}); // no live updates: F5 alone
        f.restart(options);
        f.session.connectProfile(f.profile(true), kApiKey);
        QTRY_COMPARE_WITH_TIMEOUT(f.session.state(), SessionController::State::Online, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!f.window.editor()->loadedProject().id().isEmpty(), 20000);
    }
    // Someone else's edit, straight into the sandbox's store, one minute after the loaded version.
    static void changeOnServer(MainWindowFixture& f, const QString& id, const QString& readKey,
                               const QString& value)
    {
        QJsonObject project = f.server->project(id);
        project.insert(readKey, value);
        const QDateTime loaded =
            QDateTime::fromString(f.window.editor()->loadedProject().facts().lastModified, Qt::ISODateWithMs);
        project.insert(ProjectFactKeys::LastModified,
                       loaded.addSecs(60).toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s));
        f.server->putProject(project);
    }
    static int projectReads(const SandboxServer& server, const QString& id)
    {
        int n = 0;
        for (const RecordedRequest& r : server.requests())
            n += r.method == "GET" && r.path == u"/api/ss/project/"_s + id;
        return n;
    }
    static void pressF5(MainWindowFixture& f)
    {
        QAction* reload = f.window.findChild<QAction*>(u"reloadAction"_s);
        QTRY_VERIFY(reload->isEnabled());
        QTest::keyClick(&f.window, Qt::Key_F5);
    }

private Q_SLOTS:
    void initTestCase() { MainWindowFixture::prepareEnvironment(); }

    void withoutEditsTheEditorShowsTheNewValues()
    {
        MainWindowFixture f;
        start(f);
        ProjectEditor* editor = f.window.editor();
        const QString id = editor->loadedProject().id();
        QCOMPARE(projectReads(*f.server, id), 1); // opening read it
        changeOnServer(f, id, u"project_name"_s, u"Renamed elsewhere"_s);
        QCOMPARE(editor->loadedProject().name() == u"Renamed elsewhere"_s, false);

        pressF5(f);
        QTRY_COMPARE_WITH_TIMEOUT(editor->loadedProject().name(), u"Renamed elsewhere"_s, 20000);
        QCOMPARE(projectReads(*f.server, id), 2);
        QCOMPARE(editor->form()->editor(u"name"_s)->inputWidget()->property("text").toString(),
                 u"Renamed elsewhere"_s);
        QVERIFY(!editor->hasUnsavedChanges());
        QCOMPARE(f.window.findChild<ProjectListModel*>()->project(id)->name, u"Renamed elsewhere"_s);
        QCOMPARE(f.window.projectList()->currentProjectId(), id); // the selection stayed
    }

    void withEditsTheEditorOffersTheNewerVersion()
    {
        MainWindowFixture f;
        start(f);
        ProjectEditor* editor = f.window.editor();
        const QString id = editor->loadedProject().id();
        const QString loadedName = editor->loadedProject().name();
        auto* code = qobject_cast<QLineEdit*>(editor->form()->editor(u"code"_s)->inputWidget());
        QVERIFY(code);
        editor->form()->focusField(u"code"_s);
        QTest::keyClick(code, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(code, u"MY-EDIT"_s);
        QTRY_VERIFY(editor->hasUnsavedChanges());
        changeOnServer(f, id, u"project_name"_s, u"Their new name"_s);

        pressF5(f);
        ServerChangeBanner* banner = editor->serverChangeBanner();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
        QCOMPARE(projectReads(*f.server, id), 2);
        QVERIFY(banner->reviewButton()->isVisible());
        // Nothing was replaced: the edit stays, the baseline is still the version the edits were made on.
        QVERIFY(editor->hasUnsavedChanges());
        QCOMPARE(code->text(), u"MY-EDIT"_s);
        QCOMPARE(editor->loadedProject().name(), loadedName);

        // Review offers the existing conflict choices; Reload takes their name and keeps my code.
        QTest::mouseClick(banner->reviewButton(), Qt::LeftButton);
        ConflictDialog* conflict = nullptr;
        QTRY_VERIFY((conflict = editor->findChild<ConflictDialog*>()) && conflict->isVisible());
        QTest::mouseClick(conflict->button(ConflictDialog::Choice::Reload), Qt::LeftButton);
        QTRY_COMPARE(editor->loadedProject().name(), u"Their new name"_s);
        QCOMPARE(code->text(), u"MY-EDIT"_s);
        QVERIFY(editor->hasUnsavedChanges());
    }

    void openingAProjectReadsItFromTheServer()
    {
        MainWindowFixture f;
        start(f);
        const QStringList ids = f.server->projectIds();
        const QString other =
            ids.last() == f.window.editor()->loadedProject().id() ? ids.first() : ids.last();
        // The list row is a summary; what opens is the server's project as GetProjectById says now.
        changeOnServer(f, other, u"project_code"_s, u"FRESH-1"_s);
        f.window.projectList()->selectProject(other);
        QTRY_COMPARE_WITH_TIMEOUT(f.window.editor()->loadedProject().id(), other, 20000);
        QCOMPARE(f.window.editor()->loadedProject().code(), u"FRESH-1"_s);
        QCOMPARE(projectReads(*f.server, other), 1);
    }
};

QTEST_MAIN(TestRefreshOpenProject)
#include "TestRefreshOpenProject.moc"
