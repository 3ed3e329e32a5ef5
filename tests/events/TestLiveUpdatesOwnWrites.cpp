// The main window on a live sandbox whose UpdateProjectById answer carries no `last_updated`: the
// user's own save, saved through the editor, comes back as an event and is not announced as someone
// else's change ("Changed on the server by …"), with or without further unsaved edits, and the next
// save goes through without a conflict; another client's PUT still is announced.

#include "tests/support/MainWindowFixture.h"

#include "api/EventsClient.h"
#include "tests/support/SandboxTestClient.h"
#include "ui/editor/ConflictDialog.h"
#include "ui/editor/DiffPreviewDialog.h"
#include "ui/editor/FieldEditor.h"
#include "ui/editor/ProjectEditor.h"
#include "ui/editor/ProjectForm.h"
#include "ui/editor/ServerChangeBanner.h"
#include "ui/main/LiveUpdates.h"

#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>

using namespace Qt::StringLiterals;
using namespace ForgeDeskTest;

namespace {

QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QList<QJsonObject> putBodies(const SandboxServer& server, const QString& path)
{
    QList<QJsonObject> bodies;
    for (const RecordedRequest& r : server.requests()) {
        if (r.method == "PUT" && r.path == path)
            bodies.append(QJsonDocument::fromJson(r.body).object());
    }
    return bodies;
}

} // namespace

class TestLiveUpdatesOwnWrites : public QObject
{
    Q_OBJECT

private:
    static LiveUpdates* live(MainWindowFixture& f)
    {
        return f.window.findChild<LiveUpdates*>(u"liveUpdates"_s);
    }

