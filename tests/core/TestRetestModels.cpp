#include "TestZones.h"
#include "models/IsoDate.h"
#include "models/RetestRequest.h"
#include "models/RetestRound.h"
#include "models/RetestRoundUpdate.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

// Retest request/round bodies, their rules, and the date conventions they rely on.
class TestRetestModels : public QObject
{
    Q_OBJECT
private:
    static QList<Vulnerability> vulnerabilities()
    {
        return {{u"v1"_s, u"WEB-1"_s, u"XSS"_s, u"High"_s, u"Open"_s, u"Yes"_s},
                {u"v2"_s, u"WEB-2"_s, u"SQLi"_s, u"Critical"_s, u"Open"_s, u"No"_s},
                {u"v3"_s, u"WEB-3"_s, u"CSRF"_s, u"Low"_s, u"Closed"_s, u"No"_s}};
    }

private Q_SLOTS:
    void requestBodyHasDocumentedKeys()
    {
        RetestRequest r{u"2025-03-23T00:00:00.000Z"_s, {}, {u"v1"_s}};
        QCOMPARE(r.toJson(), (QJsonObject{{u"retesting_window_start"_s, u"2025-03-23T00:00:00.000Z"_s},
                                          {u"vulnerability_ids"_s, QJsonArray{u"v1"_s}}}));
        r.windowEnd = u"2025-03-30T00:00:00.000Z"_s;
        QCOMPARE(r.toJson().value(u"retesting_window_end"_s).toString(), r.windowEnd);
        QCOMPARE(RetestRequest::fromJson(r.toJson()).toJson(), r.toJson());
    }

