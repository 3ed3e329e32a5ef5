// The per-kind field editors and the form built from the field table, driven with QTest.
#include "TestZones.h"
#include "models/Catalog.h"
#include "models/IsoDate.h"
#include "models/Project.h"
#include "ui/common/UtcDateEdit.h"
#include "ui/editor/ChoiceFieldEditor.h"
#include "ui/editor/ChoiceSetFieldEditor.h"
#include "ui/editor/DateFieldEditor.h"
#include "ui/editor/EmailListEditor.h"
#include "ui/editor/FeatureAccessEditor.h"
#include "ui/editor/IdListEditor.h"
#include "ui/editor/KeyValueModel.h"
#include "ui/editor/KeyValueTableEditor.h"
#include "ui/editor/PagesAccessEditor.h"
#include "ui/editor/PortfolioStreamsEditor.h"
#include "ui/editor/ProjectForm.h"
#include "ui/editor/TextFieldEditor.h"

#include <QAbstractItemModelTester>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {
const ProjectField& fieldOf(const QString& key)
{
    return *ProjectFields::find(key);
}

Catalog sampleCatalog()
{
    Catalog c;
    c.groups = {{u"g2"_s, u"Zulu team"_s}, {u"g1"_s, u"Alpha team"_s}};
    c.portfolios = {{u"p1"_s, u"Retail"_s, u"RET"_s, {{u"s1"_s, u"Web"_s}, {u"s2"_s, u"Mobile"_s}}}};
    c.groupsKnown = c.portfoliosKnown = true;
    return c;
}
} // namespace