    // Connected to a sandbox that answers updates without a time, the first project open, events live.
    static void connectAndWait(MainWindowFixture& f)
    {
        f.server->setUpdateAnswerWithoutLastUpdated(true);
        f.session.connectProfile(f.profile(true), kApiKey);
        QTRY_COMPARE_WITH_TIMEOUT(f.session.state(), SessionController::State::Online, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!f.window.editor()->loadedProject().id().isEmpty(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(live(f)->client()->state() == EventsClient::State::Live, 20000);
    }

    static void typeInto(ProjectEditor* editor, const QString& key, const QString& text)
    {
        auto* edit = qobject_cast<QLineEdit*>(editor->form()->editor(key)->inputWidget());
        QVERIFY(edit);
        editor->form()->focusField(key);
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(edit, text);
        QTRY_COMPARE(edit->text(), text);
    }

    // Save (Ctrl+S's action) and Save in the preview; returns once the editor says it saved.
    static void saveThroughTheEditor(ProjectEditor* editor)
    {
        QSignalSpy saved(editor, &ProjectEditor::projectSaved);
        editor->saveAction()->trigger();
        DiffPreviewDialog* preview = nullptr;
        QTRY_VERIFY((preview = editor->findChild<DiffPreviewDialog*>()) && preview->isVisible());
        QTest::mouseClick(preview->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
        QVERIFY(saved.wait(20000));
    }

private Q_SLOTS:
    void initTestCase() { MainWindowFixture::prepareEnvironment(); }

    void ownSaveIsNotAnnouncedAsSomeoneElses()
    {
        MainWindowFixture f;
        connectAndWait(f);
        ProjectEditor* editor = f.window.editor();
        const QString id = editor->loadedProject().id();
        const QString path = u"/api/ss/project/"_s + id;
        const QString loadedAt = editor->loadedProject().facts().lastModified;
        QSignalSpy events(live(f)->client(), &EventsClient::notificationReceived);
        QSignalSpy refreshed(live(f), &LiveUpdates::projectRefreshed);
        QStringList messages;
        connect(editor, &ProjectEditor::statusMessagePosted, this,
                [&messages](const QString& text) { messages.append(text); });

        typeInto(editor, u"name"_s, u"Saved by me"_s);
        saveThroughTheEditor(editor);
        QCOMPARE(putBodies(*f.server, path),
                 (QList<QJsonObject>{QJsonObject{{u"name"_s, u"Saved by me"_s}}}));
        // The answer had no time: the saved version still has the one it was loaded with, which the
        // server's version (and the event's re-read of it) is newer than.
        QCOMPARE(editor->loadedProject().facts().lastModified, loadedAt);

        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 20000);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().first().value<EventsNotification>().projectId, id);
        ServerChangeBanner* banner = editor->serverChangeBanner();
        QVERIFY(!banner->isVisible());
        for (const QString& m : std::as_const(messages))
            QVERIFY2(!m.contains(u"changed on the server"_s), qPrintable(m));
        QCOMPARE(editor->loadedProject().name(), u"Saved by me"_s);
        QVERIFY(!editor->hasUnsavedChanges());
        // The quiet refresh took the server's time, so the next save meets no conflict.
        QCOMPARE(editor->loadedProject().facts().lastModified,
                 f.server->project(id).value(u"project_last_modified"_s).toString());

        // Another client's PUT still is someone else's change.
        SandboxTestClient other(f.server->baseUrl(), kApiKey.toUtf8());
        QCOMPARE(other.send("PUT", path, json({{u"code"_s, u"THEIR-CODE"_s}})).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
        QVERIFY(banner->textLabel()->text().startsWith(u"Changed on the server by Sandbox User at "_s));
        QCOMPARE(editor->loadedProject().text(u"code"_s), u"THEIR-CODE"_s);
    }

    void ownSaveWithEditsAfterItIsNotAnnounced()
    {
        MainWindowFixture f;
        connectAndWait(f);
        ProjectEditor* editor = f.window.editor();
        const QString id = editor->loadedProject().id();
        const QString path = u"/api/ss/project/"_s + id;
        // The event's re-read waits until the user has typed on after saving.
        live(f)->setCoalesceDelay(600000);
        QSignalSpy events(live(f)->client(), &EventsClient::notificationReceived);
        QSignalSpy refreshed(live(f), &LiveUpdates::projectRefreshed);

        typeInto(editor, u"name"_s, u"Saved by me"_s);
        saveThroughTheEditor(editor);
        QTRY_COMPARE_WITH_TIMEOUT(events.size(), 1, 20000);
        typeInto(editor, u"code"_s, u"STILL-TYPING"_s);
        QTRY_VERIFY(editor->hasUnsavedChanges());
        live(f)->setCoalesceDelay(1); // restarts the pending re-read's timer
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 20000);

        ServerChangeBanner* banner = editor->serverChangeBanner();
        QVERIFY(!banner->isVisible());
        QVERIFY(editor->hasUnsavedChanges());
        auto* code = qobject_cast<QLineEdit*>(editor->form()->editor(u"code"_s)->inputWidget());
        QCOMPARE(code->text(), u"STILL-TYPING"_s);

        // The loaded version still has the old time, the server a newer one with the same fields:
        // the next save sends only the new edit, without a conflict.
        saveThroughTheEditor(editor);
        QVERIFY(!editor->findChild<ConflictDialog*>());
        QCOMPARE(putBodies(*f.server, path),
                 (QList<QJsonObject>{QJsonObject{{u"name"_s, u"Saved by me"_s}},
                                     QJsonObject{{u"code"_s, u"STILL-TYPING"_s}}}));
        QCOMPARE(f.server->project(id).value(u"project_code"_s).toString(), u"STILL-TYPING"_s);
        QCOMPARE(f.server->project(id).value(u"project_name"_s).toString(), u"Saved by me"_s);

        // With unsaved edits, another client's change is announced with Review.
        typeInto(editor, u"name"_s, u"Unsaved"_s);
        live(f)->setCoalesceDelay(1);
        SandboxTestClient other(f.server->baseUrl(), kApiKey.toUtf8());
        QCOMPARE(other.send("PUT", path, json({{u"code"_s, u"THEIR-CODE"_s}})).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
        QVERIFY(banner->textLabel()->text().startsWith(u"Changed on the server by Sandbox User at "_s));
        QVERIFY(banner->reviewButton()->isVisible());
    }
};

QTEST_MAIN(TestLiveUpdatesOwnWrites)
#include "TestLiveUpdatesOwnWrites.moc"
