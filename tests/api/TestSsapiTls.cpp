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

#include "api/OriginTrust.h"

#include <QSslConfiguration>

// TLS for real: a QSslSocket server on 127.0.0.1 with the certificates in tests/data/tls (see the
// README there). A certificate problem fails the call with a message naming it and nothing reaches
// the server; a CA trusted process-wide or for this connection's origin only is accepted.
class TestSsapiTls : public QObject
{
    Q_OBJECT

private:
    QSslConfiguration m_originalDefault;

    static QString dataFile(const QString& name)
    {
        return qEnvironmentVariable("FORGEDESK_TEST_DATA") + u"/tls/"_s + name;
    }
    static QSslCertificate testCa()
    {
        const QList<QSslCertificate> list = QSslCertificate::fromPath(dataFile(u"ca.pem"_s));
        return list.value(0);
    }
    // An HTTPS server with `certificate` that answers every request with an empty group list.
    static std::unique_ptr<ScriptedHttpServer> serverWith(const QString& certificate)
    {
        auto server = std::make_unique<ScriptedHttpServer>();
        server->listenTls(dataFile(certificate), dataFile(u"server.key"_s));
        server->setHandler([](const RecordedRequest&) {
            return ScriptedResponse::rawBytes(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 13\r\n"
                "Connection: close\r\n\r\n{\"groups\":[]}");
        });
        return server;
    }
    static bool defaultTrustsTestCa()
    {
        return QSslConfiguration::defaultConfiguration().caCertificates().contains(testCa());
    }

