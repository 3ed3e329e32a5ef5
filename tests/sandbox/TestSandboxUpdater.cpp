// ProjectUpdater: the sandbox's side of UpdateProjectById on a stored read-shaped project.

#include "tests/support/TestData.h"

#include "models/Catalog.h"
#include "models/ProjectCodec.h"
#include "sandbox/ProjectUpdater.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ForgeDeskTest;

class TestSandboxUpdater : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void applyChangesOnlyWhatWasSent()
    {
        Project p = ProjectCodec::fromUpdateBody(loadJsonFixture(u"core/update_request_all_fields.json"_s));
        p.setId(u"p1"_s);
        p.setValue(u"isOnHold"_s, u"No"_s);
        QJsonObject stored = ProjectCodec::toReadJson(p);
        Catalog catalog;
        catalog.groups = {{u"g2"_s, u"Red team"_s}};
        const QDateTime now = QDateTime::fromString(u"2026-01-02T03:04:05.678Z"_s, Qt::ISODateWithMs);
        ProjectUpdater::apply(stored,
                              QJsonObject{{u"name"_s, u"Renamed"_s},
                                          {u"groups"_s, QJsonArray{u"g2"_s}},
                                          {u"isOnHold"_s, u"Yes"_s},
                                          {u"isOnHoldReason"_s, u"Outage"_s}},
                              catalog, now);
        QCOMPARE(stored.value(u"project_name"_s).toString(), u"Renamed"_s);
        QCOMPARE(stored.value(u"project_groups"_s).toArray(),
                 (QJsonArray{QJsonObject{{u"id"_s, u"g2"_s}, {u"name"_s, u"Red team"_s}}}));
        QCOMPARE(stored.value(u"project_on_hold"_s).toString(), u"Yes"_s);
        QCOMPARE(stored.value(u"project_last_modified"_s).toString(), u"2026-01-02T03:04:05.678Z"_s);
        QCOMPARE(stored.value(u"project_hold_history"_s).toArray(),
                 (QJsonArray{QJsonObject{{u"status"_s, u"On Hold"_s},
                                         {u"reason"_s, u"Outage"_s},
                                         {u"created"_s, u"2026-01-02T03:04:05.678Z"_s}}}));
        const Project after = ProjectCodec::fromReadJson(stored);
        QCOMPARE(after.code(), p.code());
        QCOMPARE(after.facts().names.value(u"g2"_s), u"Red team"_s);
    }

    void takingAProjectOffHoldIsRecorded()
    {
        QJsonObject stored{{u"project_id"_s, u"p1"_s}, {u"project_on_hold"_s, u"Yes"_s}};
        const QDateTime now = QDateTime::fromString(u"2026-02-03T04:05:06.789Z"_s, Qt::ISODateWithMs);
        ProjectUpdater::apply(stored, {{u"isOnHold"_s, u"No"_s}, {u"isOnHoldReason"_s, u"Back"_s}}, {}, now);
        QCOMPARE(stored.value(u"project_hold_history"_s).toArray().first().toObject().value(u"status"_s),
                 u"Off Hold"_s);
        // The same value again is no change and adds nothing.
        ProjectUpdater::apply(stored, {{u"isOnHold"_s, u"No"_s}}, {}, now);
        QCOMPARE(stored.value(u"project_hold_history"_s).toArray().size(), 1);
        QCOMPARE(stored.value(u"isOnHoldReason"_s), QJsonValue(QJsonValue::Undefined)); // write-only
    }
};

QTEST_GUILESS_MAIN(TestSandboxUpdater)
#include "TestSandboxUpdater.moc"
