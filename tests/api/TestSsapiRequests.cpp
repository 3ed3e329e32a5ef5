// Each endpoint's exact request (method, path, query, body, retry flag), built without a network.
#include "api/SsapiEndpoints.h"

#include "models/RetestRequest.h"
#include "models/RetestRoundUpdate.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSsapiRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void getProjectsDefaults();
    void getProjectsFilters();
    void getProjectsClampsPaging();
    void getProject();
    void pathParametersArePercentEncoded_data();
    void pathParametersArePercentEncoded();
    void updateProject();
    void requestRetestIsNeverRetryable();
    void updateRetestRound();
    void updateRetestRoundSendsOnlySetDates();
    void getProjectVulnerabilities();
    void getProjectVulnerabilitiesReadyForRetest();
    void getProjectVulnerabilitiesPending();
    void getGroupsAndPortfolios();
};

void TestSsapiRequests::getProjectsDefaults()
{
    const SsapiRequest r = SsapiEndpoints::getProjects({}, 0, 500);
    QCOMPARE(r.method, "GET");
    QCOMPARE(r.path, u"/api/ss/projects"_s);
    QCOMPARE(r.query.toString(QUrl::FullyEncoded), u"skip=0&limit=500"_s);
    QVERIFY(!r.hasBody);
    QVERIFY(r.body.isEmpty());
    QVERIFY(r.retryable);
}

void TestSsapiRequests::getProjectsFilters()
{
    ProjectQuery q;
    q.name = u"Acme & Co+1"_s;
    q.code = u"AC-1"_s;
    q.status = u"Testing"_s;
    q.startDate = u"2025-01-01T00:00:00.000Z"_s;
    q.endDate = u"2025-12-31T23:59:59.999Z"_s;
    q.q = u"{project_name:{$eq:\"x y\"}}"_s;
    const SsapiRequest r = SsapiEndpoints::getProjects(q, 1000, 250);
    QCOMPARE(r.query.toString(QUrl::FullyEncoded),
             u"skip=1000&limit=250&name=Acme%20%26%20Co%2B1&code=AC-1&status=Testing"
             "&startDate=2025-01-01T00%3A00%3A00.000Z&endDate=2025-12-31T23%3A59%3A59.999Z"
             "&q=%7Bproject_name%3A%7B%24eq%3A%22x%20y%22%7D%7D"_s);
    // What a server decodes is exactly what the user typed ("+" is not turned into a space).
    QCOMPARE(r.query.queryItemValue(u"name"_s, QUrl::FullyDecoded), q.name);
    QCOMPARE(r.query.queryItemValue(u"q"_s, QUrl::FullyDecoded), q.q);
}

void TestSsapiRequests::getProjectsClampsPaging()
{
    const SsapiRequest r = SsapiEndpoints::getProjects({}, -5, 10000);
    QCOMPARE(r.query.queryItemValue(u"skip"_s), u"0"_s);
    QCOMPARE(r.query.queryItemValue(u"limit"_s), u"500"_s);
    QCOMPARE(SsapiEndpoints::getProjects({}, 0, 0).query.queryItemValue(u"limit"_s), u"1"_s);
}

void TestSsapiRequests::getProject()
{
    const SsapiRequest r = SsapiEndpoints::getProject(u"5e48c12ec0376309d73aad71"_s);
    const SsapiRequest expected{"GET", u"/api/ss/project/5e48c12ec0376309d73aad71"_s, {}, {}, false, true};
    QCOMPARE(r, expected);
}

void TestSsapiRequests::pathParametersArePercentEncoded_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("path");
    QTest::newRow("plain") << u"abc123"_s << u"/api/ss/project/abc123"_s;
    QTest::newRow("slash") << u"a/../b"_s << u"/api/ss/project/a%2F..%2Fb"_s;
    QTest::newRow("query and fragment") << u"a?x=1#f"_s << u"/api/ss/project/a%3Fx%3D1%23f"_s;
    QTest::newRow("space and percent") << u"a b%20"_s << u"/api/ss/project/a%20b%2520"_s;
    QTest::newRow("unicode") << u"é"_s << u"/api/ss/project/%C3%A9"_s;
    QTest::newRow("dot segment") << u".."_s << u"/api/ss/project/.."_s;
}

void TestSsapiRequests::pathParametersArePercentEncoded()
{
    QFETCH(QString, id);
    QFETCH(QString, path);
    QCOMPARE(SsapiEndpoints::getProject(id).path, path);
    QCOMPARE(SsapiEndpoints::updateProject(id, {}).path, path);
    QCOMPARE(SsapiEndpoints::requestRetest(id, {}).path, path + u"/retest/request"_s);
    QCOMPARE(SsapiEndpoints::updateRetestRound(id, 2, {}).path, path + u"/retest/2"_s);
    QCOMPARE(SsapiEndpoints::getProjectVulnerabilities(id, false, 0, 500).path, path + u"/vulnerabilities"_s);
}