    // Runs GetGroups through a client with `base` and, when given, a private CA.
    static ApiResult<QList<Group>> fetchGroups(const QUrl& base,
                                               const QList<QSslCertificate>& privateCas = {})
    {
        SsapiClient client;
        client.setBaseUrl(base);
        client.setApiKey(kWireKey);
        client.setTimeout(60000);
        if (!privateCas.isEmpty())
            client.setCaCertificates(privateCas);
        CallOutcome<QList<Group>> out;
        client.fetchGroups(nullptr, out.callback());
        if (!QTest::qWaitFor([&out] { return out.result.has_value(); }, 30000))
            return ApiResult<QList<Group>>::failure(ApiError(C::Timeout, u"the test gave up"_s));
        return *out.result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QSslSocket::supportsSsl(), "this Qt has no TLS backend");
        QVERIFY2(!testCa().isNull(), qPrintable(dataFile(u"ca.pem"_s)));
        m_originalDefault = QSslConfiguration::defaultConfiguration();
        QVERIFY(!defaultTrustsTestCa());
    }
    void cleanup() { QSslConfiguration::setDefaultConfiguration(m_originalDefault); }

    void certificateProblemFailsTheCall_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<bool>("trustTestCa"); // so the named problem is the only one
        QTest::addColumn<QString>("problem");
        QTest::newRow("self-signed") << u"self-signed.pem"_s << false << u"self-signed"_s;
        QTest::newRow("wrong host name") << u"wrong-host.pem"_s << true << u"host name did not match"_s;
        QTest::newRow("expired") << u"expired.pem"_s << true << u"has expired"_s;
        QTest::newRow("unknown CA") << u"localhost-and-loopback.pem"_s << false << u"issuer certificate"_s;
    }
    void certificateProblemFailsTheCall()
    {
        QFETCH(QString, certificate);
        QFETCH(bool, trustTestCa);
        QFETCH(QString, problem);
        auto server = serverWith(certificate);
        QVERIFY(server->isReady());
        const auto result =
            fetchGroups(server->baseUrl(), trustTestCa ? QList{testCa()} : QList<QSslCertificate>{});
        QVERIFY(!result.isOk());
        const ApiError& error = result.error();
        qInfo("%s", qPrintable(error.message()));
        QCOMPARE(error.category(), C::Network);
        QVERIFY2(error.message().startsWith(u"the secure connection could not be verified ("_s),
                 qPrintable(error.message()));
        QVERIFY2(error.message().contains(problem, Qt::CaseInsensitive), qPrintable(error.message()));
        QVERIFY(!error.leavesDoubt()); // nothing was sent
        QVERIFY(server->connectionCount() >= 1);
        QCOMPARE(server->requests().size(), 0);
        QCOMPARE(server->handshakeCount(), 0);
    }

    void caInDefaultConfigurationIsAccepted()
    {
        auto server = serverWith(u"localhost-and-loopback.pem"_s);
        QVERIFY(server->isReady());
        QSslConfiguration withCa = QSslConfiguration::defaultConfiguration();
        withCa.addCaCertificate(testCa());
        QSslConfiguration::setDefaultConfiguration(withCa);
        const auto result = fetchGroups(server->baseUrl());
        QVERIFY2(result.isOk(), qPrintable(result.error().userMessage()));
        QCOMPARE(server->requests().size(), 1);
        QVERIFY(server->requests().first().head.contains(
            QByteArray(QByteArray("X-SSAPI-KEY: ") + kWireKey.toUtf8())));
    }

    void privateCaIsTrustedForItsOriginOnly()
    {
        auto server = serverWith(u"localhost-and-loopback.pem"_s);
        QVERIFY(server->isReady());
        // Client A trusts the CA for https://127.0.0.1:port …
        const auto a = fetchGroups(server->baseUrl(u"127.0.0.1"_s), {testCa()});
        QVERIFY2(a.isOk(), qPrintable(a.error().userMessage()));
        QCOMPARE(server->requests().size(), 1);
        // … which changed nothing for the process: client B, same server under another origin
        // (https://localhost:port), is refused.
        QVERIFY(!defaultTrustsTestCa());
        const auto b = fetchGroups(server->baseUrl(u"localhost"_s));
        QVERIFY(!b.isOk());
        QCOMPARE(b.error().category(), C::Network);
        QVERIFY2(b.error().message().contains(u"issuer certificate"_s), qPrintable(b.error().message()));
        QCOMPARE(server->requests().size(), 1);
    }

    void privateCaDoesNotFollowTheClientToAnotherOrigin()
    {
        auto server = serverWith(u"localhost-and-loopback.pem"_s);
        QVERIFY(server->isReady());
        SsapiClient client;
        client.setApiKey(kWireKey);
        client.setBaseUrl(server->baseUrl(u"127.0.0.1"_s));
        client.setCaCertificates({testCa()});
        client.setBaseUrl(server->baseUrl(u"localhost"_s)); // another origin: the CA stays behind
        CallOutcome<QList<Group>> out;
        client.fetchGroups(this, out.callback());
        QTRY_VERIFY_WITH_TIMEOUT(out.result, 30000);
        QVERIFY(!out.result->isOk());
        QCOMPARE(out.category(), C::Network);
        QCOMPARE(server->requests().size(), 0);
    }

    void originTrustAppliesToOneOriginOnly()
    {
        const OriginTrust trust(QUrl(u"https://tenant.example.com/base"_s), {testCa()});
        const auto same = trust.configurationFor(QUrl(u"https://TENANT.example.com:443/api/ss/groups"_s));
        QVERIFY(same.has_value());
        QVERIFY(same->caCertificates().contains(testCa()));
        // The usual CAs are still trusted beside the private one.
        for (const QSslCertificate& system : QSslConfiguration::systemCaCertificates())
            QVERIFY(same->caCertificates().contains(system));
        QVERIFY(!trust.configurationFor(QUrl(u"https://tenant.example.com:8443/"_s)));
        QVERIFY(!trust.configurationFor(QUrl(u"https://other.example.com/"_s)));
        QVERIFY(!trust.configurationFor(QUrl(u"http://tenant.example.com/"_s)));
        QVERIFY(!OriginTrust().configurationFor(QUrl(u"https://tenant.example.com/"_s)));
        QVERIFY(!defaultTrustsTestCa());
    }
};

QTEST_GUILESS_MAIN(TestSsapiTls)
#include "TestSsapiTls.moc"
