#include "tests/support/TestData.h"

#include "models/Catalog.h"
#include "models/ProjectCodec.h"
#include "models/ProjectField.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ForgeDeskTest;

// Decoding and encoding of the three project shapes, over the documented examples.
class TestProjectCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void documentedRequestExampleRoundTrips_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("documented curl body") << u"core/update_request_example.json"_s;
        QTest::newRow("every documented field") << u"core/update_request_all_fields.json"_s;
    }
    void documentedRequestExampleRoundTrips()
    {
        QFETCH(QString, fixture);
        const QJsonObject body = loadJsonFixture(fixture);
        const Project project = ProjectCodec::fromUpdateBody(body);
        QCOMPARE(ProjectCodec::toUpdateBody(project), body);
    }

    void documentedResponseExampleDecodes()
    {
        const QJsonObject json =
            loadJsonFixture(u"core/update_response_example.json"_s).value(u"project"_s).toObject();
        const Project p = ProjectCodec::fromResponseJson(json);
        QCOMPARE(p.id(), u"..."_s);
        QCOMPARE(p.name(), u"..."_s);
        QCOMPARE(p.text(u"scoringSystem"_s), u"..."_s); // response says scoring_system
        QCOMPARE(p.groupIds(), QStringList{u"..."_s});  // response groups are {id, name}
        QCOMPARE(p.facts().lastModified, u"..."_s);     // response says last_updated
        const QJsonArray streams = p.value(u"portfolio_streams"_s).toArray();
        QCOMPARE(streams.size(), 1);
        QCOMPARE(streams.first().toObject().value(u"streamId"_s).toString(), u"..."_s);
        QVERIFY(p.value(u"features"_s).toObject().contains(u"testcases"_s));
        QCOMPARE(p.value(u"custom_fields"_s).toArray().first().toObject().keys(),
                 (QStringList{u"key"_s, u"value"_s})); // "type" is read-only and never sent back
    }

    void documentedGetExampleDecodes()
    {
        const QJsonObject json =
            loadJsonFixture(u"core/get_project_example.json"_s).value(u"project"_s).toObject();
        const Project p = ProjectCodec::fromReadJson(json);
        QCOMPARE(p.id(), u"..."_s);
        QCOMPARE(p.text(u"vulnerability_code"_s), u"..."_s);
        QCOMPARE(p.facts().retestRounds.size(), 1);
        QCOMPARE(p.facts().retestRounds.first().number, 1);
        QCOMPARE(p.facts().retestRounds.first().vulnerabilities.size(), 1);
        QCOMPARE(p.facts().holdHistory.size(), 1);
        QCOMPARE(p.facts().totalVulnerabilities, 999);
        // The summary page's custom fields are read-only: not part of the editable value.
        QVERIFY(!p.value(u"pages"_s).toObject().value(u"summary"_s).toObject().contains(u"custom_fields"_s));
    }

    void toleratesAbsentNullAndUnknownFields()
    {
        const QJsonObject json{{u"project_id"_s, u"p1"_s},
                               {u"project_name"_s, QJsonValue::Null},
                               {u"project_on_hold"_s, true},
                               {u"project_groups"_s, u"not-an-array"_s},
                               {u"something_new"_s, 42}};
        const Project p = ProjectCodec::fromReadJson(json);
        QCOMPARE(p.id(), u"p1"_s);
        QVERIFY(!p.hasValue(u"name"_s));
        QCOMPARE(p.text(u"isOnHold"_s), u"Yes"_s);
        QVERIFY(p.facts().retestRounds.isEmpty());
    }

    void readShapeRoundTrips()
    {
        const QJsonObject json =
            loadJsonFixture(u"core/get_project_example.json"_s).value(u"project"_s).toObject();
        const Project p = ProjectCodec::fromReadJson(json);
        QCOMPARE(ProjectCodec::fromReadJson(ProjectCodec::toReadJson(p)), p);
    }
};

QTEST_GUILESS_MAIN(TestProjectCodec)
#include "TestProjectCodec.moc"
