// EventsClient against a real wss:// server on 127.0.0.1 (QWebSocketServer in SecureMode with the
// certificates in tests/data/tls, see the README there): a certificate problem turns live updates off
// with a status naming it, before any upgrade request (which carries the key) or subscription is sent;
// the connection's private CA, handed over as the REST client's OriginTrust, makes it connect; and
// that CA trusts its own origin only.

#include "tests/support/SecureEventsServer.h"
#include "tests/support/TestKeys.h"

#include "api/EventsClient.h"
#include "api/SsapiClient.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using namespace Qt::StringLiterals;
using namespace ForgeDeskTest;
using State = EventsClient::State;

namespace {

QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previous = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log.append(message);
    }
    if (g_previous)
        g_previous(type, context, message);
}

QString dataFile(const QString& name)
{
    return qEnvironmentVariable("FORGEDESK_TEST_DATA") + u"/tls/"_s + name;
}

QSslCertificate testCa()
{
    return QSslCertificate::fromPath(dataFile(u"ca.pem"_s)).value(0);
}

std::unique_ptr<SecureEventsServer> serverWith(const QString& certificate)
{
    return std::make_unique<SecureEventsServer>(dataFile(certificate), dataFile(u"server.key"_s));
}

// The REST client's trust for `origin` with these CAs, as SessionController sets it up.
OriginTrust restTrust(const QUrl& origin, const QList<QSslCertificate>& cas)
{
    SsapiClient rest;
    rest.setBaseUrl(origin);
    rest.setCaCertificates(cas);
    return rest.originTrust();
}

std::unique_ptr<EventsClient> clientFor(const QUrl& base, const OriginTrust& trust)
{
    auto client = std::make_unique<EventsClient>();
    client->setBaseUrl(base);
    client->setApiKey(kWireKey.toUtf8());
    client->setOriginTrust(trust);
    client->setBackoff(50, 50);
    client->setHeartbeatTimeout(60000);
    return client;
}

} // namespace

class TestEventsTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QSslSocket::supportsSsl(), "this Qt has no TLS backend");
        QVERIFY2(!testCa().isNull(), qPrintable(dataFile(u"ca.pem"_s)));
        QVERIFY(!QSslConfiguration::defaultConfiguration().caCertificates().contains(testCa()));
        QLoggingCategory::setFilterRules(u"forgedesk.*.debug=true"_s);
        g_previous = qInstallMessageHandler(captureMessages);
    }
    void cleanupTestCase()
    {
        // Nothing here changed what the process trusts, and the key never reached a log line.
        QVERIFY(!QSslConfiguration::defaultConfiguration().caCertificates().contains(testCa()));
        QMutexLocker lock(&g_logMutex);
        QVERIFY(!g_log.isEmpty());
        for (const QString& line : std::as_const(g_log))
            QVERIFY2(!line.contains(kWireKey), qPrintable(line));
    }

    void certificateProblemTurnsLiveUpdatesOff_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<bool>("trustTestCa"); // so the named problem is the only one
        QTest::addColumn<QString>("problem");
        QTest::newRow("self-signed") << u"self-signed.pem"_s << false
                                     << u"The certificate is self-signed, and untrusted"_s;
        QTest::newRow("wrong host name")
            << u"wrong-host.pem"_s << true
            << u"The host name did not match any of the valid hosts for this certificate"_s;
        QTest::newRow("expired") << u"expired.pem"_s << true << u"The certificate has expired"_s;
        QTest::newRow("unknown CA")
            << u"localhost-and-loopback.pem"_s << false
            << u"The issuer certificate of a locally looked up certificate could not be found"_s;
    }
    void certificateProblemTurnsLiveUpdatesOff()
    {
        QFETCH(QString, certificate);
        QFETCH(bool, trustTestCa);
        QFETCH(QString, problem);
        auto server = serverWith(certificate);
        QVERIFY(server->isReady());
        const QUrl base = server->baseUrl();
        auto client =
            clientFor(base, restTrust(base, trustTestCa ? QList{testCa()} : QList<QSslCertificate>{}));
        QSignalSpy states(client.get(), &EventsClient::stateChanged);
        client->start();
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), State::Untrusted, 20000);
        QVERIFY2(client->problem().startsWith(u"the secure connection could not be verified ("_s),
                 qPrintable(client->problem()));
        QVERIFY2(client->problem().contains(problem), qPrintable(client->problem()));
        // The handshake failed before the upgrade request: no key, no subscription reached the server.
        QCOMPARE(server->upgradeKeys.size(), 0);
        QCOMPARE(server->frames.size(), 0);
        QCOMPARE(client->connectionCount(), 0);
        // And it does not keep knocking with the same certificate in the way.
        // Its socket is gone (no signal left to start a retry, its timers are stopped).
        const qsizetype changes = states.size();
        QTRY_VERIFY(client->findChildren<QWebSocket*>().isEmpty());
        QCOMPARE(client->state(), State::Untrusted);
        QCOMPARE(states.size(), changes);
        QCOMPARE(server->upgradeKeys.size(), 0);
    }

    void privateCaOfTheConnectionIsTrusted()
    {
        auto server = serverWith(u"localhost-and-loopback.pem"_s);
        QVERIFY(server->isReady());
        const QUrl base = server->baseUrl();
        auto client = clientFor(base, restTrust(base, {testCa()}));
        QCOMPARE(client->eventsUrl().scheme(), u"wss"_s);
        client->start();
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), State::Live, 20000);
        QCOMPARE(client->problem(), QString());
        QCOMPARE(server->upgradeKeys, QList<QByteArray>{kWireKey.toUtf8()});
        QCOMPARE(server->frames.size(), 1);
        const EventsProtocol::Frame subscribe = EventsProtocol::parse(server->frames.first().toUtf8());
        QCOMPARE(subscribe.method, u"subscribe"_s);
        QCOMPARE(client->granted(), EventsProtocol::projectEvents());
    }

    void privateCaOfAnotherOriginIsNotTrusted_data()
    {
        QTest::addColumn<QString>("trustedHost"); // the origin the CA was given for
        QTest::addColumn<QString>("eventsHost");  // the origin the events socket goes to
        QTest::newRow("CA for 127.0.0.1, events on localhost") << u"127.0.0.1"_s << u"localhost"_s;
        QTest::newRow("CA for localhost, events on 127.0.0.1") << u"localhost"_s << u"127.0.0.1"_s;
    }
    void privateCaOfAnotherOriginIsNotTrusted()
    {
        QFETCH(QString, trustedHost);
        QFETCH(QString, eventsHost);
        // The same server under two names: one connection's CA does not vouch for the other.
        auto server = serverWith(u"localhost-and-loopback.pem"_s);
        QVERIFY(server->isReady());
        auto client =
            clientFor(server->baseUrl(eventsHost), restTrust(server->baseUrl(trustedHost), {testCa()}));
        client->start();
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), State::Untrusted, 20000);
        QVERIFY2(
            client->problem().contains(u"The issuer certificate of a locally looked up certificate could "
                                       "not be found"_s),
            qPrintable(client->problem()));
        QCOMPARE(server->upgradeKeys.size(), 0);
        QCOMPARE(server->frames.size(), 0);
    }

    void startAgainRetriesAfterTheCertificateIsFixed()
    {
        auto server = serverWith(u"localhost-and-loopback.pem"_s);
        QVERIFY(server->isReady());
        const QUrl base = server->baseUrl();
        auto client = clientFor(base, OriginTrust());
        client->start();
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), State::Untrusted, 20000);
        // The user adds the private CA to the connection: the session reconnects and starts again.
        client->setOriginTrust(restTrust(base, {testCa()}));
        client->start();
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), State::Live, 20000);
        QCOMPARE(client->problem(), QString());
    }

    void originTrustCoversTheEventsSocketOfItsOriginOnly()
    {
        const OriginTrust trust(QUrl(u"https://tenant.example.com/base"_s), {testCa()});
        const auto events = trust.configurationFor(QUrl(u"wss://TENANT.example.com/base/api/ss/events"_s));
        QVERIFY(events.has_value());
        QVERIFY(events->caCertificates().contains(testCa()));
        QVERIFY(trust.configurationFor(QUrl(u"wss://tenant.example.com:443/api/ss/events"_s)));
        QVERIFY(!trust.configurationFor(QUrl(u"wss://tenant.example.com:8443/api/ss/events"_s)));
        QVERIFY(!trust.configurationFor(QUrl(u"wss://other.example.com/api/ss/events"_s)));
        QVERIFY(!trust.configurationFor(QUrl(u"ws://tenant.example.com/api/ss/events"_s)));
    }
};

QTEST_GUILESS_MAIN(TestEventsTls)
#include "TestEventsTls.moc"
