// The editor's flows against the in-process sandbox: a failed save keeps the edit, drafts come back,
// each conflict choice does what it says, undo/redo/revert.
#include "tests/support/EditorTestBase.h"

#include "models/FieldValue.h"
#include "models/IsoDate.h"
#include "models/ProjectDiff.h"
#include "ui/common/Dialogs.h"
#include "ui/common/UtcDateEdit.h"
#include "ui/editor/ChoiceFieldEditor.h"
#include "ui/editor/ChoiceSetFieldEditor.h"
#include "ui/editor/ConflictDialog.h"
#include "ui/editor/DateFieldEditor.h"
#include "ui/editor/DiffPreviewDialog.h"
#include "ui/editor/EmailListEditor.h"
#include "ui/editor/FeatureAccessEditor.h"
#include "ui/editor/IdListEditor.h"
#include "ui/editor/KeyValueModel.h"
#include "ui/editor/KeyValueTableEditor.h"
#include "ui/editor/PortfolioStreamsEditor.h"
#include "ui/editor/TextFieldEditor.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace ForgeDeskTest;

class TestEditorFlows : public EditorTestBase
{
    Q_OBJECT
private:
    void someoneElseEdits()
    {
        QJsonObject read = f->server->project(f->projectId);
        read.insert(u"project_code"_s, u"THEIRS"_s);
        read.insert(u"project_organization_code"_s, u"ORG-THEIRS"_s);
        read.insert(u"project_last_modified"_s, IsoDate::format(QDateTime::currentDateTimeUtc().addSecs(60)));
        f->server->putProject(read);
    }
    ConflictDialog* saveIntoConflict()
    {
        replaceText(u"name"_s, u"Mine"_s);
        replaceText(u"code"_s, u"MINE"_s);
        someoneElseEdits();
        saveAndConfirm();
        ConflictDialog* dialog = nullptr;
        [&] { QTRY_VERIFY((dialog = conflictDialog())); }();
        return dialog;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Dialogs::setTestMode(true);
    }
    void init() { startTest(); }
    void cleanup() { f.reset(); }

    // ---- failures keep the edit ----
    void serverErrorKeepsEdit()
    {
        f->server->addFault({FaultKind::Status500, 1, "PUT", {}});
        replaceText(u"name"_s, u"Will fail"_s);
        saveAndConfirm();
        QTRY_VERIFY(f->editor->errorLabel()->isVisible());
        QVERIFY(f->editor->errorLabel()->text().contains(u"not saved"_s));
        QCOMPARE(f->putBodies(), (QList<QJsonObject>{{{u"name"_s, u"Will fail"_s}}}));
        QCOMPARE(lineEdit(u"name"_s)->text(), u"Will fail"_s);
        QVERIFY(f->editor->hasUnsavedChanges());
        QVERIFY(f->editor->saveAction()->isEnabled()); // can try again
        const auto draft = f->drafts->load(u"profile-1"_s, f->projectId);
        QVERIFY(draft);
        QCOMPARE(draft->values, (QJsonObject{{u"name"_s, u"Will fail"_s}}));
        QVERIFY(f->serverProject().name() != u"Will fail"_s);
        // Retrying succeeds and clears the error and the draft.
        f->server->clearRequests();
        QCOMPARE(saveAndWait(), (QJsonObject{{u"name"_s, u"Will fail"_s}}));
        QVERIFY(!f->editor->errorLabel()->isVisible());
        QVERIFY(!f->drafts->contains(u"profile-1"_s, f->projectId));
    }
    // ---- drafts ----
    void draftComesBackAfterRestart()
    {
        replaceText(u"name"_s, u"Draft name"_s);
        replaceText(u"code"_s, u"DRAFT1"_s);
        f->recreateEditor(false); // destroyed: the draft is flushed
        QVERIFY(f->drafts->contains(u"profile-1"_s, f->projectId));
        Dialogs::setNextAnswer(QMessageBox::Yes);
        f->editor->openProject(f->serverProject());
        QVERIFY(Dialogs::lastMessage().contains(u"unsaved changes"_s));
        QCOMPARE(lineEdit(u"name"_s)->text(), u"Draft name"_s);
        QCOMPARE(f->editor->editedProject().code(), u"DRAFT1"_s);
        QVERIFY(f->editor->hasUnsavedChanges());
        QVERIFY(f->editor->form()->editor(u"code"_s)->isModifiedMarked());
        f->editor->undoAction()->trigger(); // the restore is one undo step
        QVERIFY(!f->editor->hasUnsavedChanges());
        f->editor->redoAction()->trigger();
        checkSaved({{u"name"_s, u"Draft name"_s}, {u"code"_s, u"DRAFT1"_s}});
    }

