#include "tests/support/CallOutcome.h"
#include "tests/support/SandboxFixture.h"
#include "tests/support/ScriptedHttpServer.h"

#include "api/SsapiCall.h"
#include "api/SsapiClient.h"
#include "models/RetestRequest.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkProxy>
#include <QPointer>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ForgeDeskTest;

// The client against a real server on 127.0.0.1: the sandbox for the API, a raw socket server for
// redirects. Asserts what reaches the wire, every error category, retries, cancellation and time-outs.
class TestSsapiClient : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SandboxFixture> m_sandbox;

    QList<::RecordedRequest> requestsTo(const QString& pathPrefix, const QByteArray& method = {}) const
    {
        QList<::RecordedRequest> list;
        for (const ::RecordedRequest& r : m_sandbox->server->requests()) {
            if (r.path.startsWith(pathPrefix) && (method.isEmpty() || r.method == method))
                list.append(r);
        }
        return list;
    }
    QString firstProjectId() const { return m_sandbox->server->projectIds().first(); }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        m_sandbox->client->setRetryPolicy({3, 20, 100, 5000});
        m_sandbox->client->setTimeout(5000);
    }
    void cleanup() { m_sandbox.reset(); }

    void fetchProjectsPagesAndSendsHeaders()
    {
        m_sandbox->client->setPageSize(7);
        CallOutcome<QList<Project>> out;
        SsapiCall* call = m_sandbox->client->fetchProjects({}, this, out.callback());
        QSignalSpy progress(call, &SsapiCall::pageReceived);
        QTRY_VERIFY(out.result);
        QVERIFY(out.result->isOk());
        QCOMPARE(out.result->value().size(), m_sandbox->server->projectIds().size());
        const auto requests = requestsTo(u"/api/ss/projects"_s);
        QCOMPARE(requests.size(), (m_sandbox->server->projectIds().size() + 6) / 7);
        QCOMPARE(requests.at(1).query.queryItemValue(u"skip"_s), u"7"_s);
        QCOMPARE(requests.at(1).query.queryItemValue(u"limit"_s), u"7"_s);
        QCOMPARE(progress.size(), requests.size());
        const ::RecordedRequest& r = requests.first();
        QCOMPARE(r.headers.value("x-ssapi-key"), kApiKey.toUtf8());
        QCOMPARE(r.headers.value("accept"), QByteArray("application/json"));
        QVERIFY(r.headers.value("user-agent").startsWith("ForgeDesk/"));
        QVERIFY(!r.headers.contains("content-type")); // no body, no content type
        QVERIFY(!out.result->value().first().name().isEmpty());
    }

    void fetchProjectGroupsPortfoliosAndVulnerabilities()
    {
        CallOutcome<Project> project;
        m_sandbox->client->fetchProject(firstProjectId(), this, project.callback());
        CallOutcome<QList<Group>> groups;
        m_sandbox->client->fetchGroups(this, groups.callback());
        CallOutcome<QList<Portfolio>> portfolios;
        m_sandbox->client->fetchPortfolios(this, portfolios.callback());
        CallOutcome<QList<Vulnerability>> vulns;
        m_sandbox->client->fetchVulnerabilities(firstProjectId(), true, this, vulns.callback());
        QTRY_VERIFY(project.result && groups.result && portfolios.result && vulns.result);
        QVERIFY(project.result->isOk());
        QCOMPARE(project.result->value().id(), firstProjectId());
        QVERIFY(!groups.result->value().isEmpty());
        QVERIFY(!portfolios.result->value().first().streams.isEmpty());
        QVERIFY(vulns.result->isOk());
        for (const Vulnerability& v : vulns.result->value())
            QVERIFY(v.isReadyForRetest());
        QCOMPARE(requestsTo(u"/api/ss/project/"_s + firstProjectId() + u"/vulnerabilities"_s)
                     .first()
                     .query.queryItemValue(u"q"_s, QUrl::FullyDecoded),
                 u"{is_retest:{$eq:\"Yes\"}}"_s);
    }

    void updateSendsExactBodyAndDecodesResponse()
    {
        const QJsonObject body{{u"name"_s, u"Renamed by test"_s},
                               {u"team_notifications"_s, QJsonArray{u"high"_s}}};
        CallOutcome<Project> out;
        m_sandbox->client->updateProject(firstProjectId(), body, this, out.callback());
        QTRY_VERIFY(out.result);
        QVERIFY2(out.result->isOk(), qPrintable(out.result->error().userMessage()));
        QCOMPARE(out.result->value().name(), u"Renamed by test"_s);
        const auto puts = requestsTo(u"/api/ss/project/"_s, "PUT");
        QCOMPARE(puts.size(), 1);
        QCOMPARE(QJsonDocument::fromJson(puts.first().body).object(), body);
        QCOMPARE(puts.first().headers.value("content-type"), QByteArray("application/json"));
    }

    void errorCategories_data()
    {
        QTest::addColumn<int>("fault"); // -1: none
        QTest::addColumn<QString>("projectId");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("category");
        using C = ApiError::Category;
        QTest::newRow("auth") << -1 << QString() << u"wrong-key"_s << int(C::Auth);
        QTest::newRow("not found") << -1 << u"does-not-exist"_s << kApiKey << int(C::NotFound);
        QTest::newRow("server 500") << int(FaultKind::Status500) << QString() << kApiKey << int(C::Server);
        QTest::newRow("401 fault") << int(FaultKind::Unauthorized401) << QString() << kApiKey << int(C::Auth);
        QTest::newRow("malformed json")
            << int(FaultKind::MalformedJson) << QString() << kApiKey << int(C::BadResponse);
    }
    void errorCategories()
    {
        QFETCH(int, fault);
        QFETCH(QString, projectId);
        QFETCH(QString, key);
        QFETCH(int, category);
        if (fault >= 0)
            m_sandbox->server->addFault({FaultKind(fault), 1, "GET", {}, 1});
        m_sandbox->client->setApiKey(key);
        CallOutcome<Project> out;
        m_sandbox->client->fetchProject(projectId.isEmpty() ? firstProjectId() : projectId, this,
                                        out.callback());
        QTRY_VERIFY(out.result);
        QCOMPARE(int(out.category()), category);
        QVERIFY(!out.result->error().userMessage().contains(kApiKey));
        QVERIFY(!out.result->error().userMessage().contains(u"wrong-key"_s));
        QCOMPARE(requestsTo(u"/api/ss/project/"_s).size(), 1); // none of these is retried
    }

    void validationErrorCarriesDetails()
    {
        CallOutcome<Project> out;
        m_sandbox->client->updateProject(firstProjectId(), {{u"vulnerability_code"_s, u"AB"_s}}, this,
                                         out.callback());
        QTRY_VERIFY(out.result);
        QCOMPARE(out.category(), ApiError::Category::Validation);
        QCOMPARE(out.result->error().httpStatus(), 400);
        QVERIFY(!out.result->error().details().isEmpty());
        QCOMPARE(out.result->error().details().first().path, u"vulnerability_code"_s);
    }

    void transientFailuresAreRetried_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("succeeds");
        QTest::addColumn<int>("expectedRequests");
        QTest::newRow("503 twice") << int(FaultKind::Status503) << 2 << true << 3;
        QTest::newRow("html 502 once") << int(FaultKind::HtmlError) << 1 << true << 2;
        QTest::newRow("closed connection") << int(FaultKind::CloseConnection) << 1 << true << -1;
        QTest::newRow("503 four times") << int(FaultKind::Status503) << 4 << false << 4;
    }
    void transientFailuresAreRetried()
    {
        QFETCH(int, fault);
        QFETCH(int, count);
        QFETCH(bool, succeeds);
        QFETCH(int, expectedRequests);
        m_sandbox->server->addFault({FaultKind(fault), count, "GET", {}, 1});
        CallOutcome<Project> out;
        m_sandbox->client->fetchProject(firstProjectId(), this, out.callback());
        QTRY_VERIFY(out.result);
        QCOMPARE(out.result->isOk(), succeeds);
        if (expectedRequests > 0)
            QCOMPARE(requestsTo(u"/api/ss/project/"_s).size(), expectedRequests); // 1 + at most 3 retries
        if (!succeeds)
            QCOMPARE(out.category(), ApiError::Category::Server);
    }

    void retryAfterIsHonoured()
    {
        m_sandbox->server->addFault({FaultKind::RateLimited429, 1, "GET", {}, 1});
        QElapsedTimer timer;
        timer.start();
        CallOutcome<QList<Group>> out;
        m_sandbox->client->fetchGroups(this, out.callback());
        QTRY_VERIFY_WITH_TIMEOUT(out.result, 10000);
        QVERIFY(out.result->isOk());
        QVERIFY2(timer.elapsed() >= 950, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(requestsTo(u"/api/ss/groups"_s).size(), 2);
    }

    void rateLimitWithoutRetriesReportsRetryAfter()
    {
        m_sandbox->client->setRetryPolicy({0, 20, 100, 5000});
        m_sandbox->server->addFault({FaultKind::RateLimited429, 1, "GET", {}, 7});
        CallOutcome<QList<Group>> out;
        m_sandbox->client->fetchGroups(this, out.callback());
        QTRY_VERIFY(out.result);
        QCOMPARE(out.category(), ApiError::Category::RateLimited);
        QCOMPARE(out.result->error().retryAfterSeconds(), 7);
    }

    void retestPostIsNeverRetried()
    {
        m_sandbox->server->addFault({FaultKind::Status503, 3, "POST", {}, 1});
        CallOutcome<QString> out;
        m_sandbox->client->requestRetest(firstProjectId(),
                                         RetestRequest{u"2030-01-01T00:00:00.000Z"_s, {}, {u"v"_s}}, this,
                                         out.callback());
        QTRY_VERIFY(out.result);
        QCOMPARE(out.category(), ApiError::Category::Server);
        QCOMPARE(requestsTo(u"/api/ss/project/"_s, "POST").size(), 1);
        QCOMPARE(requestsTo(u"/api/ss/project/"_s, "POST").first().headers.value("connection"),
                 QByteArray("close"));
    }

    void timeoutIsReportedAsTimeout()
    {
        m_sandbox->client->setTimeout(300);
        m_sandbox->server->addFault({FaultKind::Hang, 1, "PUT", {}, 1});
        CallOutcome<Project> out;
        m_sandbox->client->updateProject(firstProjectId(), {{u"name"_s, u"x"_s}}, this, out.callback());
        QTRY_VERIFY(out.result);
        QCOMPARE(out.category(), ApiError::Category::Timeout);
        QVERIFY(out.result->error().leavesDoubt()); // a write may have been applied
        QCOMPARE(requestsTo(u"/api/ss/project/"_s, "PUT").size(), 1);
    }

    void cancellationEndsTheCallOnce()
    {
        m_sandbox->server->addFault({FaultKind::Hang, 1, "GET", {}, 1});
        CallOutcome<Project> out;
        QPointer<SsapiCall> call = m_sandbox->client->fetchProject(firstProjectId(), this, out.callback());
        QSignalSpy finished(call.data(), &SsapiCall::finished);
        QTRY_COMPARE(requestsTo(u"/api/ss/project/"_s).size(), 1);
        call->cancel();
        QTRY_VERIFY(out.result);
        QCOMPARE(out.category(), ApiError::Category::Cancelled);
        QCOMPARE(finished.size(), 1);
        QTRY_VERIFY(call.isNull()); // gone: nothing is left that could report a second time
        QCOMPARE(out.calls, 1);
    }

    void pagedFetchCanBeCancelled()
    {
        m_sandbox->client->setPageSize(5);
        m_sandbox->server->addFault({FaultKind::Hang, 1, "GET", u"/api/ss/projects"_s, 1});
        CallOutcome<QList<Project>> out;
        SsapiCall* call = m_sandbox->client->fetchProjects({}, this, out.callback());
        QTRY_COMPARE(requestsTo(u"/api/ss/projects"_s).size(), 1);
        call->cancel();
        QTRY_VERIFY(out.result);
        QCOMPARE(out.category(), ApiError::Category::Cancelled);
    }

    void callbackIsDroppedWhenContextDies()
    {
        auto* context = new QObject;
        CallOutcome<QList<Group>> out;
        SsapiCall* call = m_sandbox->client->fetchGroups(context, out.callback());
        QSignalSpy finished(call, &SsapiCall::finished);
        delete context;
        QVERIFY(finished.wait(5000));
        QVERIFY(!out.result);
    }

    void plainHttpToRemoteHostIsRefusedBeforeConnecting()
    {
        // Every request of this process goes through a proxy on 127.0.0.1 for the length of the test,
        // so an attempt to connect, even a DNS-free one, would show as a connection there.
        ScriptedHttpServer neverUsed;
        QVERIFY(neverUsed.listen());
        const QNetworkProxy previous = QNetworkProxy::applicationProxy();
        QNetworkProxy::setApplicationProxy(
            QNetworkProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s, neverUsed.port()));
        auto restore = qScopeGuard([previous] { QNetworkProxy::setApplicationProxy(previous); });
        SsapiClient client;
        QVERIFY(!client.setBaseUrl(QUrl(u"http://acme.example.com"_s)).isEmpty());
        client.setApiKey(kApiKey);
        CallOutcome<QList<Group>> out;
        client.fetchGroups(this, out.callback());
        QTRY_VERIFY(out.result);
        QCOMPARE(out.category(), ApiError::Category::InsecureUrl);
        QVERIFY(out.result->error().userMessage().contains(u"HTTPS"_s));
        QCOMPARE(neverUsed.connectionCount(), 0);
        QVERIFY(neverUsed.requests().isEmpty());
    }

    void crossOriginRedirectIsRefused()
    {
        ScriptedHttpServer elsewhere;
        QVERIFY(elsewhere.listen());
        ScriptedHttpServer redirector;
        QVERIFY(redirector.listen());
        const QByteArray redirect = "HTTP/1.1 302 Found\r\nLocation: " + elsewhere.origin().toLatin1() +
                                    "/api/ss/groups\r\nContent-Length: 0\r\n\r\n";
        redirector.setHandler([redirect](const ForgeDeskTest::RecordedRequest&) {
            return ScriptedResponse::rawBytes(redirect);
        });
        SsapiClient client;
        client.setBaseUrl(redirector.baseUrl());
        client.setApiKey(kApiKey);
        CallOutcome<QList<Group>> out;
        client.fetchGroups(this, out.callback());
        QTRY_VERIFY(out.result);
        QCOMPARE(out.category(), ApiError::Category::InsecureUrl);
        QCOMPARE(redirector.requests().size(), 1);
        QCOMPARE(elsewhere.connectionCount(), 0); // the key never went to the other origin
    }

    void sameOriginRedirectIsFollowed()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::rawBytes("HTTP/1.1 307 Temporary Redirect\r\nLocation: "
                                                  "/moved/api/ss/groups\r\nContent-Length: 0\r\n\r\n"));
        server.setHandler([](const ForgeDeskTest::RecordedRequest&) {
            return ScriptedResponse::rawBytes(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                "13\r\n\r\n{\"groups\":[]}");
        });
        SsapiClient client;
        client.setBaseUrl(server.baseUrl());
        client.setApiKey(kApiKey);
        CallOutcome<QList<Group>> out;
        client.fetchGroups(this, out.callback());
        QTRY_VERIFY(out.result);
        QVERIFY2(out.result->isOk(), qPrintable(out.result->error().userMessage()));
        QCOMPARE(server.requests().size(), 2);
        QVERIFY2(server.requests().at(1).head.startsWith("GET /moved/api/ss/groups"),
                 server.requests().at(1).head.constData());
        QVERIFY(server.requests().at(1).head.contains(
            QByteArray(QByteArray("X-SSAPI-KEY: ") + kApiKey.toLatin1())));
    }

    void wrongShapeIsBadResponse()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const ForgeDeskTest::RecordedRequest&) {
            return ScriptedResponse::rawBytes(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                "14\r\n\r\n{\"groups\":\"x\"}");
        });
        SsapiClient client;
        client.setBaseUrl(server.baseUrl());
        client.setApiKey(kApiKey);
        CallOutcome<QList<Group>> out;
        client.fetchGroups(this, out.callback());
        QTRY_VERIFY(out.result);
        QCOMPARE(out.category(), ApiError::Category::BadResponse);
    }

    void oversizedAnswerIsBadResponse()
    {
        m_sandbox->client->setMaxResponseBytes(1024);
        CallOutcome<QList<Project>> out;
        m_sandbox->client->fetchProjects({}, this, out.callback());
        QTRY_VERIFY(out.result);
        QCOMPARE(out.category(), ApiError::Category::BadResponse);
        QVERIFY(out.result->error().userMessage().contains(u"larger than"_s));
    }
};

QTEST_GUILESS_MAIN(TestSsapiClient)
#include "TestSsapiClient.moc"
