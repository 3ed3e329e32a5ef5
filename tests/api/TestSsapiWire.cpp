// The client against FakeSsapiServer, a scripted raw HTTP server on 127.0.0.1: exactly what reaches the
// wire for every endpoint, every error category, retry counts, Retry-After, the never-retried POST,
// cancellation, time-outs, redirects, TLS failure, paging, and the key kept out of errors and logs.
#include "FakeSsapiServer.h"

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
using Kind = ScriptedResponse::Kind;
using C = ApiError::Category;

namespace {

const QString kKey = u"wire-key-7Qz9-secret"_s;

// Collects the one result a call delivers.
template <typename T> struct Outcome
{
    std::optional<ApiResult<T>> result;
    int calls = 0;
    auto callback()
    {
        return [this](const ApiResult<T>& r) {
            result = r;
            ++calls;
        };
    }
    C category() const { return result->error().category(); }
};

QJsonObject readProject(const QString& id, const QString& name)
{
    return {{u"project_id"_s, id}, {u"project_name"_s, name}};
}

QJsonArray namedProjects(int from, int count)
{
    QJsonArray list;
    for (int i = from; i < from + count; ++i)
        list.append(readProject(u"p%1"_s.arg(i), u"Project %1"_s.arg(i)));
    return list;
}

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

class TestSsapiWire : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeSsapiServer> m_server;
    std::unique_ptr<SsapiClient> m_client;

