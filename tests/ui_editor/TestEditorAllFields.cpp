// Every one of the 27 UpdateProjectById fields saved through its own editor widget, as a user would,
// and the exact PUT body that reached the sandbox compared with a literal. The project starts from a
// literal baseline, so each expected body is written out in full.
#include "tests/support/EditorTestBase.h"

#include "models/ProjectCodec.h"
#include "ui/common/Dialogs.h"
#include "ui/common/UtcDateEdit.h"
#include "ui/editor/ChoiceSetFieldEditor.h"
#include "ui/editor/DateFieldEditor.h"
#include "ui/editor/EmailListEditor.h"
#include "ui/editor/FeatureAccessEditor.h"
#include "ui/editor/IdListEditor.h"
#include "ui/editor/KeyValueModel.h"
#include "ui/editor/KeyValueTableEditor.h"
#include "ui/editor/PagesAccessEditor.h"
#include "ui/editor/PortfolioStreamsEditor.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace ForgeDeskTest;

namespace {

const QString kGroup1 = u"64f790990000000000000001"_s;
const QString kGroup2 = u"64f790990000000000000002"_s;
const QString kPortfolio1 = u"65c0ffee0000000000000001"_s;
const QString kStream101 = u"65c05eed0000000000000065"_s;
const QString kStream102 = u"65c05eed0000000000000066"_s;

QJsonObject json(const char* text)
{
    return QJsonDocument::fromJson(text).object();
}

QJsonObject features(bool reportingEnabled)
{
    return QJsonObject{
        {u"attack_chains"_s,
         json(R"({"enabled":false,"access":{"roles":[],"project_access_level":"View"}})")},
        {u"reporting"_s,
         QJsonObject{{u"enabled"_s, reportingEnabled},
                     {u"access"_s, json(R"({"roles":["client"],"project_access_level":"View"})")}}},
        {u"retesting"_s, json(R"({"enabled":true,"access":{"roles":[],"project_access_level":"Edit"}})")},
        {u"testcases"_s, json(R"({"access":{"roles":["consultant"],"project_access_level":"Upload"}})")}};
}

QJsonObject pages(bool enabled)
{
    return QJsonObject{
        {u"summary"_s,
         QJsonObject{{u"enabled"_s, enabled},
                     {u"access"_s, json(R"({"view_roles":["client"],"view_project_access_levels":["View"],
                                            "upload_roles":[],"upload_project_access_levels":[],
                                            "edit_roles":[],"edit_project_access_levels":["Edit"]})")}}}};
}

// The project every row starts from, in request shape.
QJsonObject baseline()
{
    return QJsonObject{
        {u"name"_s, u"Baseline"_s},
        {u"code"_s, u"BASE"_s},
        {u"organization_code"_s, u"ORG-BASE"_s},
        {u"vulnerability_code"_s, u"BASEV"_s},
        {u"created"_s, u"2026-01-05T00:00:00.000Z"_s},
        {u"startDate"_s, u"2026-02-01T00:00:00.000Z"_s},
        {u"endDate"_s, u"2026-03-01T00:00:00.000Z"_s},
        {u"scoringSystem"_s, u"Manual"_s},
        {u"groups"_s, QJsonArray{kGroup1}},
        {u"isOnHold"_s, u"No"_s},
        {u"team_notifications"_s, QJsonArray{u"critical"_s}},
        {u"admin_notifications"_s, QJsonArray{u"retest"_s}},
        {u"forced_emails"_s, QJsonArray{u"all_emails"_s}},
        {u"sla_activation"_s, u"automatic"_s},
        {u"start_stop_testing_email"_s, u"Start body"_s},
        {u"start_stop_testing_email_additional_recipients"_s, QJsonArray{u"a@example.com"_s}},
        {u"new_vulnerability_email_type"_s, u"individual"_s},
        {u"new_vulnerability_email"_s, u"New body"_s},
        {u"new_vulnerability_email_additional_recipients"_s, QJsonArray{u"b@example.com"_s}},
        {u"executive_summary"_s, u"Summary."_s},
        {u"custom_fields"_s, QJsonArray{json(R"({"key":"env","value":"prod"})")}},
        {u"reporting_custom_fields"_s, QJsonArray{json(R"({"key":"rep","value":"1"})")}},
        {u"summary_custom_fields"_s, QJsonArray{json(R"({"key":"sum","value":"2"})")}},
        {u"portfolio_streams"_s,
         QJsonArray{QJsonObject{{u"portfolioId"_s, kPortfolio1}, {u"streamId"_s, kStream101}}}},
        {u"features"_s, features(true)},
        {u"pages"_s, pages(false)},
    };
}

} // namespace

class TestEditorAllFields : public EditorTestBase
{
    Q_OBJECT
private:
    QStringList m_rowFields; // filled by the _data function
    void appendText(const QString& key, const QString& text)
    {
        f->editor->form()->focusField(key);
        auto* edit = qobject_cast<QPlainTextEdit*>(f->editor->form()->editor(key)->inputWidget());
        QVERIFY(edit);
        edit->moveCursor(QTextCursor::End);
        QTest::keyClicks(edit, text);
    }
    void pickNext(const QString& key)
    {
        auto* combo = qobject_cast<QComboBox*>(f->editor->form()->editor(key)->inputWidget());
        QVERIFY(combo);
        f->editor->form()->focusField(key);
        QTest::keyClick(combo, Qt::Key_Down);
    }
    void clickBox(QCheckBox* box)
    {
        QVERIFY(box);
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, 6));
    }
    void addAddress(const QString& key, const QString& address)
    {
        auto* editor = f->editorOf<EmailListEditor>(key);
        f->editor->form()->focusField(key);
        QTest::keyClicks(editor->addressEdit(), address);
        QTest::keyClick(editor->addressEdit(), Qt::Key_Return);
    }
    void addKeyValue(const QString& key, const QString& k, const QString& v)
    {
        auto* editor = f->editorOf<KeyValueTableEditor>(key);
        f->editor->form()->showSection(ProjectSection::CustomFields);
        QTest::mouseClick(editor->addButton(), Qt::LeftButton);
        auto* keyEdit = editor->tableView()->findChild<QLineEdit*>(u"keyEdit"_s);
        QVERIFY(keyEdit);
        QTest::keyClicks(keyEdit, k);
        QTest::keyClick(keyEdit, Qt::Key_Return);
        QTRY_VERIFY(!editor->tableView()->findChild<QLineEdit*>(u"keyEdit"_s));
        editor->tableView()->setCurrentIndex(editor->model()->index(editor->model()->rowCount() - 1, 1));
        QTest::keyClick(editor->tableView(), Qt::Key_F2);
        QLineEdit* valueEdit = nullptr;
        QTRY_VERIFY((valueEdit = editor->tableView()->findChild<QLineEdit*>(u"valueEdit"_s)));
        QTest::keyClicks(valueEdit, v);
        QTest::keyClick(valueEdit, Qt::Key_Return);
        QTRY_VERIFY(!editor->tableView()->findChild<QLineEdit*>(u"valueEdit"_s));
    }

    // The user's gesture for one row, on the field's own widget.
    void edit(const QString& field)
    {
        auto* form = f->editor->form();
        if (field == u"name"_s)
            replaceText(field, u"Renamed"_s);
        else if (field == u"code"_s)
            replaceText(field, u"NEWCODE"_s);
        else if (field == u"organization_code"_s)
            replaceText(field, u"ORG-NEW"_s);
        else if (field == u"vulnerability_code"_s)
            replaceText(field, u"NEWV"_s);
        else if (field == u"created"_s)
            f->editorOf<DateFieldEditor>(field)->dateEdit()->setDate(QDate(2026, 1, 2));
        else if (field == u"startDate"_s)
            f->editorOf<DateFieldEditor>(field)->dateEdit()->setDate(QDate(2026, 2, 10));
        else if (field == u"endDate"_s)
            f->editorOf<DateFieldEditor>(field)->dateEdit()->setDate(QDate(2026, 3, 15));
        else if (field == u"scoringSystem"_s || field == u"sla_activation"_s ||
                 field == u"new_vulnerability_email_type"_s)
            pickNext(field);
        else if (field == u"groups"_s) {
            auto* groups = f->editorOf<IdListEditor>(field);
            form->showSection(ProjectSection::General);
            QListWidgetItem* item = groups->itemForId(kGroup2);
            QVERIFY(item);
            groups->listWidget()->setFocus();
            groups->listWidget()->setCurrentItem(item);
            QTest::keyClick(groups->listWidget(), Qt::Key_Space);
        } else if (field == u"isOnHold"_s) {
            pickNext(field);
            appendText(u"isOnHoldReason"_s, u"Environment down"_s);
        } else if (field == u"team_notifications"_s) {
            form->showSection(ProjectSection::Notifications);
            clickBox(f->editorOf<ChoiceSetFieldEditor>(field)->checkBox(u"high"_s));
        } else if (field == u"admin_notifications"_s) {
            form->showSection(ProjectSection::Notifications);
            clickBox(f->editorOf<ChoiceSetFieldEditor>(field)->checkBox(u"closed"_s));
        } else if (field == u"forced_emails"_s) {
            form->showSection(ProjectSection::Notifications);
            clickBox(f->editorOf<ChoiceSetFieldEditor>(field)->checkBox(u"project_hold"_s));
        } else if (field == u"start_stop_testing_email"_s || field == u"new_vulnerability_email"_s ||
                   field == u"executive_summary"_s)
            appendText(field, u" Added."_s);
        else if (field == u"start_stop_testing_email_additional_recipients"_s)
            addAddress(field, u"c@example.com"_s);
        else if (field == u"new_vulnerability_email_additional_recipients"_s)
            addAddress(field, u"d@example.com"_s);
        else if (field == u"custom_fields"_s)
            addKeyValue(field, u"owner"_s, u"alice"_s);
        else if (field == u"reporting_custom_fields"_s)
            addKeyValue(field, u"ticket_ref"_s, u"CHG-42"_s);
        else if (field == u"summary_custom_fields"_s)
            addKeyValue(field, u"scope"_s, u"web"_s);
        else if (field == u"portfolio_streams"_s) {
            auto* editor = f->editorOf<PortfolioStreamsEditor>(field);
            form->showSection(ProjectSection::Portfolios);
            QTreeWidgetItem* item = editor->streamItem(kPortfolio1, kStream102);
            QVERIFY(item);
            editor->treeWidget()->setFocus();
            editor->treeWidget()->setCurrentItem(item);
            QTest::keyClick(editor->treeWidget(), Qt::Key_Space);
        } else if (field == u"features"_s) {
            form->showSection(ProjectSection::Access);
            clickBox(f->editorOf<FeatureAccessEditor>(field)->enabledBox(u"reporting"_s));
        } else if (field == u"pages"_s) {
            form->showSection(ProjectSection::Access);
            clickBox(f->editorOf<PagesAccessEditor>(field)->enabledBox());
        } else {
            QFAIL(qPrintable(u"no gesture for "_s + field));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Dialogs::setTestMode(true);
    }
    void init()
    {
        startTest();
        // The literal baseline, stored on the server and opened in a fresh editor.
        Project p = f->serverProject();
        const QJsonObject base = baseline();
        for (auto it = base.begin(); it != base.end(); ++it)
            p.setValue(it.key(), it.value());
        f->server->putProject(ProjectCodec::toReadJson(p));
        f->recreateEditor();
        QVERIFY(QTest::qWaitForWindowActive(f->editor.get()));
        QVERIFY(!f->editor->hasUnsavedChanges());
    }
    void cleanup() { f.reset(); }

    void eachFieldSavesExactlyItsChange_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QByteArray>("expected"); // the PUT body, literally
        m_rowFields.clear();
        auto row = [this](const char* field, const char* body) {
            QTest::newRow(field) << QString::fromLatin1(field) << QByteArray(body);
            m_rowFields.append(QString::fromLatin1(field));
        };
        row("name", R"({"name":"Renamed"})");
        row("code", R"({"code":"NEWCODE"})");
        row("organization_code", R"({"organization_code":"ORG-NEW"})");
        row("vulnerability_code", R"({"vulnerability_code":"NEWV"})");
        row("created", R"({"created":"2026-01-02T00:00:00.000Z"})");
        row("startDate", R"({"startDate":"2026-02-10T00:00:00.000Z"})");
        row("endDate", R"({"endDate":"2026-03-15T00:00:00.000Z"})");
        row("scoringSystem", R"({"scoringSystem":"CVSSv3.1"})");
        row("groups", R"({"groups":["64f790990000000000000001","64f790990000000000000002"]})");
        // The reason is part of the hold change: one gesture, two of the 27 fields.
        row("isOnHold", R"({"isOnHold":"Yes","isOnHoldReason":"Environment down"})");
        row("team_notifications", R"({"team_notifications":["critical","high"]})");
        row("admin_notifications", R"({"admin_notifications":["retest","closed"]})");
        row("forced_emails", R"({"forced_emails":["all_emails","project_hold"]})");
        row("sla_activation", R"({"sla_activation":"manual"})");
        row("start_stop_testing_email", R"({"start_stop_testing_email":"Start body Added."})");
        row("start_stop_testing_email_additional_recipients",
            R"({"start_stop_testing_email_additional_recipients":["a@example.com","c@example.com"]})");
        row("new_vulnerability_email_type", R"({"new_vulnerability_email_type":"group"})");
        row("new_vulnerability_email", R"({"new_vulnerability_email":"New body Added."})");
        row("new_vulnerability_email_additional_recipients",
            R"({"new_vulnerability_email_additional_recipients":["b@example.com","d@example.com"]})");
        row("executive_summary", R"({"executive_summary":"Summary. Added."})");
        row("custom_fields",
            R"({"custom_fields":[{"key":"env","value":"prod"},{"key":"owner","value":"alice"}]})");
        row("reporting_custom_fields",
            R"({"reporting_custom_fields":[{"key":"rep","value":"1"},{"key":"ticket_ref","value":"CHG-42"}]})");
        row("summary_custom_fields",
            R"({"summary_custom_fields":[{"key":"sum","value":"2"},{"key":"scope","value":"web"}]})");
        row("portfolio_streams",
            R"({"portfolio_streams":[{"portfolioId":"65c0ffee0000000000000001","streamId":"65c05eed0000000000000065"},
                                     {"portfolioId":"65c0ffee0000000000000001","streamId":"65c05eed0000000000000066"}]})");
        row("features",
            R"({"features":{"attack_chains":{"enabled":false,"access":{"roles":[],"project_access_level":"View"}},
                            "reporting":{"enabled":false,"access":{"roles":["client"],"project_access_level":"View"}},
                            "retesting":{"enabled":true,"access":{"roles":[],"project_access_level":"Edit"}},
                            "testcases":{"access":{"roles":["consultant"],"project_access_level":"Upload"}}}})");
        row("pages",
            R"({"pages":{"summary":{"enabled":true,"access":{"view_roles":["client"],
                "view_project_access_levels":["View"],"upload_roles":[],"upload_project_access_levels":[],
                "edit_roles":[],"edit_project_access_levels":["Edit"]}}}})");
    }
    void eachFieldSavesExactlyItsChange()
    {
        QFETCH(QString, field);
        QFETCH(QByteArray, expected);
        QJsonParseError error;
        const QJsonObject expectedBody = QJsonDocument::fromJson(expected, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        edit(field);
        QVERIFY(f->editor->hasUnsavedChanges());
        QTRY_VERIFY(f->editor->saveAction()->isEnabled());
        const QJsonObject body = saveAndWait();
        QCOMPARE(QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)),
                 QString::fromUtf8(QJsonDocument(expectedBody).toJson(QJsonDocument::Compact)));
        QCOMPARE(f->putBodies().size(), 1);
        QVERIFY(!f->editor->hasUnsavedChanges());
    }

    // All 27 fields are covered by the rows above (isOnHoldReason travels with isOnHold).
    void rowsCoverEveryField()
    {
        QStringList keys;
        for (const ProjectField& field : ProjectFields::all())
            keys.append(field.key);
        QCOMPARE(keys.size(), 27);
        QStringList covered = m_rowFields;
        covered.append(u"isOnHoldReason"_s);
        keys.sort();
        covered.sort();
        QCOMPARE(covered, keys);
    }
};

QTEST_MAIN(TestEditorAllFields)
#include "TestEditorAllFields.moc"
