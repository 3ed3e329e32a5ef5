#include "models/FieldValue.h"
#include "models/ProjectDiff.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

// The diff decides what is sent: only changed fields, cleared lists as [].
class TestProjectDiff : public QObject
{
    Q_OBJECT
private:
    static Project sample()
    {
        Project p;
        p.setId(u"p1"_s);
        p.setValue(u"name"_s, u"Web app"_s);
        p.setValue(u"code"_s, u"WEB1"_s);
        p.setValue(u"team_notifications"_s, QJsonArray{u"critical"_s, u"high"_s});
        p.setValue(u"custom_fields"_s, QJsonArray{QJsonObject{{u"key"_s, u"a"_s}, {u"value"_s, u"1"_s}}});
        p.setValue(u"features"_s, QJsonObject{{u"reporting"_s, QJsonObject{{u"enabled"_s, true}}}});
        return p;
    }

private Q_SLOTS:
    void unchangedProjectSendsNothing() { QVERIFY(ProjectDiff::updateBody(sample(), sample()).isEmpty()); }

    void onlyChangedFieldsAreSent()
    {
        Project edited = sample();
        edited.setValue(u"name"_s, u"Web app v2"_s);
        const QJsonObject body = ProjectDiff::updateBody(sample(), edited);
        QCOMPARE(body, (QJsonObject{{u"name"_s, u"Web app v2"_s}}));
    }

    void clearedListIsSentAsEmptyArray()
    {
        Project edited = sample();
        edited.clearValue(u"team_notifications"_s);
        edited.setValue(u"custom_fields"_s, QJsonArray());
        const QJsonObject body = ProjectDiff::updateBody(sample(), edited);
        QCOMPARE(body,
                 (QJsonObject{{u"team_notifications"_s, QJsonArray()}, {u"custom_fields"_s, QJsonArray()}}));
    }

    void clearedTextIsSentAsEmptyString()
    {
        Project edited = sample();
        edited.clearValue(u"code"_s);
        QCOMPARE(ProjectDiff::updateBody(sample(), edited), (QJsonObject{{u"code"_s, QString()}}));
    }

    void choiceSetOrderDoesNotMatter()
    {
        Project edited = sample();
        edited.setValue(u"team_notifications"_s, QJsonArray{u"high"_s, u"critical"_s});
        QVERIFY(ProjectDiff::updateBody(sample(), edited).isEmpty());
    }

    void absentEqualsEmpty()
    {
        Project edited = sample();
        edited.setValue(u"executive_summary"_s, QString());
        edited.setValue(u"forced_emails"_s, QJsonArray());
        QVERIFY(ProjectDiff::updateBody(sample(), edited).isEmpty());
    }

    void nestedChangeSendsTheWholeObject()
    {
        Project edited = sample();
        edited.setValue(u"features"_s, QJsonObject{{u"reporting"_s, QJsonObject{{u"enabled"_s, false}}}});
        const QList<FieldChange> changes = ProjectDiff::between(sample(), edited);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().field->key, u"features"_s);
        QCOMPARE(ProjectDiff::changedKeys(sample(), edited), QStringList{u"features"_s});
    }

    void holdReasonIsSentWithTheHoldChange()
    {
        Project edited = sample();
        edited.setValue(u"isOnHold"_s, u"Yes"_s);
        edited.setValue(u"isOnHoldReason"_s, u"Environment down"_s);
        const QJsonObject body = ProjectDiff::updateBody(sample(), edited);
        QCOMPARE(body.value(u"isOnHold"_s).toString(), u"Yes"_s);
        QCOMPARE(body.value(u"isOnHoldReason"_s).toString(), u"Environment down"_s);
    }

    void displayIsReadable()
    {
        const ProjectField* team = ProjectFields::find(u"team_notifications"_s);
        QCOMPARE(FieldValue::display(*team, QJsonArray{u"critical"_s, u"info"_s}), u"Critical, Info"_s);
        QCOMPARE(FieldValue::display(*team, QJsonArray()), u"(empty)"_s);
        const ProjectField* groups = ProjectFields::find(u"groups"_s);
        QCOMPARE(FieldValue::display(*groups, QJsonArray{u"g1"_s}, {{u"g1"_s, u"Blue team"_s}}),
                 u"Blue team"_s);
    }
};

QTEST_GUILESS_MAIN(TestProjectDiff)
#include "TestProjectDiff.moc"
