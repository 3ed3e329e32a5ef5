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

    void localDaysBecomeUtcInstants()
    {
        qputenv("TZ", "Australia/Sydney"); // UTC+11 in March, as in the documented example
        const QString start = IsoDate::startOfLocalDay(QDate(2025, 3, 23));
        const QString end = IsoDate::endOfLocalDay(QDate(2025, 3, 30));
        if (QTimeZone::systemTimeZoneId() == "Australia/Sydney") {
            QCOMPARE(start, u"2025-03-22T13:00:00.000Z"_s);
            QCOMPARE(end, u"2025-03-30T12:59:59.999Z"_s);
        }
        QVERIFY(IsoDate::isStrictUtc(start));
        QVERIFY(IsoDate::isStrictUtc(end));
        QCOMPARE(IsoDate::localDay(start), QDate(2025, 3, 23));
        QCOMPARE(IsoDate::localDay(end), QDate(2025, 3, 30));
    }
};

QTEST_GUILESS_MAIN(TestRetestModels)
#include "TestRetestModels.moc"
