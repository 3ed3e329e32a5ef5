// Real-tenant correctness (issue 12 item 7) end to end: the main window on the sandbox, the user saves
// through the editor, and the exact PUT body is compared for a project with groups the user cannot see,
// for sla_activation absent from the GET, and for the codes' "next free code" action. The pieces
// (validator, choice editor, code hint) are tested alone in TestTenantCorrectness.cpp.
#include "tests/support/MainWindowFixture.h"

#include "editing/ProjectDocument.h"
#include "models/ProjectCodec.h"
#include "ui/editor/DiffPreviewDialog.h"
#include "ui/editor/FieldEditor.h"
#include "ui/editor/ProjectEditor.h"
#include "ui/editor/ProjectForm.h"
#include "ui/editor/TextFieldEditor.h"
#include "ui/editor/UniqueCodeHint.h"
#include "ui/main/ProjectListView.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ForgeDeskTest;

namespace {
const QString kHiddenGroup = u"5f00000000000000000000ff"_s; // on the project, not in the user's catalog
}

class TestTenantSaves : public QObject
{
    Q_OBJECT

private:
    // Three demo projects; `change` edits the read JSON of the one the test opens (the first).
    static QString prepare(MainWindowFixture& f, const std::function<void(QJsonObject&)>& change)
    {
        const QStringList ids = f.server->projectIds();
        const QStringList codes{u"PAY-001"_s, u"PAY-002"_s, u"PAY-007"_s};
        const QStringList vulnerabilityCodes{u"PAYV01"_s, u"PAYV02"_s, u"PAYV05"_s};
        for (int i = 0; i < ids.size() && i < 3; ++i) {
            QJsonObject read = f.server->project(ids.at(i));
            read.insert(u"project_code"_s, codes.at(i));
            read.insert(u"project_vulnerability_code"_s, vulnerabilityCodes.at(i));
            if (i == 0)
                change(read);
            f.server->putProject(read);
        }
        return ids.first();
    }
    // Connects, opens `id` and waits until the catalog (groups, codes) reached the editor.
    static ProjectEditor* open(MainWindowFixture& f, const QString& id)
    {
        f.session.connectProfile(f.profile(true), kApiKey);
        [&] {
            QTRY_COMPARE_WITH_TIMEOUT(f.session.state(), SessionController::State::Online, 20000);
            QTRY_VERIFY_WITH_TIMEOUT(f.session.catalog().groupsKnown, 20000);
        }();
        f.window.projectList()->selectProject(id);
        [&] { QTRY_COMPARE_WITH_TIMEOUT(f.window.editor()->loadedProject().id(), id, 20000); }();
        f.server->clearRequests();
        return f.window.editor();
    }
    // The project's groups as the server now reads them back, as ids.
    static QJsonArray storedGroups(MainWindowFixture& f, const QString& id)
    {
        return ProjectCodec::fromReadJson(f.server->project(id)).value(u"groups"_s).toArray();
    }
    static QLineEdit* lineEdit(ProjectEditor* editor, const QString& key)
    {
        return qobject_cast<QLineEdit*>(editor->form()->editor(key)->inputWidget());
    }
    static void typeInto(ProjectEditor* editor, const QString& key, const QString& text)
    {
        QLineEdit* edit = lineEdit(editor, key);
        QVERIFY(edit);
        editor->form()->focusField(key);
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(edit, text);
        QCOMPARE(edit->text(), text);
    }
    // Save, Save in the preview; the body of the one PUT it sent (after the conflict check's GET).
    static QJsonObject saveAndTakeBody(MainWindowFixture& f, const QString& id)
    {
        ProjectEditor* editor = f.window.editor();
        QSignalSpy saved(editor, &ProjectEditor::projectSaved);
        f.server->clearRequests();
        [&] {
            QVERIFY(editor->saveAction()->isEnabled());
            editor->saveAction()->trigger();
            DiffPreviewDialog* preview = nullptr;
            QTRY_VERIFY((preview = editor->findChild<DiffPreviewDialog*>()) && preview->isVisible());
            QTest::mouseClick(preview->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save),
                              Qt::LeftButton);
            QVERIFY(saved.wait(20000));
        }();
        QList<QJsonObject> bodies;
        for (const RecordedRequest& r : f.server->requests()) {
            if (r.method == "PUT" && r.path == u"/api/ss/project/"_s + id)
                bodies.append(QJsonDocument::fromJson(r.body).object());
        }
        return bodies.size() == 1 ? bodies.first() : QJsonObject{{u"PUT requests"_s, int(bodies.size())}};
    }

