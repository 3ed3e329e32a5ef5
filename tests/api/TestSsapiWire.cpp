#include "tests/support/CallOutcome.h"
#include "tests/support/ProjectJson.h"
#include "tests/support/ScriptedHttpServer.h"
#include "tests/support/TestKeys.h"

#include "api/SsapiCall.h"
#include "api/SsapiClient.h"
#include "models/RetestRequest.h"
#include "models/RetestRoundUpdate.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace ForgeDeskTest;
using Kind = ScriptedResponse::Kind;
using C = ApiError::Category;

#include <QLoggingCategory>

namespace {

// Log lines captured while the api category is forced fully on.
QStringList g_logLines;
QtMessageHandler g_previousHandler = nullptr;
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    g_logLines.append(message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

void enableApiLogging(QLoggingCategory* category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrcmp(category->categoryName(), "forgedesk.api") == 0) {
        category->setEnabled(QtDebugMsg, true);
        category->setEnabled(QtInfoMsg, true);
        category->setEnabled(QtWarningMsg, true);
    }
}

} // namespace

// The client on the wire: every endpoint's exact request, and how each error answer is read.
class TestSsapiWire : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<SsapiClient> m_client;

    const RecordedRequest& only() const { return m_server->requests().constFirst(); }
    void verifyCommonHeaders(const RecordedRequest& r)
    {
        QCOMPARE(r.header("X-SSAPI-KEY"), kWireKey.toUtf8());
        QCOMPARE(r.header("Accept"), QByteArray("application/json"));
        QCOMPARE(r.header("User-Agent"), QByteArray("ForgeDesk/" FORGEDESK_VERSION));
    }

private Q_SLOTS:
    void init();
    void cleanup();

    // What each endpoint puts on the wire.
    void fetchProjectOnTheWire();
    void fetchProjectsSendsFilters();
    void updateProjectOnTheWire();
    void requestRetestOnTheWire();
    void updateRetestRoundOnTheWire();
    void fetchVulnerabilitiesOnTheWire();
    void fetchGroupsAndPortfolios();
    void pathParameterStaysOneSegment();

    // Errors.
    void errorCategories_data();
    void errorCategories();
    void validationDetailsAreRead();
    void keyIsRedactedFromServerMessages();
    void keyNeverLogged();
};

void TestSsapiWire::init()
{
    m_server = std::make_unique<ScriptedHttpServer>();
    QVERIFY(m_server->listen());
    m_client = std::make_unique<SsapiClient>();
    QVERIFY(m_client->setBaseUrl(m_server->baseUrl()).isEmpty());
    m_client->setApiKey(kWireKey);
    m_client->setRetryPolicy({3, 1, 5, 5000});
    m_client->setTimeout(5000);
}

void TestSsapiWire::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestSsapiWire::fetchProjectOnTheWire()
{
    m_server->enqueue(ScriptedResponse::json(200, {{u"project"_s, readProject(u"p1"_s, u"Alpha"_s)}}));
    CallOutcome<Project> out;
    m_client->fetchProject(u"p1"_s, this, out.callback());
    QTRY_VERIFY(out.result);
    QVERIFY2(out.result->isOk(), qPrintable(out.result->error().userMessage()));
    QCOMPARE(out.result->value().id(), u"p1"_s);
    QCOMPARE(out.result->value().name(), u"Alpha"_s);
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(only().method, QByteArray("GET"));
    QCOMPARE(only().target, QByteArray("/api/ss/project/p1"));
    verifyCommonHeaders(only());
    QVERIFY(only().header("Content-Type").isEmpty());
    QVERIFY(only().body.isEmpty());
}

void TestSsapiWire::fetchProjectsSendsFilters()
{
    m_server->enqueue(ScriptedResponse::json(200, {{u"count"_s, 1}, {u"projects"_s, namedProjects(0, 1)}}));
    ProjectQuery query;
    query.name = u"A&B +c"_s;
    query.status = u"Testing"_s;
    query.q = u"{project_code:{$eq:\"X\"}}"_s;
    CallOutcome<QList<Project>> out;
    m_client->fetchProjects(query, this, out.callback());
    QTRY_VERIFY(out.result);
    QVERIFY(out.result->isOk());
    QCOMPARE(out.result->value().size(), 1);
    QCOMPARE(only().path, u"/api/ss/projects"_s);
    QCOMPARE(only().query.queryItemValue(u"name"_s, QUrl::FullyDecoded), query.name);
    QCOMPARE(only().query.queryItemValue(u"status"_s), u"Testing"_s);
    QCOMPARE(only().query.queryItemValue(u"q"_s, QUrl::FullyDecoded), query.q);
    QCOMPARE(only().query.queryItemValue(u"skip"_s), u"0"_s);
    QCOMPARE(only().query.queryItemValue(u"limit"_s), u"500"_s);
    verifyCommonHeaders(only());
}

