// Real-tenant correctness (issue 12 item 7): GetGroups with allGroups=true first and the fallback when
// refused, ids the user cannot see kept and not checked, sla_activation absent from the GET, and the
// project code warnings with "next free code".
#include "tests/support/RetestSandbox.h"

#include "api/ApiKeyStore.h"
#include "api/SsapiClient.h"
#include "models/Catalog.h"
#include "models/CodeIndex.h"
#include "models/ProjectListCache.h"
#include "models/ProjectValidator.h"
#include "ui/editor/ChoiceFieldEditor.h"
#include "ui/editor/TextFieldEditor.h"
#include "ui/editor/UniqueCodeHint.h"
#include "ui/main/SessionController.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ForgeDeskTest;
using namespace ForgeDeskTest::RetestFixtures;

class TestTenantCorrectness : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void groupsFallBackWhenAllGroupsIsRefused();
    void adminGetsAllGroupsInOneCall();
    void keptIdsAreNotCheckedAddedOnesAre();
    void slaActivationNotReturnedIsSaidAndNotSent();
    void nextFreeCode();
    void duplicateCodeWarnsAndOffersNextFree();

private:
    static QList<RecordedRequest> groupCalls(const RetestSandbox& sandbox)
    {
        return sandbox.requests("GET", u"/api/ss/groups"_s);
    }
    void connectSession(SandboxServer& server);
};

void TestTenantCorrectness::connectSession(SandboxServer& server)
{
    QTemporaryDir storage;
    SsapiClient client;
    ApiKeyStore keys;
    ProjectListCache cache(storage.path() + u"/cache"_s);
    SessionController session(&client, &keys, &cache);
    session.connectProfile({u"p"_s, u"Sandbox"_s, server.baseUrl(), true}, kApiKey);
    QTRY_VERIFY_WITH_TIMEOUT(session.catalog().groupsKnown, 10000);
    // Counted on a worker: the index may come before or after the groups.
    QTRY_COMPARE(session.catalog().codesInUse.value(u"code"_s).size(), 3);
    QCOMPARE(session.catalog().codesInUse.value(u"code"_s).usageCount(u" pay "_s),
             1); // "PAY", from "Payments API"
}

void TestTenantCorrectness::groupsFallBackWhenAllGroupsIsRefused()
{
    RetestSandbox sandbox;
    connectSession(*sandbox.server);
    const QList<RecordedRequest> calls = groupCalls(sandbox);
    QCOMPARE(calls.size(), 2);
    QCOMPARE(calls.at(0).query.toString(), u"allGroups=true"_s); // refused: 403 for a non-admin key
    QCOMPARE(calls.at(1).query.toString(), QString());
}

void TestTenantCorrectness::adminGetsAllGroupsInOneCall()
{
    RetestSandbox sandbox;
    sandbox.server->setAdminKey(true);
    connectSession(*sandbox.server);
    const QList<RecordedRequest> calls = groupCalls(sandbox);
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.at(0).query.toString(), u"allGroups=true"_s);
}

void TestTenantCorrectness::keptIdsAreNotCheckedAddedOnesAre()
{
    Catalog catalog;
    catalog.groupsKnown = catalog.portfoliosKnown = true;
    Group mine;
    mine.id = u"g-mine"_s;
    mine.name = u"Mine"_s;
    catalog.groups = {mine};
    Project loaded;
    loaded.setId(u"p1"_s);
    loaded.setValue(ProjectFields::Groups, QJsonArray{u"g-mine"_s, u"g-hidden"_s});
    ValidationContext context;
    context.current = &loaded;
    context.catalog = &catalog;
    // Keeping a group the user cannot see is fine; adding an unknown id is not.
    ValidationIssues issues = ProjectValidator::validateUpdateBody(
        {{u"groups"_s, QJsonArray{u"g-mine"_s, u"g-hidden"_s, u"g-typo"_s}}}, context);
    QCOMPARE(issues.size(), 1);
    QVERIFY(issues.first().message.contains(u"g-typo"_s));
    issues = ProjectValidator::validateUpdateBody({{u"groups"_s, QJsonArray{u"g-hidden"_s}}}, context);
    QVERIFY(issues.isEmpty());
}

