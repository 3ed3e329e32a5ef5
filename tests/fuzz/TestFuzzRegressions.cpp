// What the fuzz targets (tests/fuzz) found, as ordinary Qt Test cases with the exact inputs, so the fixes
// hold in the normal and sanitizer builds too. Each function names the target and the finding.
#include "api/RetryPolicy.h"
#include "sandbox/MongoQuery.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retryAfterSecondsBeyondIntRange();
    void retryAfterDateFarAhead();
    void mongoDatetimeShiftBeyondIntSeconds_data();
    void mongoDatetimeShiftBeyondIntSeconds();
};

// fuzz_api_error: "Retry-After: 3000000" overflowed seconds * 1000 in int (UBSan: signed integer
// overflow); it must read as the longest wait, which the policy then refuses to wait for.
void TestFuzzRegressions::retryAfterSecondsBeyondIntRange()
{
    QCOMPARE(RetryPolicy::parseRetryAfterMs("3000000"), Q_INT64_C(3000000000));
    QCOMPARE(RetryPolicy::parseRetryAfterMs("2147483647"), Q_INT64_C(2147483647000));
    QCOMPARE(RetryPolicy::parseRetryAfterMs("2147483"), Q_INT64_C(2147483000));
    QCOMPARE(RetryPolicy().delayMs(1, "3000000"), -1);
}

// fuzz_api_error: an HTTP-date centuries ahead was truncated from 64 to 32 bits, which could turn it
// into a short wait that the client would honour.
void TestFuzzRegressions::retryAfterDateFarAhead()
{
    // About 7,973 years from 2026: far beyond 32 bits of milliseconds, and never negative.
    QVERIFY(RetryPolicy::parseRetryAfterMs("Fri, 31 Dec 9999 23:59:59 GMT") > Q_INT64_C(250000000000000));
    QCOMPARE(RetryPolicy().delayMs(1, "Fri, 31 Dec 9999 23:59:59 GMT"), -1);
}

void TestFuzzRegressions::mongoDatetimeShiftBeyondIntSeconds_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected");
    // 1,000,000 h = 3.6e9 s and 40,000,000 min = 2.4e9 s: both beyond a 32-bit int of seconds.
    QTest::newRow("hours") << u"{created:{$gte:datetime(\"now\",\"1000000 hours\")}}"_s
                           << u"2138-07-01T04:00:00.000Z"_s;
    QTest::newRow("minutes") << u"{created:{$gte:datetime(\"now\",\"-40000000 minutes\")}}"_s
                             << u"1948-05-13T17:20:00.000Z"_s;
}

// fuzz_mongo_query: datetime("now", "1000000 hours") multiplied hours by 3600 in int (UBSan: signed
// integer overflow) and landed on an arbitrary date.
void TestFuzzRegressions::mongoDatetimeShiftBeyondIntSeconds()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);
    const QDateTime now(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC);
    QString error;
    const std::optional<MongoQuery> parsed = MongoQuery::parse(query, u"vulnerability_"_s, now, &error);
    QVERIFY2(parsed.has_value(), qPrintable(error));
    const QJsonObject condition = parsed->expression().toObject().value(u"created"_s).toObject();
    QCOMPARE(condition.value(u"$gte"_s).toString(), expected);
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "TestFuzzRegressions.moc"