    const RecordedRequest& only() const { return m_server->requests().constFirst(); }
    void verifyCommonHeaders(const RecordedRequest& r)
    {
        QCOMPARE(r.header("X-SSAPI-KEY"), kKey.toUtf8());
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

    // Retries.
    void retriedUntilSuccess_data();
    void retriedUntilSuccess();
    void retriesAreBounded();
    void retryAfterHttpDateIsHonoured();
    void retryAfterBeyondCapIsNotWaitedFor();
    void retestPostIsNeverRetried_data();
    void retestPostIsNeverRetried();
    void cancelDuringBackoff();

    // Time-outs and cancellation.
    void getTimeoutIsTimeoutNotCancelled();
    void cancelWhileWaitingForAnswer();

    // Where the key may go.
    void crossOriginRedirectNeverCarriesTheKey_data();
    void crossOriginRedirectNeverCarriesTheKey();
    void sameOriginRedirectIsFollowed();
    void redirectWithoutLocationFails();
    void keyIsCleanedOfControlCharacters();
    void plainHttpToRemoteHostIsRefused_data();
    void plainHttpToRemoteHostIsRefused();
    void tlsFailureFailsTheCall();

    // Paging.
    void pagesUntilCountReached();
    void shortPageEndsPaging();
    void errorOnLaterPageFailsTheFetch();
    void cancelStopsPaging();
};

void TestSsapiWire::init()
{
    m_server = std::make_unique<FakeSsapiServer>();
    QVERIFY(m_server->listen());
    m_client = std::make_unique<SsapiClient>();
    QVERIFY(m_client->setBaseUrl(m_server->baseUrl()).isEmpty());
    m_client->setApiKey(kKey);
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
    Outcome<Project> out;
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
    Outcome<QList<Project>> out;
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
    Outcome<Project> out;
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
    Outcome<QString> out;
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
    Outcome<QString> out;
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
    Outcome<QList<Vulnerability>> out;
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
    Outcome<QList<Vulnerability>> pending;
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
    Outcome<QList<Group>> groups;
    Outcome<QList<Portfolio>> portfolios;
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
    Outcome<Project> out;
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
    Outcome<Project> out;
    m_client->fetchProject(u"p1"_s, this, out.callback());
    QTRY_VERIFY(out.result);
    QVERIFY(!out.result->isOk());
    const ApiError& error = out.result->error();
    QVERIFY2(int(error.category()) == category, qPrintable(error.userMessage()));
    QCOMPARE(error.httpStatus(), status);
    if (!message.isEmpty())
        QVERIFY2(error.message().contains(message), qPrintable(error.message()));
    QVERIFY(!error.userMessage().isEmpty());
    QVERIFY(!error.userMessage().contains(kKey));
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
    Outcome<Project> out;
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
    const QJsonObject body{{u"message"_s, QString(u"Key "_s + kKey + u" is not valid"_s)},
                           {u"details"_s, QJsonArray{QJsonObject{{u"path"_s, u"key"_s}, {u"info"_s, kKey}}}}};
    m_server->enqueue(ScriptedResponse::json(401, body));
    Outcome<QList<Group>> out;
    m_client->fetchGroups(this, out.callback());
    QTRY_VERIFY(out.result);
    const ApiError& error = out.result->error();
    QCOMPARE(error.category(), C::Auth);
    QVERIFY(!error.message().contains(kKey));
    QVERIFY(!error.userMessage().contains(kKey));
    QVERIFY(error.message().contains(u"[redacted]"_s));
    for (const ApiError::Detail& d : error.details())
        QVERIFY(!d.info.contains(kKey));
}

void TestSsapiWire::keyNeverLogged()
{
    g_logLines.clear();
    g_previousHandler = qInstallMessageHandler(captureMessage);
    g_previousFilter = QLoggingCategory::installFilter(enableApiLogging);
    m_server->enqueue(ScriptedResponse::json(503, {{u"message"_s, kKey}}));
    m_server->enqueue(ScriptedResponse::redirect(302, "/api/ss/groups2"));
    m_server->enqueue(ScriptedResponse::json(200, {{u"groups"_s, QJsonArray{}}}));
    Outcome<QList<Group>> ok;
    m_client->fetchGroups(this, ok.callback());
    QTRY_VERIFY(ok.result);
    m_server->enqueue(ScriptedResponse::json(401, {{u"error"_s, kKey}}));
    Outcome<QList<Group>> failed;
    m_client->fetchGroups(this, failed.callback());
    QTRY_VERIFY(failed.result);
    QLoggingCategory::installFilter(g_previousFilter);
    qInstallMessageHandler(g_previousHandler);
    QVERIFY(ok.result->isOk());
    QVERIFY(!g_logLines.isEmpty()); // the category really was on
    for (const QString& line : std::as_const(g_logLines))
        QVERIFY2(!line.contains(kKey), qPrintable(line));
}

void TestSsapiWire::retriedUntilSuccess_data()
{
    QTest::addColumn<ScriptedResponse>("failure");
    QTest::addColumn<bool>("put");
    QTest::newRow("GET 429") << ScriptedResponse::json(429, {}) << false;
    QTest::newRow("GET 502") << ScriptedResponse::raw(502, "<html>bad gateway</html>", "text/html") << false;
    QTest::newRow("GET 503") << ScriptedResponse::json(503, {}) << false;
    QTest::newRow("GET 504") << ScriptedResponse::json(504, {}) << false;
    QTest::newRow("GET dropped") << ScriptedResponse::of(Kind::Drop) << false;
    QTest::newRow("GET cut mid-body") << ScriptedResponse::of(Kind::DropMidBody) << false;
    QTest::newRow("PUT 503") << ScriptedResponse::json(503, {}) << true;
    QTest::newRow("PUT 429") << ScriptedResponse::json(429, {}).withHeader("Retry-After", "0") << true;
    QTest::newRow("PUT dropped") << ScriptedResponse::of(Kind::Drop) << true;
}

void TestSsapiWire::retriedUntilSuccess()
{
    QFETCH(ScriptedResponse, failure);
    QFETCH(bool, put);
    m_server->enqueue(failure);
    m_server->enqueue(failure);
    m_server->enqueue(
        ScriptedResponse::json(200, {{u"project"_s, put ? QJsonObject{{u"id"_s, u"p1"_s}, {u"name"_s, u"N"_s}}
                                                        : readProject(u"p1"_s, u"N"_s)}}));
    Outcome<Project> out;
    if (put)
        m_client->updateProject(u"p1"_s, {{u"name"_s, u"N"_s}}, this, out.callback());
    else
        m_client->fetchProject(u"p1"_s, this, out.callback());
    QTRY_VERIFY(out.result);
    QVERIFY2(out.result->isOk(), qPrintable(out.result->error().userMessage()));
    QCOMPARE(out.result->value().name(), u"N"_s);
    QCOMPARE(m_server->requestCount(), 3);
    for (const RecordedRequest& r : m_server->requests()) {
        QCOMPARE(r.method, put ? QByteArray("PUT") : QByteArray("GET"));
        verifyCommonHeaders(r);
        if (put)
            QCOMPARE(r.json(), (QJsonObject{{u"name"_s, u"N"_s}}));
    }
}

void TestSsapiWire::retriesAreBounded()
{
    m_server->setHandler([](const RecordedRequest&) { return ScriptedResponse::json(503, {}); });
    Outcome<QList<Group>> out;
    m_client->fetchGroups(this, out.callback());
    QTRY_VERIFY(out.result);
    QCOMPARE(out.category(), C::Server);
    QCOMPARE(out.result->error().httpStatus(), 503);
    QCOMPARE(m_server->requestCount(), 4); // the first try and three retries

    m_server->setHandler([](const RecordedRequest&) { return ScriptedResponse::of(Kind::Drop); });
    Outcome<QList<Group>> dropped;
    m_client->fetchGroups(this, dropped.callback());
    QTRY_VERIFY(dropped.result);
    QCOMPARE(dropped.category(), C::Network);
    // Four attempts of ours; Qt itself may resend an idempotent request once when a connection closes
    // before any answer, which is harmless for a GET (and prevented for the POST, see below).
    QVERIFY2(m_server->requestCount() >= 8 && m_server->requestCount() <= 12,
             qPrintable(QString::number(m_server->requestCount())));
}

void TestSsapiWire::retryAfterHttpDateIsHonoured()
{
    // HTTP-dates have whole seconds, so "two seconds from now" means a wait of more than one second.
    const QByteArray when =
        QLocale::c()
            .toString(QDateTime::currentDateTimeUtc().addSecs(2), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s)
            .toLatin1();
    m_server->enqueue(ScriptedResponse::json(429, {}).withHeader("Retry-After", when));
    m_server->enqueue(ScriptedResponse::json(200, {{u"groups"_s, QJsonArray{}}}));
    QElapsedTimer timer;
    timer.start();
    Outcome<QList<Group>> out;
    m_client->fetchGroups(this, out.callback());
    QTRY_VERIFY_WITH_TIMEOUT(out.result, 10000);
    QVERIFY(out.result->isOk());
    QVERIFY2(timer.elapsed() >= 900, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(m_server->requestCount(), 2);
}

void TestSsapiWire::retryAfterBeyondCapIsNotWaitedFor()
{
    m_server->enqueue(
        ScriptedResponse::json(429, {{u"message"_s, u"slow down"_s}}).withHeader("Retry-After", "120"));
    Outcome<QList<Group>> out;
    m_client->fetchGroups(this, out.callback());
    QTRY_VERIFY(out.result);
    QCOMPARE(out.category(), C::RateLimited);
    QCOMPARE(out.result->error().retryAfterSeconds(), 120);
    QVERIFY(out.result->error().userMessage().contains(u"slow down"_s));
    QCOMPARE(m_server->requestCount(), 1);
}

void TestSsapiWire::retestPostIsNeverRetried_data()
{
    QTest::addColumn<ScriptedResponse>("failure");
    QTest::addColumn<int>("category");
    QTest::addColumn<bool>("doubt");
    QTest::newRow("503") << ScriptedResponse::json(503, {}) << int(C::Server) << false;
    QTest::newRow("502") << ScriptedResponse::json(502, {}) << int(C::Server) << false;
    QTest::newRow("429 retry-after 0")
        << ScriptedResponse::json(429, {}).withHeader("Retry-After", "0") << int(C::RateLimited) << false;
    QTest::newRow("dropped") << ScriptedResponse::of(Kind::Drop) << int(C::Network) << true;
    QTest::newRow("cut mid-body") << ScriptedResponse::of(Kind::DropMidBody) << int(C::Network) << true;
}

void TestSsapiWire::retestPostIsNeverRetried()
{
    QFETCH(ScriptedResponse, failure);
    QFETCH(int, category);
    QFETCH(bool, doubt);
    m_server->setHandler([failure](const RecordedRequest&) { return failure; });
    Outcome<QString> out;
    m_client->requestRetest(u"p1"_s, RetestRequest{u"2030-01-01T00:00:00.000Z"_s, {}, {u"v1"_s}}, this,
                            out.callback());
    QTRY_VERIFY(out.result);
    QCOMPARE(int(out.category()), category);
    QCOMPARE(out.result->error().leavesDoubt(), doubt);
    QTest::qWait(50); // a retry would use a 1 ms backoff here
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(out.calls, 1);
}

void TestSsapiWire::cancelDuringBackoff()
{
    m_client->setRetryPolicy({3, 1, 5, 60000});
    m_server->enqueue(ScriptedResponse::json(503, {}).withHeader("Retry-After", "30"));
    Outcome<QList<Group>> out;
    SsapiCall* call = m_client->fetchGroups(this, out.callback());
    QSignalSpy finished(call, &SsapiCall::finished);
    QTRY_COMPARE(m_server->requestCount(), 1);
    QTest::qWait(20); // the 503 has arrived and the call waits for its retry
    QVERIFY(!out.result);
    call->cancel();
    QVERIFY(out.result);
    QCOMPARE(out.category(), C::Cancelled);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestSsapiWire::getTimeoutIsTimeoutNotCancelled()
{
    m_client->setTimeout(200);
    m_server->setHandler([](const RecordedRequest&) { return ScriptedResponse::of(Kind::Hold); });
    Outcome<Project> out;
    SsapiCall* call = m_client->fetchProject(u"p1"_s, this, out.callback());
    QSignalSpy finished(call, &SsapiCall::finished);
    QVERIFY(finished.wait(5000));
    QVERIFY(out.result);
    QCOMPARE(out.category(), C::Timeout);
    QVERIFY(!out.result->error().leavesDoubt()); // a GET changes nothing
    QCOMPARE(m_server->requestCount(), 1);       // time-outs are not retried
}

void TestSsapiWire::cancelWhileWaitingForAnswer()
{
    m_server->setHandler([](const RecordedRequest&) { return ScriptedResponse::of(Kind::Hold); });
    Outcome<Project> out;
    QPointer<SsapiCall> call = m_client->updateProject(u"p1"_s, {{u"name"_s, u"x"_s}}, this, out.callback());
    QSignalSpy finished(call.data(), &SsapiCall::finished);
    QTRY_COMPARE(m_server->requestCount(), 1);
    call->cancel();
    call->cancel(); // harmless
    QVERIFY(out.result);
    QCOMPARE(out.category(), C::Cancelled);
    QCOMPARE(finished.size(), 1);
    QTRY_VERIFY(call.isNull()); // deletes itself later
    QCOMPARE(out.calls, 1);
}

void TestSsapiWire::crossOriginRedirectNeverCarriesTheKey_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("301") << 301;
    QTest::newRow("302") << 302;
    QTest::newRow("307") << 307;
    QTest::newRow("308") << 308;
}

void TestSsapiWire::crossOriginRedirectNeverCarriesTheKey()
{
    QFETCH(int, status);
    FakeSsapiServer elsewhere;
    QVERIFY(elsewhere.listen());
    m_server->enqueue(ScriptedResponse::redirect(status, elsewhere.url(u"/api/ss/groups"_s).toEncoded()));
    Outcome<QList<Group>> out;
    m_client->fetchGroups(this, out.callback());
    QTRY_VERIFY(out.result);
    QCOMPARE(out.category(), C::InsecureUrl);
    QCOMPARE(m_server->requestCount(), 1);
    QTest::qWait(20);
    QCOMPARE(elsewhere.connectionCount(), 0);
    QVERIFY(!elsewhere.allBytesReceived().contains(kKey.toUtf8()));
}

void TestSsapiWire::sameOriginRedirectIsFollowed()
{
    m_server->enqueue(ScriptedResponse::redirect(308, "/api/ss/project/p2"));
    m_server->enqueue(ScriptedResponse::json(200, {{u"project"_s, QJsonObject{{u"name"_s, u"Moved"_s}}}}));
    Outcome<Project> out;
    m_client->updateProject(u"p1"_s, {{u"name"_s, u"Moved"_s}}, this, out.callback());
    QTRY_VERIFY(out.result);
    QVERIFY2(out.result->isOk(), qPrintable(out.result->error().userMessage()));
    QCOMPARE(m_server->requestCount(), 2);
    const RecordedRequest& second = m_server->requests().at(1);
    QCOMPARE(second.method, QByteArray("PUT")); // 308 keeps method and body
    QCOMPARE(second.path, u"/api/ss/project/p2"_s);
    QCOMPARE(second.json(), (QJsonObject{{u"name"_s, u"Moved"_s}}));
    verifyCommonHeaders(second);
}

void TestSsapiWire::redirectWithoutLocationFails()
{
    ScriptedResponse bare;
    bare.status = 302;
    m_server->setHandler([bare](const RecordedRequest&) { return bare; });
    Outcome<QList<Group>> out;
    m_client->fetchGroups(this, out.callback());
    QTRY_VERIFY(out.result);
    QCOMPARE(out.category(), C::BadResponse);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestSsapiWire::keyIsCleanedOfControlCharacters()
{
    m_client->setApiKey(u"  "_s + kKey + u"\r\nX-Injected: 1\n"_s);
    m_server->enqueue(ScriptedResponse::json(200, {{u"groups"_s, QJsonArray{}}}));
    Outcome<QList<Group>> out;
    m_client->fetchGroups(this, out.callback());
    QTRY_VERIFY(out.result);
    QCOMPARE(m_server->requestCount(), 1);
    QVERIFY(only().header("X-Injected").isEmpty());
    QCOMPARE(only().header("X-SSAPI-KEY"), QByteArray(kKey.toUtf8() + "X-Injected: 1"));
}

void TestSsapiWire::plainHttpToRemoteHostIsRefused_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("name") << u"http://acme.attackforge.com"_s;
    QTest::newRow("private address") << u"http://192.0.2.1:8080"_s;
    QTest::newRow("localhost look-alike") << u"http://localhost.evil.example"_s;
    QTest::newRow("ftp") << u"ftp://127.0.0.1"_s;
}

void TestSsapiWire::plainHttpToRemoteHostIsRefused()
{
    QFETCH(QString, url);
    QVERIFY(!m_client->setBaseUrl(QUrl(url)).isEmpty());
    QElapsedTimer timer;
    timer.start();
    Outcome<QList<Group>> out;
    m_client->fetchGroups(this, out.callback());
    QVERIFY(!out.result); // reported asynchronously, like every other outcome
    QTRY_VERIFY(out.result);
    QCOMPARE(out.category(), C::InsecureUrl);
    QVERIFY(timer.elapsed() < 1000); // refused, not attempted and timed out
    QVERIFY(!out.result->error().userMessage().contains(kKey));
}

void TestSsapiWire::tlsFailureFailsTheCall()
{
    // https:// to a server that does not speak TLS: the handshake fails, the call fails, and not a
    // byte of the request (so not the key) is sent in the clear.
    QUrl url = m_server->baseUrl();
    url.setScheme(u"https"_s);
    QVERIFY(m_client->setBaseUrl(url).isEmpty());
    Outcome<QList<Group>> out;
    m_client->fetchGroups(this, out.callback());
    QTRY_VERIFY(out.result);
    QCOMPARE(out.category(), C::Network);
    QCOMPARE(m_server->requestCount(), 0);
    QVERIFY(m_server->connectionCount() >= 1);
    QVERIFY(!m_server->allBytesReceived().contains(kKey.toUtf8()));
}

void TestSsapiWire::pagesUntilCountReached()
{
    m_client->setPageSize(2);
    // 4 records in pages of 2: the count ends paging, without asking for an empty third page.
    m_server->setHandler([](const RecordedRequest& r) {
        const int skip = r.query.queryItemValue(u"skip"_s).toInt();
        return ScriptedResponse::json(200, {{u"count"_s, 4}, {u"projects"_s, namedProjects(skip, 2)}});
    });
    Outcome<QList<Project>> out;
    SsapiCall* call = m_client->fetchProjects({}, this, out.callback());
    QSignalSpy progress(call, &SsapiCall::progress);
    QTRY_VERIFY(out.result);
    QVERIFY(out.result->isOk());
    QCOMPARE(out.result->value().size(), 4);
    QCOMPARE(out.result->value().at(3).id(), u"p3"_s);
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(m_server->requests().at(0).query.toString(QUrl::FullyEncoded), u"skip=0&limit=2"_s);
    QCOMPARE(m_server->requests().at(1).query.toString(QUrl::FullyEncoded), u"skip=2&limit=2"_s);
    QCOMPARE(progress.size(), 2);
    QCOMPARE(progress.at(0), (QVariantList{2, 4}));
    QCOMPARE(progress.at(1), (QVariantList{4, 4}));
}

void TestSsapiWire::shortPageEndsPaging()
{
    m_client->setPageSize(3);
    // The server claims 100 but runs out: the short page is the last word.
    m_server->enqueue(ScriptedResponse::json(
        200, {{u"count"_s, 100},
              {u"vulnerabilities"_s, QJsonArray{QJsonObject{{u"vulnerability_id"_s, u"v1"_s}},
                                                QJsonObject{{u"vulnerability_id"_s, u"v2"_s}},
                                                QJsonObject{{u"vulnerability_id"_s, u"v3"_s}}}}}));
    m_server->enqueue(ScriptedResponse::json(
        200, {{u"count"_s, 100},
              {u"vulnerabilities"_s, QJsonArray{QJsonObject{{u"vulnerability_id"_s, u"v4"_s}}}}}));
    Outcome<QList<Vulnerability>> out;
    m_client->fetchVulnerabilities(u"p1"_s, false, this, out.callback());
    QTRY_VERIFY(out.result);
    QVERIFY(out.result->isOk());
    QCOMPARE(out.result->value().size(), 4);
    QCOMPARE(out.result->value().last().id, u"v4"_s);
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(m_server->requests().at(1).query.queryItemValue(u"skip"_s), u"3"_s);
}

void TestSsapiWire::errorOnLaterPageFailsTheFetch()
{
    m_client->setPageSize(2);
    m_server->enqueue(ScriptedResponse::json(200, {{u"count"_s, 6}, {u"projects"_s, namedProjects(0, 2)}}));
    m_server->enqueue(ScriptedResponse::json(403, {{u"message"_s, u"no more for you"_s}}));
    Outcome<QList<Project>> out;
    m_client->fetchProjects({}, this, out.callback());
    QTRY_VERIFY(out.result);
    QCOMPARE(out.category(), C::Auth);
    QCOMPARE(m_server->requestCount(), 2);
}

void TestSsapiWire::cancelStopsPaging()
{
    m_client->setPageSize(2);
    m_server->enqueue(ScriptedResponse::json(200, {{u"count"_s, 6}, {u"projects"_s, namedProjects(0, 2)}}));
    m_server->enqueue(ScriptedResponse::of(Kind::Hold));
    Outcome<QList<Project>> out;
    SsapiCall* call = m_client->fetchProjects({}, this, out.callback());
    QSignalSpy finished(call, &SsapiCall::finished);
    QTRY_COMPARE(m_server->requestCount(), 2);
    call->cancel();
    QTRY_VERIFY(out.result);
    QCOMPARE(out.category(), C::Cancelled);
    QCOMPARE(finished.size(), 1);
    QTest::qWait(30);
    QCOMPARE(m_server->requestCount(), 2);
}

QTEST_GUILESS_MAIN(TestSsapiWire)
#include "TestSsapiWire.moc"