void TestTenantCorrectness::slaActivationNotReturnedIsSaidAndNotSent()
{
    const ProjectField* field = ProjectFields::find(u"sla_activation"_s);
    QVERIFY(field);
    ChoiceFieldEditor editor(*field);
    editor.show();
    QSignalSpy changed(&editor, &FieldEditor::changed);
    editor.setValue(QJsonValue()); // a real tenant's GET has no project_sla_activation
    auto* combo = editor.findChild<QComboBox*>(u"comboBox"_s);
    QCOMPARE(combo->currentIndex(), -1);
    QCOMPARE(combo->placeholderText(), u"Not returned by the server"_s);
    QCOMPARE(editor.value(), QJsonValue(QString()));
    QCOMPARE(changed.size(), 0);
    // Picking a value is a change (and only then is it sent).
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().value<QJsonValue>(), QJsonValue(u"automatic"_s));
}

void TestTenantCorrectness::nextFreeCode()
{
    const CodeIndex three({u"PAY-001"_s, u"PAY-002"_s, u"MOB-007"_s});
    QCOMPARE(three.nextFree(u"PAY-002"_s), u"PAY-003"_s);
    QCOMPARE(three.nextFree(u"MOB-007"_s), u"MOB-008"_s);
    QCOMPARE(three.nextFree(), u"PAY-003"_s);
    QCOMPARE(three.nextFree(u"WEB-1"_s), u"PAY-003"_s); // an unused prefix: the most common one
    QCOMPARE(CodeIndex({u"VULN-09"_s, u"VULN-10"_s}).nextFree(), u"VULN-11"_s);
    QCOMPARE(CodeIndex({u"alpha"_s, u"beta"_s}).nextFree(), QString());
    QCOMPARE(CodeIndex().nextFree(u"PAY-001"_s), QString());
    // A tie goes to the prefix seen first, spelled as first seen; case does not split a prefix.
    QCOMPARE(CodeIndex({u"mob-2"_s, u"pay-1"_s, u"PAY-3"_s, u"MOB-9"_s}).nextFree(), u"mob-10"_s);
    // The number after the highest of the prefix, whatever its spacing and case, padded to the widest.
    QCOMPARE(CodeIndex({u"PAY-0007"_s, u"PAY-8"_s, u" pay-0009 "_s}).nextFree(u"PAY-8"_s), u"PAY-0010"_s);
    const CodeIndex spaced({u"PAY-001"_s, u" pay-001 "_s, u"PAY-002"_s});
    QCOMPARE(spaced.usageCount(u"Pay-001"_s), 2);
    QCOMPARE(spaced.usageCount(u"  "_s), 0);
    QCOMPARE(spaced.size(), 3);
}

void TestTenantCorrectness::duplicateCodeWarnsAndOffersNextFree()
{
    const ProjectField* field = ProjectFields::find(u"code"_s);
    QVERIFY(field);
    TextFieldEditor editor(*field);
    Catalog catalog;
    catalog.codesInUse.insert(u"code"_s, CodeIndex({u"PAY-001"_s, u"PAY-002"_s, u"MOB-007"_s}));
    editor.setCatalog(catalog);
    editor.setValue(u"PAY-001"_s); // this project's own code
    editor.show();
    UniqueCodeHint* hint = editor.codeHint();
    QVERIFY(hint);
    QVERIFY(!hint->isVisible());

    QSignalSpy changed(&editor, &FieldEditor::changed);
    auto* line = editor.findChild<QLineEdit*>(u"lineEdit"_s);
    line->selectAll();
    QTest::keyClicks(line, u"PAY-002"_s);
    QVERIFY(hint->isVisible());
    QCOMPARE(hint->findChild<QLabel*>(u"codeWarningLabel"_s)->text(),
             u"Another loaded project uses “PAY-002”."_s);
    auto* next = hint->findChild<QPushButton*>(u"nextFreeCodeButton"_s);
    QCOMPARE(next->text(), u"Use next free code: PAY-003"_s);
    QCOMPARE(next->accessibleName(), u"Code: use next free code PAY-003"_s);
    QVERIFY(changed.size() > 0); // a warning, not a block: the typed value is still an edit
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(line->text(), u"PAY-003"_s);
    QCOMPARE(changed.last().first().value<QJsonValue>(), QJsonValue(u"PAY-003"_s));
    QVERIFY(!hint->isVisible());
}

QTEST_MAIN(TestTenantCorrectness)
#include "TestTenantCorrectness.moc"