void TestSsapiRequests::updateProject()
{
    const QJsonObject body{{u"name"_s, u"New name"_s}, {u"groups"_s, QJsonArray{u"g1"_s}}};
    const SsapiRequest r = SsapiEndpoints::updateProject(u"p1"_s, body);
    const SsapiRequest expected{"PUT", u"/api/ss/project/p1"_s, {}, body, true, true};
    QCOMPARE(r, expected);
}

void TestSsapiRequests::requestRetestIsNeverRetryable()
{
    RetestRequest request;
    request.windowStart = u"2025-03-23T13:00:00.000Z"_s;
    request.windowEnd = u"2025-03-30T12:59:59.000Z"_s;
    request.vulnerabilityIds = {u"v1"_s, u"v2"_s};
    const SsapiRequest r = SsapiEndpoints::requestRetest(u"p1"_s, request);
    QCOMPARE(r.method, "POST");
    QCOMPARE(r.path, u"/api/ss/project/p1/retest/request"_s);
    QVERIFY(r.query.isEmpty());
    QVERIFY(r.hasBody);
    QVERIFY(!r.retryable);
    const QJsonObject expected{{u"retesting_window_start"_s, u"2025-03-23T13:00:00.000Z"_s},
                               {u"retesting_window_end"_s, u"2025-03-30T12:59:59.000Z"_s},
                               {u"vulnerability_ids"_s, QJsonArray{u"v1"_s, u"v2"_s}}};
    QCOMPARE(r.body, expected);
}

void TestSsapiRequests::updateRetestRound()
{
    RetestRoundUpdate update;
    update.requestedDate = u"2025-03-01T00:00:00.000Z"_s;
    update.completedDate = u"2025-03-05T00:00:00.000Z"_s;
    const SsapiRequest r = SsapiEndpoints::updateRetestRound(u"p 1"_s, 3, update);
    QCOMPARE(r.method, "PUT");
    QCOMPARE(r.path, u"/api/ss/project/p%201/retest/3"_s);
    QVERIFY(r.hasBody);
    QVERIFY(r.retryable);
    const QJsonObject expected{{u"requested_date"_s, u"2025-03-01T00:00:00.000Z"_s},
                               {u"completed_date"_s, u"2025-03-05T00:00:00.000Z"_s}};
    QCOMPARE(r.body, expected);
}

void TestSsapiRequests::updateRetestRoundSendsOnlySetDates()
{
    RetestRoundUpdate update;
    update.completedDate = u"2025-03-05T00:00:00.000Z"_s;
    const SsapiRequest r = SsapiEndpoints::updateRetestRound(u"p1"_s, 1, update);
    QCOMPARE(r.body, (QJsonObject{{u"completed_date"_s, u"2025-03-05T00:00:00.000Z"_s}}));
}

void TestSsapiRequests::getProjectVulnerabilities()
{
    const SsapiRequest r = SsapiEndpoints::getProjectVulnerabilities(u"p1"_s, false, 500, 500);
    QCOMPARE(r.method, "GET");
    QCOMPARE(r.path, u"/api/ss/project/p1/vulnerabilities"_s);
    QCOMPARE(r.query.toString(QUrl::FullyEncoded), u"skip=500&limit=500"_s);
    QVERIFY(r.retryable);
    QVERIFY(!r.hasBody);
}

void TestSsapiRequests::getProjectVulnerabilitiesReadyForRetest()
{
    const SsapiRequest r = SsapiEndpoints::getProjectVulnerabilities(u"p1"_s, true, 0, 100);
    QCOMPARE(r.query.queryItemValue(u"q"_s, QUrl::FullyDecoded), u"{is_retest:{$eq:\"Yes\"}}"_s);
    QCOMPARE(r.query.toString(QUrl::FullyEncoded),
             u"skip=0&limit=100&q=%7Bis_retest%3A%7B%24eq%3A%22Yes%22%7D%7D"_s);
}

void TestSsapiRequests::getProjectVulnerabilitiesPending()
{
    VulnerabilityQuery filter;
    filter.pendingVulnerabilities = true;
    const SsapiRequest r = SsapiEndpoints::getProjectVulnerabilities(u"p1"_s, filter, 0, 500);
    QCOMPARE(r.query.toString(QUrl::FullyEncoded), u"skip=0&limit=500&pendingVulnerabilities=true"_s);
}

void TestSsapiRequests::getGroupsAndPortfolios()
{
    const SsapiRequest groups{"GET", u"/api/ss/groups"_s, {}, {}, false, true};
    const SsapiRequest portfolios{"GET", u"/api/ss/portfolios"_s, {}, {}, false, true};
    QCOMPARE(SsapiEndpoints::getGroups(), groups);
    QCOMPARE(SsapiEndpoints::getPortfolios(), portfolios);
}

QTEST_GUILESS_MAIN(TestSsapiRequests)
#include "TestSsapiRequests.moc"