private Q_SLOTS:
    void initTestCase() { MainWindowFixture::prepareEnvironment(); }

    void groupsTheUserCannotSeeAreKept()
    {
        MainWindowFixture f(3);
        const QList<Group> visible = f.server->groups();
        QVERIFY(visible.size() >= 2);
        const QString mine = visible.at(0).id;
        const QString id = prepare(f, [&](QJsonObject& read) {
            read.insert(u"project_groups"_s, QJsonArray{mine, kHiddenGroup});
        });
        ProjectEditor* editor = open(f, id);
        auto* list = qobject_cast<QListWidget*>(editor->form()->editor(u"groups"_s)->inputWidget());
        QVERIFY(list);
        const QList<QListWidgetItem*> hidden =
            list->findItems(kHiddenGroup + u" (a group you cannot see; kept)"_s, Qt::MatchExactly);
        QCOMPARE(hidden.size(), 1);
        QCOMPARE(hidden.first()->checkState(), Qt::Checked);

        // Another field edited: the groups are not re-sent, and the hidden id blocks nothing.
        typeInto(editor, u"name"_s, u"Renamed with hidden groups"_s);
        QVERIFY(editor->document()->problems().isEmpty());
        QCOMPARE(saveAndTakeBody(f, id), (QJsonObject{{u"name"_s, u"Renamed with hidden groups"_s}}));
        QCOMPARE(storedGroups(f, id), (QJsonArray{mine, kHiddenGroup}));

        // A visible group added (ticked with Space): the list is sent whole, the hidden id kept in it,
        // and only the added id was checked against the catalog.
        const QString added = visible.at(1).id;
        QListWidgetItem* item = nullptr;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->toolTip() == added)
                item = list->item(i);
        }
        QVERIFY(item);
        list->setFocus();
        list->setCurrentItem(item);
        QTest::keyClick(list, Qt::Key_Space);
        QCOMPARE(item->checkState(), Qt::Checked);
        QVERIFY(editor->document()->problems().isEmpty());
        QCOMPARE(saveAndTakeBody(f, id), (QJsonObject{{u"groups"_s, QJsonArray{mine, kHiddenGroup, added}}}));
        QCOMPARE(storedGroups(f, id), (QJsonArray{mine, kHiddenGroup, added}));
    }

    void slaActivationAbsentIsSentOnlyWhenPicked()
    {
        MainWindowFixture f(3);
        const QString id = prepare(f, [](QJsonObject& read) { read.remove(u"project_sla_activation"_s); });
        ProjectEditor* editor = open(f, id);
        auto* combo = qobject_cast<QComboBox*>(editor->form()->editor(u"sla_activation"_s)->inputWidget());
        QVERIFY(combo);
        QCOMPARE(combo->currentIndex(), -1);
        QCOMPARE(combo->placeholderText(), u"Not returned by the server"_s);

        typeInto(editor, u"name"_s, u"Renamed without SLA"_s);
        QCOMPARE(saveAndTakeBody(f, id), (QJsonObject{{u"name"_s, u"Renamed without SLA"_s}}));
        QVERIFY(!f.server->project(id).contains(u"project_sla_activation"_s));

        // Picked by keyboard: now it is a change, and the only one sent.
        editor->form()->focusField(u"sla_activation"_s);
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(combo->currentIndex(), 0);
        QCOMPARE(saveAndTakeBody(f, id), (QJsonObject{{u"sla_activation"_s, u"automatic"_s}}));
        QCOMPARE(f.server->project(id).value(u"project_sla_activation"_s).toString(), u"automatic"_s);
    }

    void nextFreeCodeIsWhatThePutCarries_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("taken");    // another project's code, typed by the user
        QTest::addColumn<QString>("nextFree"); // from the loaded codes' pattern
        QTest::newRow("project code") << u"code"_s << u"PAY-002"_s << u"PAY-008"_s;
        QTest::newRow("vulnerability code") << u"vulnerability_code"_s << u"PAYV05"_s << u"PAYV06"_s;
    }
    void nextFreeCodeIsWhatThePutCarries()
    {
        QFETCH(QString, key);
        QFETCH(QString, taken);
        QFETCH(QString, nextFree);
        MainWindowFixture f(3);
        const QString id = prepare(f, [](QJsonObject&) {});
        ProjectEditor* editor = open(f, id);
        typeInto(editor, key, taken);
        auto* text = qobject_cast<TextFieldEditor*>(editor->form()->editor(key));
        QVERIFY(text && text->codeHint());
        UniqueCodeHint* hint = text->codeHint();
        QTRY_VERIFY(hint->isVisible());
        QCOMPARE(hint->findChild<QLabel*>(u"codeWarningLabel"_s)->text(),
                 u"Another loaded project uses “%1”."_s.arg(taken));
        auto* next = hint->findChild<QPushButton*>(u"nextFreeCodeButton"_s);
        QCOMPARE(next->text(), u"Use next free code: "_s + nextFree);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(lineEdit(editor, key)->text(), nextFree);
        QCOMPARE(saveAndTakeBody(f, id), (QJsonObject{{key, nextFree}}));
    }
};

QTEST_MAIN(TestTenantSaves)
#include "TestTenantSaves.moc"
