#include "models/ProjectCodec.h"
#include "models/ProjectSummary.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

// The list's compact row, decoded straight from GetProjects JSON (issue 10): every documented shape of
// the fields it keeps, the same answers as the full decoder, and the read shape the offline cache uses.
class TestProjectSummary : public QObject
{
    Q_OBJECT
private:
    // A record as GetProjects documents it (docs/api GetProjects.md), with more than a summary keeps.
    static QJsonObject documented()
    {
        return QJsonObject{
            {u"project_id"_s, u"6151c2dbe2bba43f4d7f5d26"_s},
            {u"project_name"_s, u"Mobile banking"_s},
            {u"project_code"_s, u"MB-7"_s},
            {u"project_vulnerability_code"_s, u"MBV"_s},
            {u"project_groups"_s, QJsonArray{QJsonObject{{u"id"_s, u"g1"_s}, {u"name"_s, u"Blue team"_s}},
                                             QJsonObject{{u"id"_s, u"g2"_s}, {u"name"_s, u"Red team"_s}}}},
            {u"project_status"_s, u"Testing"_s},
            {u"project_testing_progress"_s, u"40%"_s},
            {u"project_on_hold"_s, u"Yes"_s},
            {u"project_start_date"_s, u"2026-03-01T00:00:00.000Z"_s},
            {u"project_end_date"_s, u"2026-03-31T23:59:59.999Z"_s},
            {u"project_scope"_s, QJsonArray{u"app.example.com"_s}},
            {u"project_hold_history"_s,
             QJsonArray{QJsonObject{{u"status"_s, u"On Hold"_s},
                                    {u"reason"_s, u"No access"_s},
                                    {u"created"_s, u"2026-03-05T10:00:00.000Z"_s}}}},
            {u"project_retesting_history"_s,
             QJsonArray{QJsonObject{
                 {u"retesting_round_id"_s, u"r1"_s},
                 {u"retesting_round"_s, 1},
                 {u"retesting_round_status"_s, u"Requested"_s},
                 {u"retesting_round_actioned_by"_s, QJsonObject{{u"user_first_name"_s, u"Ada"_s}}},
                 {u"retesting_window_start"_s, u"2026-03-10T00:00:00.000Z"_s},
                 {u"retesting_window_end"_s, u"2026-03-12T23:59:59.999Z"_s},
                 {u"retesting_round_vulnerabilities"_s,
                  QJsonArray{QJsonObject{{u"vulnerability_id"_s, u"v1"_s}},
                             QJsonObject{{u"vulnerability_id"_s, u"v2"_s}}}},
                 {u"retesting_round_retested_vulnerabilities"_s, QJsonArray{}}}}},
            {u"project_total_vulnerabilities"_s, 999},
            {u"project_last_modified"_s, u"2026-03-06T08:30:00.000Z"_s},
            {u"project_custom_fields"_s, QJsonArray{QJsonObject{{u"key"_s, u"k"_s}, {u"value"_s, u"v"_s}}}}};
    }

private Q_SLOTS:
    void decodesTheDocumentedRecord()
    {
        const ProjectSummary s = ProjectSummary::fromReadJson(documented());
        QCOMPARE(s.id, u"6151c2dbe2bba43f4d7f5d26"_s);
        QCOMPARE(s.name, u"Mobile banking"_s);
        QCOMPARE(s.code, u"MB-7"_s);
        QCOMPARE(s.vulnerabilityCode, u"MBV"_s); // the editor's uniqueness hint needs it
        QCOMPARE(s.status, u"Testing"_s);
        QCOMPARE(s.onHold, true);
        QCOMPARE(s.startDate, u"2026-03-01T00:00:00.000Z"_s);
        QCOMPARE(s.endDate, u"2026-03-31T23:59:59.999Z"_s);
        QCOMPARE(s.startMs, Q_INT64_C(1772323200000));
        QCOMPARE(s.groupIds, (QStringList{u"g1"_s, u"g2"_s}));
        QCOMPARE(s.groupNames, (QStringList{u"Blue team"_s, u"Red team"_s}));
        QCOMPARE(s.groupsText(), u"Blue team, Red team"_s);
        QCOMPARE(s.lastModified, u"2026-03-06T08:30:00.000Z"_s);
        QCOMPARE(s.totalVulnerabilities, 999);
        QCOMPARE(s.rounds.size(), 1);
        QCOMPARE(s.rounds.first().number, 1);
        QCOMPARE(s.rounds.first().status, u"Requested"_s);
        QCOMPARE(s.rounds.first().windowStart, u"2026-03-10T00:00:00.000Z"_s);
        QCOMPARE(s.rounds.first().windowEnd, u"2026-03-12T23:59:59.999Z"_s);
        QCOMPARE(s.rounds.first().vulnerabilityCount, 2);
        QCOMPARE(s.holdHistory.size(), 1);
        QCOMPARE(s.holdHistory.first().reason, u"No access"_s);
        // Folded with the other keys, on the decoder's thread: the list does not fold it again.
        QCOMPARE(s.searchText.text, u"mobile banking mb-7 blue team, red team"_s);
        QCOMPARE(s.searchText.groups(), u"blue team, red team"_s);
    }

