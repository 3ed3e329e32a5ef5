// One keystroke in the editor is one diff and one validation of the project (ProjectDocument's
// counter), and the view shows its result: the modified mark, the problems, Save.
#include "tests/support/EditorTestBase.h"

#include "editing/ProjectDocument.h"
#include "ui/common/Dialogs.h"

#include <QAction>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace ForgeDeskTest;

class TestEditorKeystrokes : public EditorTestBase
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Dialogs::setTestMode(true);
    }
    void init() { startTest(); }
    void cleanup() { f.reset(); }

    void oneDiffPerKeystroke()
    {
        ProjectDocument* doc = f->editor->document();
        QLineEdit* line = lineEdit(u"name"_s);
        f->editor->form()->focusField(u"name"_s);
        QTest::keyClick(line, Qt::Key_End);
        const int before = doc->diffCount();
        QTest::keyClick(line, Qt::Key_X);
        QCOMPARE(doc->diffCount() - before, 1);
        QVERIFY(f->editor->form()->editor(u"name"_s)->isModifiedMarked());
        QVERIFY(f->editor->saveAction()->isEnabled());
        QTest::keyClick(line, Qt::Key_Y);
        QCOMPARE(doc->diffCount() - before, 2);
        QCOMPARE(f->editor->undoStack()->count(), 1); // typing merges into one undo step
        QCOMPARE(f->editor->editedProject().name(), f->serverProject().name() + u"xy"_s);
    }

    void clearingARequiredFieldIsOneDiff()
    {
        ProjectDocument* doc = f->editor->document();
        QLineEdit* line = lineEdit(u"name"_s);
        f->editor->form()->focusField(u"name"_s);
        QTest::keyClick(line, Qt::Key_A, Qt::ControlModifier);
        const int before = doc->diffCount();
        QTest::keyClick(line, Qt::Key_Delete);
        QCOMPARE(doc->diffCount() - before, 1);
        QCOMPARE(f->editor->problems().size(), 1);
        QCOMPARE(f->editor->problems().first().field, u"name"_s);
        QVERIFY(f->editor->problemsButton()->isVisible());
        QVERIFY(!f->editor->saveAction()->isEnabled());
        // Undo is one change too.
        f->editor->undoAction()->trigger();
        QCOMPARE(doc->diffCount() - before, 2);
        QVERIFY(f->editor->problems().isEmpty());
        QVERIFY(!f->editor->hasUnsavedChanges());
    }
};

QTEST_MAIN(TestEditorKeystrokes)
#include "TestEditorKeystrokes.moc"
