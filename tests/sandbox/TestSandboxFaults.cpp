// Fault injection: every fault kind, counts, method/path matching, latency and the /__sandbox/
// control endpoints.

#include "tests/support/SandboxFixture.h"
#include "tests/support/SandboxTestClient.h"

#include "sandbox/FaultInjector.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;
using namespace ForgeDeskTest;

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<SandboxTestClient> m_client;

    void start(const SandboxOptions& options)
    {
        m_client.reset();
        m_sandbox = std::make_unique<SandboxFixture>(options);
        m_client = std::make_unique<SandboxTestClient>(m_sandbox->server->baseUrl(), "test-key-not-secret");
    }
    QString projectPath() const { return u"/api/ss/project/"_s + m_sandbox->server->projectIds().first(); }

private Q_SLOTS:
    void init() { start(SandboxFixture::options()); }
    void cleanup()
    {
        m_client.reset();
        m_sandbox.reset();
    }

    void statusFaults_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::newRow("500") << int(FaultKind::Status500) << 500 << QByteArray("application/json");
        QTest::newRow("503") << int(FaultKind::Status503) << 503 << QByteArray("application/json");
        QTest::newRow("429") << int(FaultKind::RateLimited429) << 429 << QByteArray("application/json");
        QTest::newRow("401") << int(FaultKind::Unauthorized401) << 401 << QByteArray("application/json");
        QTest::newRow("malformed JSON")
            << int(FaultKind::MalformedJson) << 200 << QByteArray("application/json");
        QTest::newRow("HTML page") << int(FaultKind::HtmlError) << 502
                                   << QByteArray("text/html; charset=utf-8");
    }

    void statusFaults()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        Fault fault;
        fault.kind = FaultKind(kind);
        fault.retryAfterSeconds = 7;
        m_sandbox->server->addFault(fault);
        SandboxReply r = m_client->get(u"/api/ss/projects"_s);
        QCOMPARE(r.status, status);
        QCOMPARE(r.headers.value("content-type"), contentType);
        if (fault.kind == FaultKind::RateLimited429)
            QCOMPARE(r.headers.value("retry-after"), QByteArray("7"));
        if (fault.kind == FaultKind::MalformedJson || fault.kind == FaultKind::HtmlError)
            QVERIFY(!r.isJsonObject);
        else
            QVERIFY(r.json.value(u"error"_s).isString());
        // Used up: the next request is answered normally.
        QCOMPARE(m_client->get(u"/api/ss/projects"_s).status, 200);
    }

    void hangHoldsTheRequest()
    {
        m_sandbox->server->addFault({FaultKind::Hang, 1, {}, {}, 1});
        m_client->setTimeoutMs(400);
        QElapsedTimer timer;
        timer.start();
        SandboxReply r = m_client->get(u"/api/ss/projects"_s);
        QVERIFY(r.finished);
        QCOMPARE(r.status, 0);
        QCOMPARE(r.error, QNetworkReply::OperationCanceledError); // the client's transfer timeout
        QVERIFY(timer.elapsed() >= 350);
        m_client->setTimeoutMs(10000);
        QCOMPARE(m_client->get(u"/api/ss/projects"_s).status, 200);
    }

    void closeDropsTheConnection()
    {
        // QNetworkAccessManager silently re-sends a request whose connection closed before any answer,
        // so the fault must outlast its retries.
        m_sandbox->server->addFault({FaultKind::CloseConnection, 0, "GET", {}, 1});
        SandboxReply r = m_client->get(u"/api/ss/projects"_s);
        QVERIFY(r.finished);
        QCOMPARE(r.status, 0);
        QCOMPARE(r.error, QNetworkReply::RemoteHostClosedError);
        qInfo() << "requests that reached the server for one dropped GET:"
                << m_sandbox->server->requests().size();
        m_sandbox->server->clearFaults();
        QCOMPARE(m_client->get(u"/api/ss/projects"_s).status, 200);
    }

    void closeOncePostIsResentByQtNetwork()
    {
        // Documents what Qt does, for the client's "never retry the retest POST" rule: one dropped
        // connection, and QNetworkAccessManager sends the POST again by itself.
        m_sandbox->server->addFault({FaultKind::CloseConnection, 1, "POST", {}, 1});
        SandboxReply r = m_client->post(projectPath() + u"/retest/request"_s, {});
        int posts = 0;
        for (const RecordedRequest& rec : m_sandbox->server->requests())
            posts += rec.method == "POST";
        qInfo() << "POST attempts after one dropped connection:" << posts << "final status" << r.status;
        // Exactly one resend: the dropped POST and Qt's own retry, which the server answers (an empty
        // request body is a validation error).
        QCOMPARE(posts, 2);
        QCOMPARE(r.status, 400);
    }

    void countAndMatching()
    {
        m_sandbox->server->addFault({FaultKind::Status503, 2, "PUT", u"^/api/ss/project/[^/]+$"_s, 1});
        QCOMPARE(m_client->get(projectPath()).status, 200); // other method
        QCOMPARE(m_client->get(u"/api/ss/projects"_s).status, 200);
        QCOMPARE(m_client->put(projectPath(), {{u"name"_s, u"A"_s}}).status, 503);
        // Another path: not faulted, answered by the route (the first demo project has no round 1).
        const SandboxReply otherPath = m_client->put(projectPath() + u"/retest/1"_s, {});
        QCOMPARE(otherPath.status, 404);
        QVERIFY(otherPath.json.value(u"message"_s).toString().startsWith(u"Retest round 1 not found"_s));
        QCOMPARE(m_client->put(projectPath(), {{u"name"_s, u"B"_s}}).status, 503);
        QCOMPARE(m_client->put(projectPath(), {{u"name"_s, u"C"_s}}).status, 200);
        QCOMPARE(m_sandbox->server->project(m_sandbox->server->projectIds().first())
                     .value(u"project_name"_s)
                     .toString(),
                 u"C"_s);
    }

    void faultsComeBeforeAuthentication()
    {
        m_sandbox->server->addFault({FaultKind::Status503, 1, {}, {}, 1});
        m_client->setKey({});
        QCOMPARE(m_client->get(u"/api/ss/projects"_s).status, 503);
        QCOMPARE(m_client->get(u"/api/ss/projects"_s).status, 401);
    }

    void clearFaults()
    {
        m_sandbox->server->addFault({FaultKind::Status500, 0, {}, {}, 1});
        QCOMPARE(m_client->get(u"/api/ss/groups"_s).status, 500);
        QCOMPARE(m_client->get(u"/api/ss/groups"_s).status, 500);
        m_sandbox->server->clearFaults();
        QCOMPARE(m_client->get(u"/api/ss/groups"_s).status, 200);
    }

    void latency()
    {
        SandboxOptions options = SandboxFixture::options();
        options.latencyMs = 300;
        start(options);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(m_client->get(u"/api/ss/groups"_s).status, 200);
        QVERIFY(timer.elapsed() >= 290);
    }

    void parseSpecs_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("count");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("pattern");
        QTest::newRow("kind only") << u"503"_s << true << int(FaultKind::Status503) << 1 << QByteArray()
                                   << QString();
        QTest::newRow("count") << u"500:3"_s << true << int(FaultKind::Status500) << 3 << QByteArray()
                               << QString();
        QTest::newRow("always") << u"hang:*"_s << true << int(FaultKind::Hang) << 0 << QByteArray()
                                << QString();
        QTest::newRow("method and path")
            << u"close:2:put:^/api/ss/project/.*:x$"_s << true << int(FaultKind::CloseConnection) << 2
            << QByteArray("PUT") << u"^/api/ss/project/.*:x$"_s;
        QTest::newRow("429 seconds") << u"429/30:1"_s << true << int(FaultKind::RateLimited429) << 1
                                     << QByteArray() << QString();
        QTest::newRow("html") << u"html"_s << true << int(FaultKind::HtmlError) << 1 << QByteArray()
                              << QString();
        QTest::newRow("malformed") << u"malformed:1:GET"_s << true << int(FaultKind::MalformedJson) << 1
                                   << QByteArray("GET") << QString();
        QTest::newRow("401") << u"401"_s << true << int(FaultKind::Unauthorized401) << 1 << QByteArray()
                             << QString();
        QTest::newRow("unknown kind") << u"418"_s << false << 0 << 0 << QByteArray() << QString();
        QTest::newRow("bad count") << u"500:x"_s << false << 0 << 0 << QByteArray() << QString();
        QTest::newRow("bad regex") << u"500:1:GET:("_s << false << 0 << 0 << QByteArray() << QString();
    }

    void parseSpecs()
    {
        QFETCH(QString, spec);
        QFETCH(bool, valid);
        QString error;
        const std::optional<Fault> fault = FaultInjector::parse(spec, &error);
        QCOMPARE(fault.has_value(), valid);
        if (!valid) {
            QVERIFY(!error.isEmpty());
            return;
        }
        QFETCH(int, kind);
        QFETCH(int, count);
        QFETCH(QByteArray, method);
        QFETCH(QString, pattern);
        QCOMPARE(int(fault->kind), kind);
        QCOMPARE(fault->count, count);
        QCOMPARE(fault->method, method);
        QCOMPARE(fault->pathPattern, pattern);
        if (spec.startsWith(u"429/"_s))
            QCOMPARE(fault->retryAfterSeconds, 30);
    }

    void controlEndpointsOnlyWithControl()
    {
        QCOMPARE(m_client->get(u"/__sandbox/requests"_s).status, 404);
        SandboxOptions options = SandboxFixture::options();
        options.control = true;
        start(options);

        SandboxReply added =
            m_client->post(u"/__sandbox/faults"_s, {{u"spec"_s, u"503:1:GET:^/api/ss/groups$"_s}});
        QCOMPARE(added.status, 200);
        QCOMPARE(added.json.value(u"faults"_s).toArray().size(), 1);
        QCOMPARE(m_client
                     ->send("POST", u"/__sandbox/faults"_s,
                            "[{\"kind\": 429, \"count\": 1, \"path\": \"portfolios\", \"retryAfter\": 3}]")
                     .status,
                 200);
        QCOMPARE(m_client->get(u"/__sandbox/faults"_s).json.value(u"faults"_s).toArray().size(), 2);
        QCOMPARE(m_client->get(u"/api/ss/groups"_s).status, 503);
        SandboxReply limited = m_client->get(u"/api/ss/portfolios"_s);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.headers.value("retry-after"), QByteArray("3"));
        QCOMPARE(m_client->post(u"/__sandbox/faults"_s, {{u"kind"_s, u"teapot"_s}}).detailPaths(),
                 QStringList{u"faults[0]"_s});

        SandboxReply log = m_client->get(u"/__sandbox/requests"_s);
        QCOMPARE(log.json.value(u"count"_s).toInt(), 2); // control requests are not recorded
        const QJsonObject first = log.json.value(u"requests"_s).toArray().first().toObject();
        QCOMPARE(first.value(u"path"_s).toString(), u"/api/ss/groups"_s);
        QCOMPARE(first.value(u"headers"_s).toObject().value(u"x-ssapi-key"_s).toString(), u"***"_s);
        QVERIFY(!log.body.contains("test-key-not-secret"));

        const QString id = m_sandbox->server->projectIds().first();
        QCOMPARE(m_client->put(u"/api/ss/project/"_s + id, {{u"name"_s, u"Changed"_s}}).status, 200);
        QCOMPARE(m_client->post(u"/__sandbox/reset"_s).status, 200);
        QCOMPARE(m_sandbox->server->project(id).value(u"project_name"_s).toString(),
                 u"ACME Payments API Pentest"_s);
        QVERIFY(m_sandbox->server->requests().isEmpty());
        m_client->setKey({});
        QCOMPARE(m_client->get(u"/__sandbox/faults"_s).status, 401);
    }
};

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "TestSandboxFaults.moc"