    void draftWrittenWhileEditing()
    {
        // No save, no destroy: a crash now must still find the edit on disk (debounced write).
        const QString path = f->drafts->filePath(u"profile-1"_s, f->projectId);
        replaceText(u"organization_code"_s, u"ORG-DRAFT"_s);
        QTRY_VERIFY(QFile::exists(path));
        ProjectDraftStore other(f->draftDir->path()); // what a restarted process would read
        // The first keystroke is on disk at once; the last one after the debounce.
        const QJsonObject expected{{u"organization_code"_s, u"ORG-DRAFT"_s}};
        QTRY_VERIFY(other.load(u"profile-1"_s, f->projectId).value_or(ProjectDraft()).values == expected);
        const auto draft = other.load(u"profile-1"_s, f->projectId);
        QVERIFY(draft);
        QCOMPARE(draft->baseLastModified, f->serverProject().facts().lastModified);
        // Back at the loaded state, there is nothing to keep.
        f->editor->undoAction()->trigger();
        QTRY_VERIFY(!QFile::exists(path));
    }

    void draftDiscarded()
    {
        replaceText(u"name"_s, u"Draft name"_s);
        f->recreateEditor(false);
        Dialogs::setNextAnswer(QMessageBox::Discard);
        f->editor->openProject(f->serverProject());
        QCOMPARE(lineEdit(u"name"_s)->text(), f->serverProject().name());
        QVERIFY(!f->editor->hasUnsavedChanges());
        QVERIFY(!f->drafts->contains(u"profile-1"_s, f->projectId));
    }

    // ---- conflicts ----
    void conflictOverwrite()
    {
        ConflictDialog* dialog = saveIntoConflict();
        QVERIFY(dialog);
        QCOMPARE(dialog->treeWidget()->topLevelItemCount(), 2); // code and organization code
        QSignalSpy saved(f->editor.get(), &ProjectEditor::projectSaved);
        QTest::mouseClick(dialog->button(ConflictDialog::Choice::Overwrite), Qt::LeftButton);
        QVERIFY(saved.wait());
        QCOMPARE(f->putBodies(), (QList<QJsonObject>{{{u"name"_s, u"Mine"_s}, {u"code"_s, u"MINE"_s}}}));
        QCOMPARE(f->serverProject().code(), u"MINE"_s);
        QCOMPARE(f->editor->loadedProject().text(u"organization_code"_s), u"ORG-THEIRS"_s);
    }
    void conflictKeepTheirs()
    {
        ConflictDialog* dialog = saveIntoConflict();
        QVERIFY(dialog);
        QSignalSpy saved(f->editor.get(), &ProjectEditor::projectSaved);
        QTest::mouseClick(dialog->button(ConflictDialog::Choice::KeepTheirs), Qt::LeftButton);
        QVERIFY(saved.wait());
        QCOMPARE(f->putBodies(), (QList<QJsonObject>{{{u"name"_s, u"Mine"_s}}}));
        QCOMPARE(f->editor->loadedProject().code(), u"THEIRS"_s);
        QCOMPARE(lineEdit(u"code"_s)->text(), u"THEIRS"_s);
        QCOMPARE(f->editor->loadedProject().name(), u"Mine"_s);
        QVERIFY(!f->editor->hasUnsavedChanges());
    }
    void conflictReload()
    {
        ConflictDialog* dialog = saveIntoConflict();
        QVERIFY(dialog);
        QTest::mouseClick(dialog->button(ConflictDialog::Choice::Reload), Qt::LeftButton);
        QTRY_COMPARE(lineEdit(u"code"_s)->text(), u"THEIRS"_s);
        QVERIFY(f->putBodies().isEmpty());
        QCOMPARE(f->editor->loadedProject().code(), u"THEIRS"_s);
        QCOMPARE(lineEdit(u"name"_s)->text(), u"Mine"_s); // they did not touch it: mine is kept
        QVERIFY(f->editor->hasUnsavedChanges());
        QCOMPARE(ProjectDiff::changedKeys(f->editor->loadedProject(), f->editor->editedProject()),
                 QStringList{u"name"_s});
        // Mine for the field they edited is one Redo away.
        QVERIFY(f->editor->redoAction()->isEnabled());
        f->editor->redoAction()->trigger();
        QCOMPARE(lineEdit(u"code"_s)->text(), u"MINE"_s);
        f->editor->undoAction()->trigger();
        QCOMPARE(lineEdit(u"code"_s)->text(), u"THEIRS"_s);
        // The next save is no longer a conflict.
        f->server->clearRequests();
        QCOMPARE(saveAndWait(), (QJsonObject{{u"name"_s, u"Mine"_s}}));
    }

