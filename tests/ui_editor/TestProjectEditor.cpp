// The project editor driven like a user would, against the in-process sandbox: one test per section
// checking the exact PUT body, validation (local and the server's), tab order and the diff preview.
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

class TestProjectEditor : public EditorTestBase
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

    // ---- one test per section: change a field, save, the body holds exactly that ----
    void saveGeneral()
    {
        replaceText(u"name"_s, u"Renamed project"_s);
        QVERIFY(f->editor->hasUnsavedChanges());
        QVERIFY(f->editor->form()->editor(u"name"_s)->isModifiedMarked());
        checkSaved({{u"name"_s, u"Renamed project"_s}});
        QCOMPARE(f->editor->loadedProject().name(), u"Renamed project"_s);
        QVERIFY(!f->editor->form()->editor(u"name"_s)->isModifiedMarked());
        // The saved version is the new base: saving again is not mistaken for someone else's edit.
        f->server->clearRequests();
        replaceText(u"code"_s, u"AGAIN1"_s);
        checkSaved({{u"code"_s, u"AGAIN1"_s}});
    }

    void saveStatus()
    {
        auto* combo = qobject_cast<QComboBox*>(f->editor->form()->editor(u"isOnHold"_s)->inputWidget());
        const bool wasOnHold = f->serverProject().isOnHold();
        f->editor->form()->focusField(u"isOnHold"_s);
        QTest::keyClick(combo, wasOnHold ? Qt::Key_Up : Qt::Key_Down);
        const QString now = wasOnHold ? u"No"_s : u"Yes"_s;
        QCOMPARE(f->editor->editedProject().text(u"isOnHold"_s), now);
        // The reason is required when the hold status changes: Save waits for it.
        QVERIFY(!f->editor->saveAction()->isEnabled());
        QVERIFY(f->editor->form()->editor(u"isOnHoldReason"_s)->issues().join(u' ').contains(u"required"_s));
        auto* reason =
            qobject_cast<QPlainTextEdit*>(f->editor->form()->editor(u"isOnHoldReason"_s)->inputWidget());
        reason->setFocus();
        QTest::keyClicks(reason, u"Environment down"_s);
        QVERIFY(f->editor->saveAction()->isEnabled());
        checkSaved({{u"isOnHold"_s, now}, {u"isOnHoldReason"_s, u"Environment down"_s}});
        QCOMPARE(f->editor->editedProject().text(u"isOnHoldReason"_s), QString()); // a message, not a value
    }

    void saveNotifications()
    {
        auto* editor = f->editorOf<ChoiceSetFieldEditor>(u"team_notifications"_s);
        QJsonArray expected = f->serverProject().value(u"team_notifications"_s).toArray();
        const bool had = expected.contains(QJsonValue(u"reopened"_s));
        if (had) {
            for (qsizetype i = expected.size() - 1; i >= 0; --i)
                if (expected.at(i) == QJsonValue(u"reopened"_s))
                    expected.removeAt(i);
        } else {
            expected.append(u"reopened"_s);
        }
        f->editor->form()->showSection(ProjectSection::Notifications);
        QTest::mouseClick(editor->checkBox(u"reopened"_s), Qt::LeftButton, {}, QPoint(6, 6));
        checkSaved({{u"team_notifications"_s, expected}});
    }

    void saveEmails()
    {
        auto* editor = f->editorOf<EmailListEditor>(u"new_vulnerability_email_additional_recipients"_s);
        f->editor->form()->showSection(ProjectSection::Emails);
        QJsonArray expected = f->serverProject().value(editor->field().key).toArray();
        expected.append(u"soc@example.com"_s);
        QTest::keyClicks(editor->addressEdit(), u"soc@example.com"_s);
        QTest::keyClick(editor->addressEdit(), Qt::Key_Return);
        checkSaved({{editor->field().key, expected}});
    }

    void saveSummary()
    {
        f->editor->form()->focusField(u"executive_summary"_s);
        auto* text =
            qobject_cast<QPlainTextEdit*>(f->editor->form()->editor(u"executive_summary"_s)->inputWidget());
        text->moveCursor(QTextCursor::End);
        QTest::keyClicks(text, u" Added."_s);
        checkSaved({{u"executive_summary"_s,
                     QString(f->serverProject().text(u"executive_summary"_s) + u" Added."_s)}});
    }

    void saveCustomFields()
    {
        auto* editor = f->editorOf<KeyValueTableEditor>(u"reporting_custom_fields"_s);
        f->editor->form()->showSection(ProjectSection::CustomFields);
        QJsonArray expected = f->serverProject().value(editor->field().key).toArray();
        QTest::mouseClick(editor->addButton(), Qt::LeftButton);
        auto* keyEdit = editor->tableView()->findChild<QLineEdit*>(u"keyEdit"_s);
        QVERIFY(keyEdit);
        QTest::keyClicks(keyEdit, u"ticket_ref"_s);
        QTest::keyClick(keyEdit, Qt::Key_Return);
        QTRY_VERIFY(!editor->tableView()->findChild<QLineEdit*>(u"keyEdit"_s)); // the cell editor is gone
        const QModelIndex value = editor->model()->index(editor->model()->rowCount() - 1, 1);
        editor->tableView()->setCurrentIndex(value);
        QTest::keyClick(editor->tableView(), Qt::Key_F2);
        QLineEdit* valueEdit = nullptr;
        QTRY_VERIFY((valueEdit = editor->tableView()->findChild<QLineEdit*>(u"valueEdit"_s)));
        QTest::keyClicks(valueEdit, u"CHG-42"_s);
        QTest::keyClick(valueEdit, Qt::Key_Return);
        // The delegate commits on Return from the event loop.
        QTRY_COMPARE(f->editor->editedProject()
                         .value(editor->field().key)
                         .toArray()
                         .last()
                         .toObject()
                         .value(u"value"_s),
                     QJsonValue(u"CHG-42"_s));
        expected.append(QJsonObject{{u"key"_s, u"ticket_ref"_s}, {u"value"_s, u"CHG-42"_s}});
        QCOMPARE(f->editor->undoStack()->count(), 1); // add + key + value merged into one step
        checkSaved({{editor->field().key, expected}});
    }

    void saveWhileACellIsBeingEdited()
    {
        // Ctrl+S with the cursor still in a table cell saves what the cell shows.
        auto* editor = f->editorOf<KeyValueTableEditor>(u"summary_custom_fields"_s);
        f->editor->form()->showSection(ProjectSection::CustomFields);
        QJsonArray expected = f->serverProject().value(editor->field().key).toArray();
        QTest::mouseClick(editor->addButton(), Qt::LeftButton);
        auto* keyEdit = editor->tableView()->findChild<QLineEdit*>(u"keyEdit"_s);
        QVERIFY(keyEdit);
        QTest::keyClicks(keyEdit, u"half_typed"_s);
        expected.append(QJsonObject{{u"key"_s, u"half_typed"_s}, {u"value"_s, QString()}});
        checkSaved({{editor->field().key, expected}});
    }

    void savePortfolios()
    {
        auto* editor = f->editorOf<PortfolioStreamsEditor>(u"portfolio_streams"_s);
        f->editor->form()->showSection(ProjectSection::Portfolios);
        QJsonArray expected = f->serverProject().value(editor->field().key).toArray();
        QTreeWidgetItem* target = nullptr;
        for (const Portfolio& p : f->catalog().portfolios) {
            for (const PortfolioStream& s : p.streams) {
                QTreeWidgetItem* item = editor->streamItem(p.id, s.id);
                if (!target && item && item->checkState(0) == Qt::Unchecked) {
                    target = item;
                    expected.append(QJsonObject{{u"portfolioId"_s, p.id}, {u"streamId"_s, s.id}});
                }
            }
        }
        QVERIFY(target);
        editor->treeWidget()->setFocus();
        editor->treeWidget()->setCurrentItem(target);
        QTest::keyClick(editor->treeWidget(), Qt::Key_Space);
        QCOMPARE(target->checkState(0), Qt::Checked);
        checkSaved({{editor->field().key, expected}});
    }

    void saveAccess()
    {
        auto* editor = f->editorOf<FeatureAccessEditor>(u"features"_s);
        f->editor->form()->showSection(ProjectSection::Access);
        QJsonObject expected = f->serverProject().value(u"features"_s).toObject();
        QJsonObject reporting = expected.value(u"reporting"_s).toObject();
        const bool was = reporting.value(u"enabled"_s).toBool();
        reporting.insert(u"enabled"_s, !was);
        expected.insert(u"reporting"_s, reporting);
        QTest::mouseClick(editor->enabledBox(u"reporting"_s), Qt::LeftButton, {}, QPoint(6, 6));
        f->editor->saveAction()->trigger();
        DiffPreviewDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = diffDialog()));
        QTreeWidgetItem* row = dialog->treeWidget()->topLevelItem(0);
        QCOMPARE(row->text(0), u"Features"_s);
        QCOMPARE(row->childCount(), 1);
        QCOMPARE(row->child(0)->text(0), u"Reporting › Enabled"_s);
        QCOMPARE(row->child(0)->text(2), was ? u"No"_s : u"Yes"_s);
        dialog->reject();
        QTRY_VERIFY(!diffDialog());
        checkSaved({{u"features"_s, expected}});
    }

    // ---- validation ----
    void invalidInputBlocksSave_data()
    {
        QTest::addColumn<QString>("case_");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("vulnerability code AB")
            << u"code"_s << u"vulnerability_code"_s << u"3 to 8 characters"_s;
        QTest::newRow("bad e-mail") << u"email"_s << u"start_stop_testing_email_additional_recipients"_s
                                    << u"is not an e-mail address"_s;
        QTest::newRow("bad custom-field key")
            << u"key"_s << u"custom_fields"_s << u"letters, numbers and underscores"_s;
        QTest::newRow("end before start") << u"dates"_s << u"endDate"_s << u"before the start date"_s;
    }
    void invalidInputBlocksSave()
    {
        QFETCH(QString, case_);
        QFETCH(QString, field);
        QFETCH(QString, message);
        replaceText(u"name"_s, u"Valid change"_s);
        QVERIFY(f->editor->saveAction()->isEnabled());
        if (case_ == u"code"_s) {
            replaceText(u"vulnerability_code"_s, u"AB"_s);
        } else if (case_ == u"email"_s) {
            auto* e = f->editorOf<EmailListEditor>(field);
            f->editor->form()->focusField(field);
            QTest::keyClicks(e->addressEdit(), u"bob@@example"_s);
        } else if (case_ == u"key"_s) {
            auto* e = f->editorOf<KeyValueTableEditor>(field);
            f->editor->form()->showSection(ProjectSection::CustomFields);
            QTest::mouseClick(e->addButton(), Qt::LeftButton);
            auto* keyEdit = e->tableView()->findChild<QLineEdit*>(u"keyEdit"_s);
            QTest::keyClicks(keyEdit, u"bad key!"_s);
            QVERIFY(e->liveIssue().contains(message)); // as you type
            QTest::keyClick(keyEdit, Qt::Key_Return);
        } else {
            const QDate start = IsoDate::localDay(f->serverProject().startDate());
            f->editorOf<DateFieldEditor>(u"startDate"_s)
                ->dateEdit()
                ->setDate(start.isValid() ? start : QDate(2026, 5, 10));
            f->editorOf<DateFieldEditor>(u"endDate"_s)
                ->dateEdit()
                ->setDate((start.isValid() ? start : QDate(2026, 5, 10)).addDays(-3));
        }
        FieldEditor* editor = f->editor->form()->editor(field);
        QTRY_VERIFY(!f->editor->saveAction()->isEnabled());
        QVERIFY2((editor->issues() + QStringList{editor->liveIssue()}).join(u' ').contains(message),
                 qPrintable(editor->issues().join(u' ') + editor->liveIssue()));
        auto* issueLabel = editor->findChild<QLabel*>(u"issueLabel"_s);
        QVERIFY(issueLabel->isVisible());
        QVERIFY(issueLabel->text().contains(message));
        QVERIFY(f->editor->problemsButton()->isVisible());
        QCOMPARE(f->editor->problemsButton()->text(), u"Problems (%1)"_s.arg(f->editor->problems().size()));
        // The problem list focuses the field.
        f->editor->form()->showSection(ProjectSection::Summary);
        const QList<QAction*> actions = f->editor->problemsMenu()->actions();
        QVERIFY(!actions.isEmpty());
        actions.first()->trigger();
        QTRY_VERIFY(editor->isAncestorOf(QApplication::focusWidget()));
        // Ctrl+S does nothing while invalid.
        f->editor->saveAction()->trigger();
        QVERIFY(!diffDialog());
        QVERIFY(f->server->requests().isEmpty());
    }

    void serverValidationMappedToField()
    {
        // A stale catalogue offers a group the tenant no longer has: only the server can tell.
        Catalog stale = f->catalog();
        stale.groups.append({u"ghost-group"_s, u"Ghost group"_s});
        stale.groupsKnown = false;
        f->editor->setCatalog(stale);
        f->editor->form()->showSection(ProjectSection::General);
        auto* groups = f->editorOf<IdListEditor>(u"groups"_s);
        QListWidgetItem* ghost = groups->itemForId(u"ghost-group"_s);
        QVERIFY(ghost);
        groups->listWidget()->setFocus();
        groups->listWidget()->setCurrentItem(ghost);
        QTest::keyClick(groups->listWidget(), Qt::Key_Space);
        QVERIFY(f->editor->saveAction()->isEnabled());
        saveAndConfirm();
        QTRY_VERIFY(f->editor->errorLabel()->isVisible());
        QCOMPARE(f->putBodies().size(), 1);
        QVERIFY2(groups->issues().join(u' ').contains(u"ghost-group"_s),
                 qPrintable(groups->issues().join(u' ')));
        QVERIFY(f->editor->problemsButton()->isVisible());
        QVERIFY(f->editor->hasUnsavedChanges());
        QVERIFY(f->editor->editedProject().groupIds().contains(u"ghost-group"_s));
        // Changing the field clears the server's complaint about it.
        QTest::keyClick(groups->listWidget(), Qt::Key_Space);
        QVERIFY(groups->issues().isEmpty());
    }

    void tabOrderFollowsTheForm()
    {
        f->editor->form()->focusField(u"name"_s);
        QTRY_COMPARE(QApplication::focusWidget(), lineEdit(u"name"_s));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), lineEdit(u"code"_s));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), lineEdit(u"organization_code"_s));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), lineEdit(u"vulnerability_code"_s));
        for (FieldEditor* e : f->editor->form()->editors())
            QCOMPARE(e->label()->buddy(), e->inputWidget());
    }

    // ---- diff preview ----
    void diffPreviewListsExactlyTheChanges()
    {
        replaceText(u"name"_s, u"Previewed"_s);
        auto* scoring = f->editorOf<ChoiceFieldEditor>(u"scoringSystem"_s);
        auto* combo = qobject_cast<QComboBox*>(scoring->inputWidget());
        f->editor->form()->focusField(u"scoringSystem"_s);
        QTest::keyClick(combo, combo->currentIndex() == 0 ? Qt::Key_Down : Qt::Key_Up);
        QTest::keyClick(f->editor.get(), Qt::Key_S, Qt::ControlModifier); // the shortcut
        DiffPreviewDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = diffDialog()));
        QCOMPARE(dialog->fieldLabels(), (QStringList{u"Name"_s, u"Scoring system"_s}));
        QCOMPARE(dialog->treeWidget()->topLevelItem(0)->text(1), f->serverProject().name());
        QCOMPARE(dialog->treeWidget()->topLevelItem(0)->text(2), u"Previewed"_s);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel),
                          Qt::LeftButton);
        QTRY_VERIFY(!diffDialog());
        QVERIFY(f->server->requests().isEmpty()); // cancelled: nothing sent
        QVERIFY(f->editor->hasUnsavedChanges());
    }
};

QTEST_MAIN(TestProjectEditor)
#include "TestProjectEditor.moc"