    void otherShapesOfTheSameFields_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<bool>("onHold");
        QTest::addColumn<QStringList>("groupNames");
        QTest::addColumn<int>("roundNumber");
        QTest::addColumn<int>("total");
        QJsonObject boolHold = documented();
        boolHold.insert(u"project_on_hold"_s, false);
        QTest::newRow("on hold as a boolean")
            << boolHold << false << QStringList{u"Blue team"_s, u"Red team"_s} << 1 << 999;
        QJsonObject idGroups = documented();
        idGroups.insert(u"project_groups"_s, QJsonArray{u"g1"_s});
        QTest::newRow("groups as bare ids") << idGroups << true << QStringList{u"g1"_s} << 1 << 999;
        QJsonObject texts = documented();
        texts.insert(u"project_total_vulnerabilities"_s, u"12"_s);
        QJsonObject round = texts.value(u"project_retesting_history"_s).toArray().first().toObject();
        round.insert(u"retesting_round"_s, u"3"_s);
        texts.insert(u"project_retesting_history"_s, QJsonArray{round});
        QTest::newRow("numbers as text")
            << texts << true << QStringList{u"Blue team"_s, u"Red team"_s} << 3 << 12;
    }
    void otherShapesOfTheSameFields()
    {
        QFETCH(QJsonObject, json);
        const ProjectSummary s = ProjectSummary::fromReadJson(json);
        QTEST(s.onHold, "onHold");
        QTEST(s.groupNames, "groupNames");
        QTEST(s.rounds.first().number, "roundNumber");
        QTEST(s.totalVulnerabilities, "total");
    }

    void missingFieldsAreEmpty()
    {
        const ProjectSummary s = ProjectSummary::fromReadJson(QJsonObject{{u"project_id"_s, u"p1"_s}});
        QCOMPARE(s.id, u"p1"_s);
        QVERIFY(s.name.isEmpty());
        QCOMPARE(s.onHold, false);
        QCOMPARE(s.startMs, Q_INT64_C(0));
        QVERIFY(s.groupIds.isEmpty());
        QVERIFY(s.rounds.isEmpty());
    }

    void agreesWithTheFullDecoder()
    {
        const QJsonObject json = documented();
        QCOMPARE(ProjectSummary::fromReadJson(json),
                 ProjectSummary::fromProject(ProjectCodec::fromReadJson(json)));
    }

    void readShapeRoundTrips()
    {
        const ProjectSummary s = ProjectSummary::fromReadJson(documented());
        QCOMPARE(ProjectSummary::fromReadJson(s.toReadJson()), s);
        const Project p = s.toProject();
        QCOMPARE(ProjectSummary::fromProject(p), s);
    }
};

QTEST_GUILESS_MAIN(TestProjectSummary)
#include "TestProjectSummary.moc"
