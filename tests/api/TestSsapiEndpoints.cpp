#include "api/ApiError.h"
#include "api/BaseUrlPolicy.h"
#include "api/RetryPolicy.h"
#include "api/SsapiEndpoints.h"
#include "models/RetestRequest.h"
#include "models/RetestRoundUpdate.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

// The exact request of every endpoint, error-body mapping and the URL rules — no network needed.
class TestSsapiEndpoints : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readEndpoints()
    {
        const SsapiRequest projects =
            SsapiEndpoints::getProjects({u"Web"_s, {}, u"Testing"_s, {}, {}, {}}, 500, 500);
        QCOMPARE(projects.method, QByteArray("GET"));
        QCOMPARE(projects.path, u"/api/ss/projects"_s);
        QCOMPARE(projects.query.toString(QUrl::FullyEncoded),
                 u"skip=500&limit=500&name=Web&status=Testing"_s);
        QVERIFY(projects.retryable);
        QVERIFY(!projects.hasBody);

        QCOMPARE(SsapiEndpoints::getProjects({}, 0, 9999).query.queryItemValue(u"limit"_s), u"500"_s);
        QCOMPARE(SsapiEndpoints::getProject(u"5e48c12ec0376309d73aad71"_s).path,
                 u"/api/ss/project/5e48c12ec0376309d73aad71"_s);
        QCOMPARE(SsapiEndpoints::getProject(u"a/b?c"_s).path, u"/api/ss/project/a%2Fb%3Fc"_s);
        QCOMPARE(SsapiEndpoints::getGroups().path, u"/api/ss/groups"_s);
        QCOMPARE(SsapiEndpoints::getPortfolios().path, u"/api/ss/portfolios"_s);

        const SsapiRequest vulns = SsapiEndpoints::getProjectVulnerabilities(u"p1"_s, true, 0, 100);
        QCOMPARE(vulns.path, u"/api/ss/project/p1/vulnerabilities"_s);
        QCOMPARE(vulns.query.queryItemValue(u"q"_s, QUrl::FullyDecoded), u"{is_retest:{$eq:\"Yes\"}}"_s);
        QVERIFY(
            !SsapiEndpoints::getProjectVulnerabilities(u"p1"_s, false, 0, 100).query.hasQueryItem(u"q"_s));
    }

    void writeEndpoints()
    {
        const QJsonObject body{{u"name"_s, u"New name"_s}};
        const SsapiRequest update = SsapiEndpoints::updateProject(u"p1"_s, body);
        QCOMPARE(update.method, QByteArray("PUT"));
        QCOMPARE(update.path, u"/api/ss/project/p1"_s);
        QCOMPARE(update.body, body);
        QVERIFY(update.hasBody && update.retryable);

        const SsapiRequest retest = SsapiEndpoints::requestRetest(
            u"p1"_s, RetestRequest{u"2025-03-23T00:00:00.000Z"_s, {}, {u"v1"_s, u"v2"_s}});
        QCOMPARE(retest.method, QByteArray("POST"));
        QCOMPARE(retest.path, u"/api/ss/project/p1/retest/request"_s);
        QCOMPARE(retest.body, (QJsonObject{{u"retesting_window_start"_s, u"2025-03-23T00:00:00.000Z"_s},
                                           {u"vulnerability_ids"_s, QJsonArray{u"v1"_s, u"v2"_s}}}));
        QVERIFY(!retest.retryable); // a second POST would create a second round

        const SsapiRequest round = SsapiEndpoints::updateRetestRound(
            u"p1"_s, 2, RetestRoundUpdate{u"2025-03-20T00:00:00.000Z"_s, {}});
        QCOMPARE(round.method, QByteArray("PUT"));
        QCOMPARE(round.path, u"/api/ss/project/p1/retest/2"_s);
        QCOMPARE(round.body, (QJsonObject{{u"requested_date"_s, u"2025-03-20T00:00:00.000Z"_s}}));
    }

    void errorBodies_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("category");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("details");
        using C = ApiError::Category;
        QTest::newRow("validation")
            << 400
            << QByteArray(
                   R"({"code":"VALIDATION_FAILED","message":"Invalid","error":{"details":[{"path":"name","info":"required"}]}})")
            << int(C::Validation) << u"Invalid"_s << 1;
        QTest::newRow("error string")
            << 403 << QByteArray(R"({"error":"Access denied"})") << int(C::Auth) << u"Access denied"_s << 0;
        QTest::newRow("status") << 404 << QByteArray(R"({"status":"Project not found"})") << int(C::NotFound)
                                << u"Project not found"_s << 0;
        QTest::newRow("html") << 502 << QByteArray("<html><body>Bad gateway</body></html>") << int(C::Server)
                              << u"Bad Gateway"_s << 0;
        QTest::newRow("empty 429") << 429 << QByteArray() << int(C::RateLimited) << u"Too Many Requests"_s
                                   << 0;
        QTest::newRow("other 4xx") << 409 << QByteArray("{}") << int(C::Client) << u"Conflict"_s << 0;
    }
    void errorBodies()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, category);
        QFETCH(QString, message);
        QFETCH(int, details);
        const QString reason = status == 502   ? u"Bad Gateway"_s
                               : status == 429 ? u"Too Many Requests"_s
                                               : u"Conflict"_s;
        const ApiError error = ApiError::fromHttp(status, body, reason);
        QCOMPARE(int(error.category()), category);
        QCOMPARE(error.message(), message);
        QCOMPARE(error.details().size(), details);
        QCOMPARE(error.httpStatus(), status);
        QVERIFY(error.userMessage().contains(message));
    }

    void baseUrlPolicy()
    {
        QVERIFY(BaseUrlPolicy::problem(QUrl(u"https://acme.attackforge.com"_s)).isEmpty());
        QVERIFY(BaseUrlPolicy::problem(QUrl(u"http://127.0.0.1:8080"_s)).isEmpty());
        QVERIFY(BaseUrlPolicy::problem(QUrl(u"http://127.8.9.10"_s)).isEmpty());
        QVERIFY(BaseUrlPolicy::problem(QUrl(u"http://localhost:1"_s)).isEmpty());
        QVERIFY(BaseUrlPolicy::problem(QUrl(u"http://[::1]:1"_s)).isEmpty());
        QVERIFY(
            BaseUrlPolicy::problem(QUrl(u"http://acme.attackforge.com"_s)).contains(u"HTTPS is required"_s));
        QVERIFY(BaseUrlPolicy::problem(QUrl(u"http://10.0.0.1"_s)).contains(u"HTTPS is required"_s));
        QVERIFY(!BaseUrlPolicy::problem(QUrl(u"ftp://acme"_s)).isEmpty());
        QVERIFY(!BaseUrlPolicy::problem(QUrl()).isEmpty());
        QVERIFY(BaseUrlPolicy::isSameOrigin(QUrl(u"https://a.com/x"_s), QUrl(u"https://A.com:443/y"_s)));
        QVERIFY(!BaseUrlPolicy::isSameOrigin(QUrl(u"https://a.com"_s), QUrl(u"https://b.com"_s)));
        QVERIFY(!BaseUrlPolicy::isSameOrigin(QUrl(u"http://127.0.0.1:1"_s), QUrl(u"http://127.0.0.1:2"_s)));
        QVERIFY(!BaseUrlPolicy::isSameOrigin(QUrl(u"https://a.com"_s), QUrl(u"http://a.com"_s)));
    }

    void retryDelays()
    {
        RetryPolicy policy;
        QCOMPARE(policy.delayMs(1, {}), 500);
        QCOMPARE(policy.delayMs(2, {}), 1000);
        QCOMPARE(policy.delayMs(10, {}), 8000);
        QCOMPARE(policy.delayMs(1, "3"), 3000);
        QCOMPARE(policy.delayMs(1, "3600"), -1); // longer than we are willing to wait
        const QByteArray inTwoSeconds =
            QLocale::c()
                .toString(QDateTime::currentDateTimeUtc().addSecs(2), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s)
                .toLatin1();
        // At most two seconds; at least nothing, however long a loaded machine took to get here.
        QVERIFY(policy.delayMs(1, inTwoSeconds) >= 0 && policy.delayMs(1, inTwoSeconds) <= 2000);
        QCOMPARE(RetryPolicy::parseRetryAfterMs("soon"), -1);
    }
};

QTEST_GUILESS_MAIN(TestSsapiEndpoints)
#include "TestSsapiEndpoints.moc"