    // ---- undo / redo / revert ----
    void undoRedoRevert()
    {
        const QString original = lineEdit(u"name"_s)->text();
        QUndoStack* stack = f->editor->undoStack();
        QSignalSpy modified(f->editor.get(), &ProjectEditor::modificationChanged);
        replaceText(u"name"_s, u"Typed"_s);
        QCOMPARE(stack->count(), 1); // every keystroke merged into one step
        QCOMPARE(modified.count(), 1);
        // Ctrl+Z goes to the stack: the step is undone, not dropped. Had QLineEdit's own undo taken the
        // key, typing the original back would have removed the command (count 0, nothing to redo).
        QTest::keyClick(lineEdit(u"name"_s), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(lineEdit(u"name"_s)->text(), original);
        QCOMPARE(stack->count(), 1);
        QCOMPARE(stack->index(), 0);
        QVERIFY(stack->canRedo());
        QVERIFY(stack->isClean());
        QVERIFY(!f->editor->hasUnsavedChanges());
        QTest::keyClick(lineEdit(u"name"_s), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(lineEdit(u"name"_s)->text(), u"Typed"_s);
        QCOMPARE(stack->count(), 1);
        QCOMPARE(stack->index(), 1);
        QVERIFY(!stack->canRedo());
        QVERIFY(f->editor->hasUnsavedChanges());
        // Typing the original back makes the command vanish: nothing is modified.
        replaceText(u"name"_s, original);
        QVERIFY(stack->isClean());
        QVERIFY(!f->editor->form()->editor(u"name"_s)->isModifiedMarked());
        // Per-field revert.
        replaceText(u"name"_s, u"Again"_s);
        QToolButton* revert = f->editor->form()->editor(u"name"_s)->revertButton();
        QVERIFY(revert->isVisible());
        QTest::mouseClick(revert, Qt::LeftButton);
        QCOMPARE(lineEdit(u"name"_s)->text(), original);
        QVERIFY(stack->isClean());
        // Revert from the label's context menu.
        replaceText(u"code"_s, u"CTX"_s);
        FieldEditor* code = f->editor->form()->editor(u"code"_s);
        Q_EMIT code->label()->customContextMenuRequested(QPoint(2, 2));
        QMenu* menu = nullptr;
        QTRY_VERIFY((menu = code->findChild<QMenu*>()));
        QCOMPARE(menu->actions().first()->text(), u"Revert Code"_s);
        menu->actions().first()->trigger();
        menu->close();
        QCOMPARE(lineEdit(u"code"_s)->text(), f->serverProject().code());
        QVERIFY(stack->isClean());
        // Revert all, and Redo brings the changes back.
        replaceText(u"name"_s, u"One"_s);
        replaceText(u"code"_s, u"TWO"_s);
        f->editor->revertAllAction()->trigger();
        QCOMPARE(lineEdit(u"name"_s)->text(), original);
        QCOMPARE(lineEdit(u"code"_s)->text(), f->serverProject().code());
        QVERIFY(!f->editor->hasUnsavedChanges());
        f->editor->redoAction()->trigger();
        f->editor->redoAction()->trigger();
        QCOMPARE(lineEdit(u"code"_s)->text(), u"TWO"_s);
        QCOMPARE(lineEdit(u"name"_s)->text(), u"One"_s);
    }
};

QTEST_MAIN(TestEditorFlows)
#include "TestEditorFlows.moc"
