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

// The client on the wire when things go wrong: retries, time-outs, cancellation, where the key may go,
// and paging.
class TestSsapiWireFailures : public QObject
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
    // TLS is tested against a real TLS server in TestSsapiTls.

    // Paging.
    void pagesUntilCountReached();
    void shortPageEndsPaging();
    void errorOnLaterPageFailsTheFetch();
    void cancelStopsPaging();
};

void TestSsapiWireFailures::init()
{
    m_server = std::make_unique<ScriptedHttpServer>();
    QVERIFY(m_server->listen());
    m_client = std::make_unique<SsapiClient>();
    QVERIFY(m_client->setBaseUrl(m_server->baseUrl()).isEmpty());
    m_client->setApiKey(kWireKey);
    m_client->setRetryPolicy({3, 1, 5, 5000});
    m_client->setTimeout(5000);
}

void TestSsapiWireFailures::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestSsapiWireFailures::retriedUntilSuccess_data()
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

void TestSsapiWireFailures::retriedUntilSuccess()
{
    QFETCH(ScriptedResponse, failure);
    QFETCH(bool, put);
    m_server->enqueue(failure);
    m_server->enqueue(failure);
    m_server->enqueue(
        ScriptedResponse::json(200, {{u"project"_s, put ? QJsonObject{{u"id"_s, u"p1"_s}, {u"name"_s, u"N"_s}}
                                                        : readProject(u"p1"_s, u"N"_s)}}));
    CallOutcome<Project> out;
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

void TestSsapiWireFailures::retriesAreBounded()
{
    m_server->setHandler([](const RecordedRequest&) { return ScriptedResponse::json(503, {}); });
    CallOutcome<QList<Group>> out;
    m_client->fetchGroups(this, out.callback());
    QTRY_VERIFY(out.result);
    QCOMPARE(out.category(), C::Server);
    QCOMPARE(out.result->error().httpStatus(), 503);
    QCOMPARE(m_server->requestCount(), 4); // the first try and three retries

    m_server->setHandler([](const RecordedRequest&) { return ScriptedResponse::of(Kind::Drop); });
    CallOutcome<QList<Group>> dropped;
    m_client->fetchGroups(this, dropped.callback());
    QTRY_VERIFY(dropped.result);
    QCOMPARE(dropped.category(), C::Network);
    // Four attempts of ours; Qt itself may resend an idempotent request once when a connection closes
    // before any answer, which is harmless for a GET (and prevented for the POST, see below).
    QVERIFY2(m_server->requestCount() >= 8 && m_server->requestCount() <= 12,
             qPrintable(QString::number(m_server->requestCount())));
}

void TestSsapiWireFailures::retryAfterHttpDateIsHonoured()
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
    CallOutcome<QList<Group>> out;
    m_client->fetchGroups(this, out.callback());
    QTRY_VERIFY_WITH_TIMEOUT(out.result, 10000);
    QVERIFY(out.result->isOk());
    QVERIFY2(timer.elapsed() >= 900, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(m_server->requestCount(), 2);
}

void TestSsapiWireFailures::retryAfterBeyondCapIsNotWaitedFor()
{
    m_server->enqueue(
        ScriptedResponse::json(429, {{u"message"_s, u"slow down"_s}}).withHeader("Retry-After", "120"));
    CallOutcome<QList<Group>> out;
    m_client->fetchGroups(this, out.callback());
    QTRY_VERIFY(out.result);
    QCOMPARE(out.category(), C::RateLimited);
    QCOMPARE(out.result->error().retryAfterSeconds(), 120);
    QVERIFY(out.result->error().userMessage().contains(u"slow down"_s));
    QCOMPARE(m_server->requestCount(), 1);
}

void TestSsapiWireFailures::retestPostIsNeverRetried_data()
{
    QTest::addColumn<ScriptedResponse>("failure");
    QTest::addColumn<int>("category");
    QTest::addColumn<bool>("doubt");
    QTest::newRow("503") << ScriptedResponse::json(503, {}) << int(C::Server) << false;
    QTest::newRow("502") << ScriptedResponse::json(502, {}) << int(C::Server) << false;
    // A gateway timeout: the tenant behind the proxy may have applied it.
    QTest::newRow("504") << ScriptedResponse::json(504, {}) << int(C::Server) << true;
    QTest::newRow("429 retry-after 0")
        << ScriptedResponse::json(429, {}).withHeader("Retry-After", "0") << int(C::RateLimited) << false;
    QTest::newRow("dropped") << ScriptedResponse::of(Kind::Drop) << int(C::Network) << true;
    QTest::newRow("cut mid-body") << ScriptedResponse::of(Kind::DropMidBody) << int(C::Network) << true;
}

void TestSsapiWireFailures::retestPostIsNeverRetried()
{
    QFETCH(ScriptedResponse, failure);
    QFETCH(int, category);
    QFETCH(bool, doubt);
    m_server->setHandler([failure](const RecordedRequest&) { return failure; });
    CallOutcome<QString> out;
    SsapiCall* call = m_client->requestRetest(
        u"p1"_s, RetestRequest{u"2030-01-01T00:00:00.000Z"_s, {}, {u"v1"_s}}, this, out.callback());
    QSignalSpy retries(call, &SsapiCall::retryScheduled);
    QTRY_VERIFY(out.result);
    QCOMPARE(int(out.category()), category);
    QCOMPARE(out.result->error().leavesDoubt(), doubt);
    // The call has finished, so nothing can follow; no retry was ever scheduled before it did.
    QCOMPARE(retries.size(), 0);
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(out.calls, 1);
}

void TestSsapiWireFailures::cancelDuringBackoff()
{
    m_client->setRetryPolicy({3, 1, 5, 60000});
    m_server->enqueue(ScriptedResponse::json(503, {}).withHeader("Retry-After", "30"));
    CallOutcome<QList<Group>> out;
    SsapiCall* call = m_client->fetchGroups(this, out.callback());
    QSignalSpy finished(call, &SsapiCall::finished);
    QSignalSpy retries(call, &SsapiCall::retryScheduled);
    QVERIFY(retries.wait(10000)); // the 503 has arrived and the call waits 30 s for its retry
    QCOMPARE(retries.first(), (QVariantList{1, 30000}));
    QCOMPARE(m_server->requestCount(), 1);
    QVERIFY(!out.result);
    call->cancel();
    QVERIFY(out.result);
    QCOMPARE(out.category(), C::Cancelled);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestSsapiWireFailures::getTimeoutIsTimeoutNotCancelled()
{
    m_client->setTimeout(200);
    m_server->setHandler([](const RecordedRequest&) { return ScriptedResponse::of(Kind::Hold); });
    CallOutcome<Project> out;
    SsapiCall* call = m_client->fetchProject(u"p1"_s, this, out.callback());
    QSignalSpy finished(call, &SsapiCall::finished);
    QVERIFY(finished.wait(5000));
    QVERIFY(out.result);
    QCOMPARE(out.category(), C::Timeout);
    QVERIFY(!out.result->error().leavesDoubt()); // a GET changes nothing
    QCOMPARE(m_server->requestCount(), 1);       // time-outs are not retried
}

void TestSsapiWireFailures::cancelWhileWaitingForAnswer()
{
    m_server->setHandler([](const RecordedRequest&) { return ScriptedResponse::of(Kind::Hold); });
    CallOutcome<Project> out;
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

void TestSsapiWireFailures::crossOriginRedirectNeverCarriesTheKey_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("301") << 301;
    QTest::newRow("302") << 302;
    QTest::newRow("307") << 307;
    QTest::newRow("308") << 308;
}

void TestSsapiWireFailures::crossOriginRedirectNeverCarriesTheKey()
{
    QFETCH(int, status);
    ScriptedHttpServer elsewhere;
    QVERIFY(elsewhere.listen());
    m_server->enqueue(ScriptedResponse::redirect(status, elsewhere.url(u"/api/ss/groups"_s).toEncoded()));
    CallOutcome<QList<Group>> out;
    m_client->fetchGroups(this, out.callback());
    QTRY_VERIFY(out.result);
    QCOMPARE(out.category(), C::InsecureUrl);
    QCOMPARE(m_server->requestCount(), 1);
    // The call has finished without following: it can no longer connect anywhere.
    QCOMPARE(elsewhere.connectionCount(), 0);
    QVERIFY(!elsewhere.allBytesReceived().contains(kWireKey.toUtf8()));
}

void TestSsapiWireFailures::sameOriginRedirectIsFollowed()
{
    m_server->enqueue(ScriptedResponse::redirect(308, "/api/ss/project/p2"));
    m_server->enqueue(ScriptedResponse::json(200, {{u"project"_s, QJsonObject{{u"name"_s, u"Moved"_s}}}}));
    CallOutcome<Project> out;
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

void TestSsapiWireFailures::redirectWithoutLocationFails()
{
    ScriptedResponse bare;
    bare.status = 302;
    m_server->setHandler([bare](const RecordedRequest&) { return bare; });
    CallOutcome<QList<Group>> out;
    m_client->fetchGroups(this, out.callback());
    QTRY_VERIFY(out.result);
    QCOMPARE(out.category(), C::BadResponse);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestSsapiWireFailures::keyIsCleanedOfControlCharacters()
{
    m_client->setApiKey(u"  "_s + kWireKey + u"\r\nX-Injected: 1\n"_s);
    m_server->enqueue(ScriptedResponse::json(200, {{u"groups"_s, QJsonArray{}}}));
    CallOutcome<QList<Group>> out;
    m_client->fetchGroups(this, out.callback());
    QTRY_VERIFY(out.result);
    QCOMPARE(m_server->requestCount(), 1);
    QVERIFY(only().header("X-Injected").isEmpty());
    QCOMPARE(only().header("X-SSAPI-KEY"), QByteArray(kWireKey.toUtf8() + "X-Injected: 1"));
}

void TestSsapiWireFailures::plainHttpToRemoteHostIsRefused_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("name") << u"http://acme.attackforge.com"_s;
    QTest::newRow("private address") << u"http://192.0.2.1:8080"_s;
    QTest::newRow("localhost look-alike") << u"http://localhost.evil.example"_s;
    QTest::newRow("ftp") << u"ftp://127.0.0.1"_s;
}

void TestSsapiWireFailures::plainHttpToRemoteHostIsRefused()
{
    QFETCH(QString, url);
    QVERIFY(!m_client->setBaseUrl(QUrl(url)).isEmpty());
    // An attempt would end as a network error or, against 192.0.2.1, a timeout: never InsecureUrl.
    m_client->setTimeout(120000);
    CallOutcome<QList<Group>> out;
    m_client->fetchGroups(this, out.callback());
    QVERIFY(!out.result); // reported asynchronously, like every other outcome
    QTRY_VERIFY(out.result);
    QCOMPARE(out.category(), C::InsecureUrl);
    QVERIFY(!out.result->error().userMessage().contains(kWireKey));
}

void TestSsapiWireFailures::pagesUntilCountReached()
{
    m_client->setPageSize(2);
    // 4 records in pages of 2: the count ends paging, without asking for an empty third page.
    m_server->setHandler([](const RecordedRequest& r) {
        const int skip = r.query.queryItemValue(u"skip"_s).toInt();
        return ScriptedResponse::json(200, {{u"count"_s, 4}, {u"projects"_s, namedProjects(skip, 2)}});
    });
    CallOutcome<QList<Project>> out;
    SsapiCall* call = m_client->fetchProjects({}, this, out.callback());
    QSignalSpy progress(call, &SsapiCall::pageReceived);
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

void TestSsapiWireFailures::shortPageEndsPaging()
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
    CallOutcome<QList<Vulnerability>> out;
    m_client->fetchVulnerabilities(u"p1"_s, false, this, out.callback());
    QTRY_VERIFY(out.result);
    QVERIFY(out.result->isOk());
    QCOMPARE(out.result->value().size(), 4);
    QCOMPARE(out.result->value().last().id, u"v4"_s);
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(m_server->requests().at(1).query.queryItemValue(u"skip"_s), u"3"_s);
}

void TestSsapiWireFailures::errorOnLaterPageFailsTheFetch()
{
    m_client->setPageSize(2);
    m_client->setPageConcurrency(1); // one page after another: the request count is exact
    m_server->enqueue(ScriptedResponse::json(200, {{u"count"_s, 6}, {u"projects"_s, namedProjects(0, 2)}}));
    m_server->enqueue(ScriptedResponse::json(403, {{u"message"_s, u"no more for you"_s}}));
    CallOutcome<QList<Project>> out;
    m_client->fetchProjects({}, this, out.callback());
    QTRY_VERIFY(out.result);
    QCOMPARE(out.category(), C::Auth);
    QCOMPARE(m_server->requestCount(), 2);
}

void TestSsapiWireFailures::cancelStopsPaging()
{
    m_client->setPageSize(2);
    m_client->setPageConcurrency(1); // one page after another: the request count is exact
    m_server->enqueue(ScriptedResponse::json(200, {{u"count"_s, 6}, {u"projects"_s, namedProjects(0, 2)}}));
    m_server->enqueue(ScriptedResponse::of(Kind::Hold));
    CallOutcome<QList<Project>> out;
    SsapiCall* call = m_client->fetchProjects({}, this, out.callback());
    QSignalSpy finished(call, &SsapiCall::finished);
    QTRY_COMPARE(m_server->requestCount(), 2);
    call->cancel();
    QTRY_VERIFY(out.result);
    QCOMPARE(out.category(), C::Cancelled);
    QCOMPARE(finished.size(), 1); // finished for good: no page can be asked for after this
    QCOMPARE(m_server->requestCount(), 2);
}

QTEST_GUILESS_MAIN(TestSsapiWireFailures)
#include "TestSsapiWireFailures.moc"