void TestSsapiWire::updateProjectOnTheWire()
{
    const QJsonObject body{{u"name"_s, u"Renamed"_s}, {u"groups"_s, QJsonArray{u"g1"_s, u"g2"_s}}};
    m_server->enqueue(ScriptedResponse::json(
        200, {{u"project"_s, QJsonObject{{u"id"_s, u"p1"_s}, {u"name"_s, u"Renamed"_s}}}}));
    CallOutcome<Project> out;
    m_client->updateProject(u"p1"_s, body, this, out.callback());
    QTRY_VERIFY(out.result);
    QVERIFY2(out.result->isOk(), qPrintable(out.result->error().userMessage()));
    QCOMPARE(out.result->value().name(), u"Renamed"_s);
    QCOMPARE(only().method, QByteArray("PUT"));
    QCOMPARE(only().target, QByteArray("/api/ss/project/p1"));
    QCOMPARE(only().header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(only().json(), body);
    verifyCommonHeaders(only());
}

void TestSsapiWire::requestRetestOnTheWire()
{
    m_server->enqueue(ScriptedResponse::json(200, {{u"status"_s, u"Project retest requested"_s}}));
    RetestRequest request{u"2030-01-01T13:00:00.000Z"_s, u"2030-01-08T12:59:59.000Z"_s, {u"v1"_s}};
    CallOutcome<QString> out;
    m_client->requestRetest(u"p1"_s, request, this, out.callback());
    QTRY_VERIFY(out.result);
    QVERIFY(out.result->isOk());
    QCOMPARE(out.result->value(), u"Project retest requested"_s);
    QCOMPARE(only().method, QByteArray("POST"));
    QCOMPARE(only().target, QByteArray("/api/ss/project/p1/retest/request"));
    QCOMPARE(only().header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(only().json(), request.toJson());
    verifyCommonHeaders(only());
}

void TestSsapiWire::updateRetestRoundOnTheWire()
{
    m_server->enqueue(ScriptedResponse::json(200, {{u"status"_s, u"Project Retest Round Updated"_s}}));
    RetestRoundUpdate update{u"2030-01-02T00:00:00.000Z"_s, {}};
    CallOutcome<QString> out;
    m_client->updateRetestRound(u"p1"_s, 2, update, this, out.callback());
    QTRY_VERIFY(out.result);
    QCOMPARE(out.result->value(), u"Project Retest Round Updated"_s);
    QCOMPARE(only().method, QByteArray("PUT"));
    QCOMPARE(only().target, QByteArray("/api/ss/project/p1/retest/2"));
    QCOMPARE(only().json(), (QJsonObject{{u"requested_date"_s, u"2030-01-02T00:00:00.000Z"_s}}));
    verifyCommonHeaders(only());
}

void TestSsapiWire::fetchVulnerabilitiesOnTheWire()
{
    const QJsonArray vulns{
        QJsonObject{{u"vulnerability_id"_s, u"v1"_s}, {u"vulnerability_retest"_s, u"Yes"_s}}};
    m_server->enqueue(ScriptedResponse::json(200, {{u"count"_s, 1}, {u"vulnerabilities"_s, vulns}}));
    CallOutcome<QList<Vulnerability>> out;
    m_client->fetchVulnerabilities(u"p1"_s, true, this, out.callback());
    QTRY_VERIFY(out.result);
    QVERIFY(out.result->isOk());
    QCOMPARE(out.result->value().size(), 1);
    QVERIFY(out.result->value().first().isReadyForRetest());
    QCOMPARE(only().path, u"/api/ss/project/p1/vulnerabilities"_s);
    QCOMPARE(only().query.queryItemValue(u"q"_s, QUrl::FullyDecoded), u"{is_retest:{$eq:\"Yes\"}}"_s);
    QVERIFY(!only().query.hasQueryItem(u"pendingVulnerabilities"_s));
    verifyCommonHeaders(only());

    m_server->enqueue(ScriptedResponse::json(200, {{u"count"_s, 0}, {u"vulnerabilities"_s, QJsonArray{}}}));
    VulnerabilityQuery filter;
    filter.pendingVulnerabilities = true;
    CallOutcome<QList<Vulnerability>> pending;
    m_client->fetchVulnerabilities(u"p1"_s, filter, this, pending.callback());
    QTRY_VERIFY(pending.result);
    QVERIFY(pending.result->isOk());
    QCOMPARE(m_server->requests().at(1).query.queryItemValue(u"pendingVulnerabilities"_s), u"true"_s);
    QVERIFY(!m_server->requests().at(1).query.hasQueryItem(u"q"_s));
}

void TestSsapiWire::fetchGroupsAndPortfolios()
{
    m_server->setHandler([](const RecordedRequest& r) {
        if (r.path == u"/api/ss/groups"_s)
            return ScriptedResponse::json(
                200, {{u"count"_s, 1},
                      {u"groups"_s,
                       QJsonArray{QJsonObject{{u"group_id"_s, u"g1"_s}, {u"group_name"_s, u"Red"_s}}}}});
        return ScriptedResponse::json(
            200, {{u"portfolios"_s,
                   QJsonArray{QJsonObject{{u"id"_s, u"pf1"_s},
                                          {u"name"_s, u"Web"_s},
                                          {u"streams"_s, QJsonArray{QJsonObject{{u"id"_s, u"s1"_s}}}}}}}});
    });
    CallOutcome<QList<Group>> groups;
    CallOutcome<QList<Portfolio>> portfolios;
    m_client->fetchGroups(this, groups.callback());
    m_client->fetchPortfolios(this, portfolios.callback());
    QTRY_VERIFY(groups.result && portfolios.result);
    QCOMPARE(groups.result->value().first().name, u"Red"_s);
    QCOMPARE(portfolios.result->value().first().streams.size(), 1);
    QCOMPARE(m_server->requestCount(), 2);
    for (const RecordedRequest& r : m_server->requests()) {
        QCOMPARE(r.method, QByteArray("GET"));
        verifyCommonHeaders(r);
    }
}

void TestSsapiWire::pathParameterStaysOneSegment()
{
    m_server->enqueue(ScriptedResponse::json(200, {{u"project"_s, readProject(u"x"_s, u"X"_s)}}));
    CallOutcome<Project> out;
    m_client->fetchProject(u"../groups?a=1#b"_s, this, out.callback());
    QTRY_VERIFY(out.result);
    QCOMPARE(only().target, QByteArray("/api/ss/project/..%2Fgroups%3Fa%3D1%23b"));
}

void TestSsapiWire::errorCategories_data()
{
    QTest::addColumn<ScriptedResponse>("response");
    QTest::addColumn<int>("category");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    const auto msg = [](const QString& text) { return QJsonObject{{u"message"_s, text}}; };
    QTest::newRow("401") << ScriptedResponse::json(401, msg(u"Unauthorized key"_s)) << int(C::Auth) << 401
                         << u"Unauthorized key"_s;
    QTest::newRow("403 error string") << ScriptedResponse::json(403, {{u"error"_s, u"No access"_s}})
                                      << int(C::Auth) << 403 << u"No access"_s;
    QTest::newRow("404 status") << ScriptedResponse::json(404, {{u"status"_s, u"Project not found"_s}})
                                << int(C::NotFound) << 404 << u"Project not found"_s;
    QTest::newRow("400") << ScriptedResponse::json(400, msg(u"Bad input"_s)) << int(C::Validation) << 400
                         << u"Bad input"_s;
    QTest::newRow("422 error object")
        << ScriptedResponse::json(422, {{u"error"_s, QJsonObject{{u"message"_s, u"Nope"_s}}}})
        << int(C::Validation) << 422 << u"Nope"_s;
    QTest::newRow("418 other 4xx") << ScriptedResponse::raw(418, "short and stout") << int(C::Client) << 418
                                   << u"I'm a teapot"_s;
    QTest::newRow("500 not retried") << ScriptedResponse::json(500, msg(u"boom"_s)) << int(C::Server) << 500
                                     << u"boom"_s;
    QTest::newRow("200 not JSON") << ScriptedResponse::raw(200, "<html>hello</html>", "text/html")
                                  << int(C::BadResponse) << 200 << QString();
    QTest::newRow("200 JSON array") << ScriptedResponse::raw(200, "[1,2]", "application/json")
                                    << int(C::BadResponse) << 200 << QString();
    QTest::newRow("200 wrong shape") << ScriptedResponse::json(200, {{u"project"_s, 42}})
                                     << int(C::BadResponse) << 0 << QString();
    QTest::newRow("too large") << ScriptedResponse::raw(200, QByteArray(300 * 1024, ' ') + "{}",
                                                        "application/json")
                               << int(C::BadResponse) << 0 << u"larger than"_s;
    QTest::newRow("not HTTP") << ScriptedResponse::of(Kind::Garbage) << int(C::Network) << 0 << QString();
}

void TestSsapiWire::errorCategories()
{
    QFETCH(ScriptedResponse, response);
    QFETCH(int, category);
    QFETCH(int, status);
    QFETCH(QString, message);
    m_client->setMaxResponseBytes(256 * 1024);
    m_client->setRetryPolicy({0, 1, 1, 1000}); // one answer each: retries are tested below
    m_server->setHandler([response](const RecordedRequest&) { return response; });
    CallOutcome<Project> out;
    m_client->fetchProject(u"p1"_s, this, out.callback());
    QTRY_VERIFY(out.result);
    QVERIFY(!out.result->isOk());
    const ApiError& error = out.result->error();
    QVERIFY2(int(error.category()) == category, qPrintable(error.userMessage()));
    QCOMPARE(error.httpStatus(), status);
    if (!message.isEmpty())
        QVERIFY2(error.message().contains(message), qPrintable(error.message()));
    QVERIFY(!error.userMessage().isEmpty());
    QVERIFY(!error.userMessage().contains(kWireKey));
    QCOMPARE(out.calls, 1);
}

void TestSsapiWire::validationDetailsAreRead()
{
    const QJsonObject body{
        {u"code"_s, u"VALIDATION_FAILED"_s},
        {u"error"_s,
         QJsonObject{
             {u"message"_s, u"Validation failed"_s},
             {u"details"_s,
              QJsonArray{QJsonObject{{u"path"_s, QJsonArray{u"name"_s}}, {u"info"_s, u"is required"_s}},
                         QJsonObject{{u"path"_s, u"end_date"_s}, {u"info"_s, u"before start"_s}}}}}}};
    m_server->enqueue(ScriptedResponse::json(400, body));
    CallOutcome<Project> out;
    m_client->updateProject(u"p1"_s, {{u"name"_s, u""_s}}, this, out.callback());
    QTRY_VERIFY(out.result);
    const ApiError& error = out.result->error();
    QCOMPARE(error.category(), C::Validation);
    QCOMPARE(error.message(), u"Validation failed"_s);
    const QList<ApiError::Detail> expected{{u"name"_s, u"is required"_s}, {u"end_date"_s, u"before start"_s}};
    QCOMPARE(error.details(), expected);
    QVERIFY(error.userMessage().contains(u"end_date: before start"_s));
    QCOMPARE(m_server->requestCount(), 1); // a 400 is final
}

void TestSsapiWire::keyIsRedactedFromServerMessages()
{
    // A careless server echoing the key back must not put it in front of the user.
    const QJsonObject body{
        {u"message"_s, QString(u"Key "_s + kWireKey + u" is not valid"_s)},
        {u"details"_s, QJsonArray{QJsonObject{{u"path"_s, u"key"_s}, {u"info"_s, kWireKey}}}}};
    m_server->enqueue(ScriptedResponse::json(401, body));
    CallOutcome<QList<Group>> out;
    m_client->fetchGroups(this, out.callback());
    QTRY_VERIFY(out.result);
    const ApiError& error = out.result->error();
    QCOMPARE(error.category(), C::Auth);
    QVERIFY(!error.message().contains(kWireKey));
    QVERIFY(!error.userMessage().contains(kWireKey));
    QVERIFY(error.message().contains(u"[redacted]"_s));
    for (const ApiError::Detail& d : error.details())
        QVERIFY(!d.info.contains(kWireKey));
}

void TestSsapiWire::keyNeverLogged()
{
    g_logLines.clear();
    g_previousHandler = qInstallMessageHandler(captureMessage);
    g_previousFilter = QLoggingCategory::installFilter(enableApiLogging);
    m_server->enqueue(ScriptedResponse::json(503, {{u"message"_s, kWireKey}}));
    m_server->enqueue(ScriptedResponse::redirect(302, "/api/ss/groups2"));
    m_server->enqueue(ScriptedResponse::json(200, {{u"groups"_s, QJsonArray{}}}));
    CallOutcome<QList<Group>> ok;
    m_client->fetchGroups(this, ok.callback());
    QTRY_VERIFY(ok.result);
    m_server->enqueue(ScriptedResponse::json(401, {{u"error"_s, kWireKey}}));
    CallOutcome<QList<Group>> failed;
    m_client->fetchGroups(this, failed.callback());
    QTRY_VERIFY(failed.result);
    QLoggingCategory::installFilter(g_previousFilter);
    qInstallMessageHandler(g_previousHandler);
    QVERIFY(ok.result->isOk());
    QVERIFY(!g_logLines.isEmpty()); // the category really was on
    for (const QString& line : std::as_const(g_logLines))
        QVERIFY2(!line.contains(kWireKey), qPrintable(line));
}

QTEST_GUILESS_MAIN(TestSsapiWire)
#include "TestSsapiWire.moc"