    void requestRules_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<QString>("failingField");
        QTest::newRow("ok open-ended")
            << u"2025-03-23T00:00:00.000Z"_s << QString() << QStringList{u"v1"_s} << QString();
        QTest::newRow("ok with end") << u"2025-03-23T00:00:00.000Z"_s << u"2025-03-23T00:00:00.000Z"_s
                                     << QStringList{u"v1"_s} << QString();
        QTest::newRow("no start") << QString() << QString() << QStringList{u"v1"_s}
                                  << u"retesting_window_start"_s;
        QTest::newRow("bad start") << u"23/03/2025"_s << QString() << QStringList{u"v1"_s}
                                   << u"retesting_window_start"_s;
        QTest::newRow("end before start") << u"2025-03-23T00:00:00.000Z"_s << u"2025-03-22T00:00:00.000Z"_s
                                          << QStringList{u"v1"_s} << u"retesting_window_end"_s;
        QTest::newRow("no vulnerabilities")
            << u"2025-03-23T00:00:00.000Z"_s << QString() << QStringList() << u"vulnerability_ids"_s;
        QTest::newRow("not ready") << u"2025-03-23T00:00:00.000Z"_s << QString() << QStringList{u"v2"_s}
                                   << u"vulnerability_ids"_s;
        QTest::newRow("closed") << u"2025-03-23T00:00:00.000Z"_s << QString() << QStringList{u"v3"_s}
                                << u"vulnerability_ids"_s;
        QTest::newRow("unknown") << u"2025-03-23T00:00:00.000Z"_s << QString() << QStringList{u"v9"_s}
                                 << u"vulnerability_ids"_s;
    }
    void requestRules()
    {
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(QStringList, ids);
        QFETCH(QString, failingField);
        const ValidationIssues issues = RetestRequest{start, end, ids}.validate(vulnerabilities());
        if (failingField.isEmpty()) {
            QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).message));
        } else {
            QCOMPARE(issues.size(), 1);
            QCOMPARE(issues.first().field, failingField);
        }
    }

    void roundUpdateSendsOnlySetDates()
    {
        const RetestRoundUpdate u{{}, u"2025-04-01T00:00:00.000Z"_s};
        QCOMPARE(u.toJson(), (QJsonObject{{u"completed_date"_s, u"2025-04-01T00:00:00.000Z"_s}}));
        QVERIFY(u.validate().isEmpty());
        QCOMPARE(RetestRoundUpdate{}.validate().size(), 1);
        QCOMPARE((RetestRoundUpdate{u"yesterday"_s, {}}).validate().first().field, u"requested_date"_s);
    }

    void roundDecodesDocumentedShape()
    {
        const QJsonObject json{
            {u"retesting_round_id"_s, u"r1"_s},
            {u"retesting_round"_s, 2},
            {u"retesting_round_status"_s, u"Requested"_s},
            {u"retesting_window_start"_s, u"2025-03-23T00:00:00.000Z"_s},
            {u"retesting_round_actioned_by"_s,
             QJsonObject{{u"user_first_name"_s, u"Ada"_s}, {u"user_last_name"_s, u"Lovelace"_s}}},
            {u"retesting_round_vulnerabilities"_s,
             QJsonArray{QJsonObject{{u"vulnerability_id"_s, u"v1"_s}}}}};
        const RetestRound r = RetestRound::fromJson(json);
        QCOMPARE(r.number, 2);
        QVERIFY(r.isOpen());
        QVERIFY(r.windowEnd.isEmpty());
        QCOMPARE(r.actionedBy, u"Ada Lovelace"_s);
        QCOMPARE(RetestRound::fromJson(r.toJson()), r);
    }

    void readinessFollowsTheRetestFlag()
    {
        const auto list = vulnerabilities();
        QVERIFY(list[0].isReadyForRetest());
        QVERIFY(!list[1].isReadyForRetest());
        QVERIFY(!list[1].notRetestableReason().isEmpty());
        QVERIFY(!list[2].isReadyForRetest());
    }

    // Runs under UTC, Pacific/Auckland and America/Los_Angeles (see tests/core/CMakeLists.txt); the
    // days include each zone's DST changes, where a local day is 23 or 25 hours long.
    void localDaysBecomeUtcInstants_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        struct Row
        {
            const char* name;
            QDate day;
            QString utc[2], auckland[2], losAngeles[2];
        };
        const Row rows[] = {
            {"plain March day",
             {2025, 3, 23},
             {u"2025-03-23T00:00:00.000Z"_s, u"2025-03-23T23:59:59.999Z"_s},
             {u"2025-03-22T11:00:00.000Z"_s, u"2025-03-23T10:59:59.999Z"_s},
             {u"2025-03-23T07:00:00.000Z"_s, u"2025-03-24T06:59:59.999Z"_s}},
            {"Los Angeles springs forward",
             {2026, 3, 8},
             {u"2026-03-08T00:00:00.000Z"_s, u"2026-03-08T23:59:59.999Z"_s},
             {u"2026-03-07T11:00:00.000Z"_s, u"2026-03-08T10:59:59.999Z"_s},
             {u"2026-03-08T08:00:00.000Z"_s, u"2026-03-09T06:59:59.999Z"_s}},
            {"Auckland falls back",
             {2026, 4, 5},
             {u"2026-04-05T00:00:00.000Z"_s, u"2026-04-05T23:59:59.999Z"_s},
             {u"2026-04-04T11:00:00.000Z"_s, u"2026-04-05T11:59:59.999Z"_s},
             {u"2026-04-05T07:00:00.000Z"_s, u"2026-04-06T06:59:59.999Z"_s}},
            {"Auckland springs forward",
             {2026, 9, 27},
             {u"2026-09-27T00:00:00.000Z"_s, u"2026-09-27T23:59:59.999Z"_s},
             {u"2026-09-26T12:00:00.000Z"_s, u"2026-09-27T10:59:59.999Z"_s},
             {u"2026-09-27T07:00:00.000Z"_s, u"2026-09-28T06:59:59.999Z"_s}},
            {"Los Angeles falls back",
             {2026, 11, 1},
             {u"2026-11-01T00:00:00.000Z"_s, u"2026-11-01T23:59:59.999Z"_s},
             {u"2026-10-31T11:00:00.000Z"_s, u"2026-11-01T10:59:59.999Z"_s},
             {u"2026-11-01T07:00:00.000Z"_s, u"2026-11-02T07:59:59.999Z"_s}},
        };
        const QByteArray zone = TestZones::current();
        for (const Row& r : rows) {
            const QString* pair = zone == "Pacific/Auckland"      ? r.auckland
                                  : zone == "America/Los_Angeles" ? r.losAngeles
                                  : zone == "UTC"                 ? r.utc
                                                                  : nullptr;
            if (!pair)
                QSKIP("no literal expectations for this TZ");
            QTest::newRow(r.name) << r.day << pair[0] << pair[1];
        }
    }
    void localDaysBecomeUtcInstants()
    {
        QFETCH(QDate, day);
        QFETCH(QString, start);
        QFETCH(QString, end);
        QVERIFY2(TestZones::processRunsInRegisteredZone(), TestZones::current().constData());
        QCOMPARE(IsoDate::startOfLocalDay(day), start);
        QCOMPARE(IsoDate::endOfLocalDay(day), end);
        QCOMPARE(IsoDate::localDay(start), day);
        QCOMPARE(IsoDate::localDay(end), day);
        QCOMPARE(IsoDate::localDay(IsoDate::format(IsoDate::parse(end).addMSecs(1))), day.addDays(1));
    }
};

QTEST_GUILESS_MAIN(TestRetestModels)
#include "TestRetestModels.moc"