class TestFieldEditors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void textEditorEmitsOnTypingOnly()
    {
        TextFieldEditor editor(fieldOf(u"vulnerability_code"_s));
        QSignalSpy changed(&editor, &FieldEditor::changed);
        editor.setValue(u"ABC"_s);
        QCOMPARE(changed.count(), 0);
        auto* line = qobject_cast<QLineEdit*>(editor.inputWidget());
        QVERIFY(line);
        QCOMPARE(line->accessibleName(), u"Vulnerability code"_s);
        QTest::keyClicks(line, u"D"_s);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.last().at(0).toJsonValue(), QJsonValue(u"ABCD"_s));
    }

    void longTextUsesPlainTextEdit()
    {
        TextFieldEditor editor(fieldOf(u"executive_summary"_s));
        auto* text = qobject_cast<QPlainTextEdit*>(editor.inputWidget());
        QVERIFY(text);
        QSignalSpy changed(&editor, &FieldEditor::changed);
        editor.setValue(u"line one"_s);
        QCOMPARE(changed.count(), 0);
        text->moveCursor(QTextCursor::End);
        QTest::keyClick(text, Qt::Key_Return);
        QTest::keyClicks(text, u"two"_s);
        QCOMPARE(editor.value(), QJsonValue(u"line one\ntwo"_s));
        QVERIFY(changed.count() > 0);
    }

    void choiceShowsLabelsSendsValues()
    {
        ChoiceFieldEditor editor(fieldOf(u"scoringSystem"_s));
        auto* combo = qobject_cast<QComboBox*>(editor.inputWidget());
        editor.setValue(u"Manual"_s);
        QCOMPARE(combo->currentText(), u"Manual"_s);
        QSignalSpy changed(&editor, &FieldEditor::changed);
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(editor.value(), QJsonValue(u"CVSSv3.1"_s));
        QCOMPARE(combo->currentText(), u"CVSS v3.1"_s);
        editor.setValue(u"Weird"_s); // unknown values are shown, not rewritten
        QCOMPARE(editor.value(), QJsonValue(u"Weird"_s));
        editor.setValue(QString());
        QCOMPARE(editor.value(), QJsonValue(QString()));
    }

    void choiceSetKeepsOrder()
    {
        ChoiceSetFieldEditor editor(fieldOf(u"team_notifications"_s));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setValue(QJsonArray{u"high"_s, u"critical"_s});
        QVERIFY(editor.checkBox(u"high"_s)->isChecked());
        QCOMPARE(editor.checkBox(u"critical"_s)->text(), u"Critical"_s);
        QSignalSpy changed(&editor, &FieldEditor::changed);
        QTest::mouseClick(editor.checkBox(u"high"_s), Qt::LeftButton);
        QCOMPARE(editor.value(), QJsonValue(QJsonArray{u"critical"_s}));
        QTest::mouseClick(editor.checkBox(u"info"_s), Qt::LeftButton);
        QCOMPARE(editor.value(), QJsonValue(QJsonArray{u"critical"_s, u"info"_s}));
        QCOMPARE(changed.count(), 2);
    }

    void dateProducesUtcIso()
    {
        DateFieldEditor editor(fieldOf(u"startDate"_s));
        QVERIFY(editor.dateEdit()->toolTip().contains(u"UTC ISO 8601"_s));
        editor.setValue(u"2024-03-10T00:00:00.000Z"_s);
        QCOMPARE(editor.value(), QJsonValue(u"2024-03-10T00:00:00.000Z"_s)); // untouched stays exact
        QSignalSpy changed(&editor, &FieldEditor::changed);
        editor.dateEdit()->setDate(QDate(2024, 5, 1));
        QCOMPARE(changed.count(), 1);
        // The start of the picked local day, in UTC (this suite also runs under other zones).
        QVERIFY2(TestZones::processRunsInRegisteredZone(), TestZones::current().constData());
        const QString expected = TestZones::literal({{"UTC", u"2024-05-01T00:00:00.000Z"_s},
                                                     {"Pacific/Auckland", u"2024-04-30T12:00:00.000Z"_s},
                                                     {"America/Los_Angeles", u"2024-05-01T07:00:00.000Z"_s}});
        if (expected.isEmpty())
            QSKIP("no literal expectation for this TZ");
        QCOMPARE(editor.value().toString(), expected);
    }

    void emailListValidatesAsYouType()
    {
        EmailListEditor editor(fieldOf(u"new_vulnerability_email_additional_recipients"_s));
        editor.setValue(QJsonArray{u"a@example.com"_s});
        QSignalSpy changed(&editor, &FieldEditor::changed);
        QTest::keyClicks(editor.addressEdit(), u"not-an-address"_s);
        QVERIFY(editor.liveIssue().contains(u"is not an e-mail address"_s));
        QVERIFY(!editor.addButton()->isEnabled());
        QTest::keyClick(editor.addressEdit(), Qt::Key_Return);
        QCOMPARE(changed.count(), 0);
        editor.addressEdit()->clear();
        QVERIFY(editor.liveIssue().isEmpty());
        QTest::keyClicks(editor.addressEdit(), u"soc@example.com"_s);
        QVERIFY(editor.addButton()->isEnabled());
        QTest::mouseClick(editor.addButton(), Qt::LeftButton);
        QCOMPARE(editor.value(), QJsonValue(QJsonArray{u"a@example.com"_s, u"soc@example.com"_s}));
        QCOMPARE(changed.count(), 1);
        editor.listWidget()->setCurrentRow(0);
        QTest::mouseClick(editor.removeButton(), Qt::LeftButton);
        QCOMPARE(editor.value(), QJsonValue(QJsonArray{u"soc@example.com"_s}));
    }

    void keyValueTableChecksKeysAsYouType()
    {
        KeyValueTableEditor editor(fieldOf(u"custom_fields"_s));
        QAbstractItemModelTester tester(editor.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        editor.setValue(QJsonArray{QJsonObject{{u"key"_s, u"customer"_s}, {u"value"_s, u"ACME"_s}}});
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QSignalSpy changed(&editor, &FieldEditor::changed);
        QTest::mouseClick(editor.addButton(), Qt::LeftButton);
        QCOMPARE(editor.model()->rowCount(), 2);
        auto* keyEdit = editor.tableView()->findChild<QLineEdit*>(u"keyEdit"_s);
        QVERIFY(keyEdit);
        QTest::keyClicks(keyEdit, u"bad-key"_s);
        QVERIFY(editor.liveIssue().contains(u"letters, numbers and underscores"_s));
        QTest::keyClick(keyEdit, Qt::Key_Return);
        QTRY_VERIFY(editor.liveIssue().isEmpty());
        QCOMPARE(editor.value().toArray().at(1).toObject().value(u"key"_s).toString(), u"bad-key"_s);
        QVERIFY(changed.count() >= 2);
        editor.tableView()->selectRow(1);
        QTest::mouseClick(editor.removeButton(), Qt::LeftButton);
        QCOMPARE(editor.value().toArray().size(), 1);
    }

    void keyValueModelMarksDuplicates()
    {
        KeyValueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries({QJsonObject{{u"key"_s, u"a"_s}, {u"value"_s, u"1"_s}},
                          QJsonObject{{u"key"_s, u"b"_s}, {u"value"_s, QJsonArray{u"x"_s}}}});
        QCOMPARE(model.data(model.index(1, 1)).toString(), u"[\"x\"]"_s);
        QVERIFY(model.setData(model.index(1, 0), u"a"_s));
        QVERIFY(model.data(model.index(1, 0), Qt::ToolTipRole).toString().contains(u"twice"_s));
        QCOMPARE(model.entries().at(1).toObject().value(u"value"_s).toArray().size(), 1); // kept
        model.removeRowsAt({0});
        QCOMPARE(model.rowCount(), 1);
    }

    void idListPicksByName()
    {
        IdListEditor editor(fieldOf(u"groups"_s));
        editor.setCatalog(sampleCatalog());
        editor.setValue(QJsonArray{u"g2"_s, u"gone"_s});
        QCOMPARE(editor.listWidget()->item(0)->text(), u"Alpha team"_s); // sorted by name
        QVERIFY(editor.itemForId(u"gone"_s));                            // unknown ids stay
        QSignalSpy changed(&editor, &FieldEditor::changed);
        editor.itemForId(u"g1"_s)->setCheckState(Qt::Checked);
        QCOMPARE(editor.value(), QJsonValue(QJsonArray{u"g2"_s, u"gone"_s, u"g1"_s}));
        QCOMPARE(changed.count(), 1);
    }

    void portfolioStreamsPicksStreamsInTheirPortfolio()
    {
        PortfolioStreamsEditor editor(fieldOf(u"portfolio_streams"_s));
        editor.setCatalog(sampleCatalog());
        editor.setValue(QJsonArray{});
        QSignalSpy changed(&editor, &FieldEditor::changed);
        editor.streamItem(u"p1"_s, u"s2"_s)->setCheckState(0, Qt::Checked);
        QCOMPARE(editor.value(),
                 QJsonValue(QJsonArray{QJsonObject{{u"portfolioId"_s, u"p1"_s}, {u"streamId"_s, u"s2"_s}}}));
        QCOMPARE(changed.count(), 1);
    }

    void featuresChangeOnlyWhatIsTouched()
    {
        FeatureAccessEditor editor(fieldOf(u"features"_s));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        const QJsonObject loaded{
            {u"reporting"_s,
             QJsonObject{{u"enabled"_s, true},
                         {u"access"_s, QJsonObject{{u"roles"_s, QJsonArray{u"consultant"_s, u"client"_s}},
                                                   {u"project_access_level"_s, u"View"_s}}}}}};
        editor.setValue(loaded);
        QVERIFY(!editor.enabledBox(u"testcases"_s)); // test cases have no switch
        QVERIFY(editor.roleBox(u"reporting"_s, u"client"_s)->isChecked());
        QCOMPARE(editor.levelBox(u"reporting"_s)->currentText(), u"View"_s);
        QTest::mouseClick(editor.roleBox(u"reporting"_s, u"client"_s), Qt::LeftButton);
        QTest::mouseClick(editor.roleBox(u"reporting"_s, u"client"_s), Qt::LeftButton);
        QCOMPARE(editor.value(), QJsonValue(loaded)); // off and on again: unchanged, order kept
        QTest::mouseClick(editor.enabledBox(u"attack_chains"_s), Qt::LeftButton);
        QJsonObject expected = loaded;
        expected.insert(u"attack_chains"_s, QJsonObject{{u"enabled"_s, true}});
        QCOMPARE(editor.value(), QJsonValue(expected));
    }

    void pagesEditor()
    {
        PagesAccessEditor editor(fieldOf(u"pages"_s));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setValue(QJsonObject{});
        QTest::mouseClick(editor.enabledBox(), Qt::LeftButton);
        QTest::mouseClick(editor.listBox(u"view_roles"_s, u"client"_s), Qt::LeftButton);
        QTest::mouseClick(editor.listBox(u"edit_project_access_levels"_s, u"Edit"_s), Qt::LeftButton);
        const QJsonObject expected{
            {u"summary"_s, QJsonObject{{u"enabled"_s, true},
                                       {u"access"_s, QJsonObject{{u"view_roles"_s, QJsonArray{u"client"_s}},
                                                                 {u"edit_project_access_levels"_s,
                                                                  QJsonArray{u"Edit"_s}}}}}}};
        QCOMPARE(editor.value(), QJsonValue(expected));
    }

    void formHasEveryFieldWithAccessibleLabels()
    {
        ProjectForm form;
        for (const ProjectField& field : ProjectFields::all()) {
            FieldEditor* editor = form.editor(field.key);
            QVERIFY2(editor, qPrintable(field.key));
            QCOMPARE(editor->label()->text(), field.label + u':');
            QCOMPARE(editor->label()->buddy(), editor->inputWidget());
            if (field.kind != FieldKind::ChoiceSet && field.kind != FieldKind::Features &&
                field.kind != FieldKind::Pages)
                QCOMPARE(editor->inputWidget()->accessibleName(), field.label);
        }
        // Every input anywhere in the form has an accessible name.
        for (QWidget* w : form.findChildren<QWidget*>()) {
            if ((qobject_cast<QLineEdit*>(w) || qobject_cast<QCheckBox*>(w) || qobject_cast<QComboBox*>(w) ||
                 qobject_cast<QAbstractItemView*>(w)) &&
                !qobject_cast<QHeaderView*>(w) && !w->inherits("QComboBoxListView") && w->parent() &&
                !qobject_cast<QComboBox*>(w->parent()) && !qobject_cast<QAbstractSpinBox*>(w->parent()))
                QVERIFY2(!w->accessibleName().isEmpty(),
                         qPrintable(w->objectName() + u'/' + w->parent()->objectName() + u'/' +
                                    QString::fromLatin1(w->metaObject()->className())));
        }
        QCOMPARE(form.sectionList()->count(), 8);
    }

    void formMapsNestedIssuePaths()
    {
        QCOMPARE(ProjectForm::fieldKeyOfPath(u"custom_fields[2].key"_s), u"custom_fields"_s);
        QCOMPARE(ProjectForm::fieldKeyOfPath(u"features.reporting.access"_s), u"features"_s);
        ProjectForm form;
        form.setIssues({{u"custom_fields[0].key"_s, u"Custom fields: bad"_s}});
        QCOMPARE(form.editor(u"custom_fields"_s)->issues(), QStringList{u"Custom fields: bad"_s});
        form.setModifiedKeys({u"name"_s});
        QVERIFY(form.editor(u"name"_s)->isModifiedMarked());
        QVERIFY(form.editor(u"name"_s)->label()->font().bold());
        QVERIFY(!form.editor(u"code"_s)->isModifiedMarked());
    }
};

QTEST_MAIN(TestFieldEditors)
#include "TestFieldEditors.moc"
