// EventsClient against the sandbox's /api/ss/events on a loopback port: subscription, replay after a
// reconnect, heartbeats, back-off, grants, malformed frames, and the key kept out of URLs and logs.

#include "api/EventsClient.h"
#include "api/EventsProtocol.h"
#include "sandbox/EventsHub.h"
#include "tests/support/SandboxFixture.h"
#include "tests/support/SandboxTestClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

using namespace Qt::StringLiterals;
using namespace ForgeDeskTest;
using State = EventsClient::State;

namespace {

const QString kProject = u"p-live"_s;
const QString kStart = u"2025-03-23T13:00:00.000Z"_s;
const QString kEnd = u"2025-03-30T12:59:59.999Z"_s;

QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previous = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log.append(QString::fromLatin1(context.category ? context.category : "") + u' ' + message);
    }
    if (g_previous)
        g_previous(type, context, message);
}

QJsonObject vulnerability(const QString& id, const QString& status, const QString& retest)
{
    return {{u"vulnerability_id"_s, id},
            {u"vulnerability_alternate_id"_s, QString(u"RT-"_s + id)},
            {u"vulnerability_title"_s, QString(u"Finding "_s + id)},
            {u"vulnerability_priority"_s, u"High"_s},
            {u"vulnerability_status"_s, status},
            {u"vulnerability_retest"_s, retest}};
}

QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestEventsClient : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<EventsClient> m_client;
    std::unique_ptr<SandboxTestClient> m_rest;

    void startServer(const QHash<QString, QStringList>& grants = {}, int heartbeatMs = 200)
    {
        SandboxOptions options = SandboxFixture::options(u"empty"_s);
        options.eventGrants = grants;
        options.eventsHeartbeatMs = heartbeatMs;
        m_sandbox = std::make_unique<SandboxFixture>(options);
        m_sandbox->server->putProject({{u"project_id"_s, kProject},
                                       {u"project_name"_s, u"Live Demo"_s},
                                       {u"project_retesting_history"_s, QJsonArray()}});
        m_sandbox->server->setVulnerabilities(kProject, {vulnerability(u"v1"_s, u"Open"_s, u"Yes"_s)});
        m_rest = std::make_unique<SandboxTestClient>(m_sandbox->server->baseUrl(), kApiKey.toUtf8());
    }

    std::unique_ptr<EventsClient> makeClient(const QString& key = kApiKey)
    {
        auto client = std::make_unique<EventsClient>();
        [&] { QCOMPARE(client->setBaseUrl(m_sandbox->server->baseUrl()), QString()); }();
        client->setApiKey(key.toUtf8());
        client->setProfileId(u"profile-1"_s);
        client->setCursor(EventsCursor(m_dir.filePath(u"cursor.ini"_s)));
        client->setBackoff(50, 400);
        client->setHeartbeatTimeout(5000);
        return client;
    }

    // The timestamp of the last event the sandbox published.
    QString lastPublished() const
    {
        return m_sandbox->server->events()->log().last().value(u"params"_s)[u"timestamp"_s].toString();
    }
    static QString timestampOf(const QSignalSpy& received, qsizetype i)
    {
        return received.at(i).at(0).value<EventsNotification>().timestamp;
    }
    // Ends a "nothing more arrives" window without a sleep: a rename whose event travels behind every
    // event already on its way (one socket, in order); returns once `received` holds it.
    void renameAndWaitForItsEvent(const QSignalSpy& received)
    {
        putName(u"marker"_s);
        const QString marker = lastPublished();
        QTRY_VERIFY_WITH_TIMEOUT(!received.isEmpty() && timestampOf(received, received.size() - 1) == marker,
                                 10000);
    }

    void putName(const QString& name)
    {
        QCOMPARE(m_rest->send("PUT", u"/api/ss/project/"_s + kProject, json({{u"name"_s, name}})).status,
                 200);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QLoggingCategory::setFilterRules(u"forgedesk.*.debug=true"_s);
        g_previous = qInstallMessageHandler(captureMessages);
    }
    void init()
    {
        QFile::remove(m_dir.filePath(u"cursor.ini"_s));
        startServer();
        m_client = makeClient();
    }
    void cleanup()
    {
        m_client.reset();
        m_rest.reset();
        m_sandbox.reset();
    }
    void cleanupTestCase()
    {
        // Whatever every test logged, the key never appears.
        QMutexLocker lock(&g_logMutex);
        QVERIFY(!g_log.isEmpty());
        for (const QString& line : std::as_const(g_log))
            QVERIFY2(!line.contains(kApiKey), qPrintable(line));
    }

    void eventsUrlFollowsTheRestPolicy()
    {
        EventsClient client;
        QCOMPARE(client.setBaseUrl(QUrl(u"https://acme.attackforge.com"_s)), QString());
        QCOMPARE(client.eventsUrl(), QUrl(u"wss://acme.attackforge.com/api/ss/events"_s));
        QCOMPARE(client.setBaseUrl(QUrl(u"http://127.0.0.1:8080/base/"_s)), QString());
        QCOMPARE(client.eventsUrl(), QUrl(u"ws://127.0.0.1:8080/base/api/ss/events"_s));
        QVERIFY(!client.setBaseUrl(QUrl(u"http://acme.attackforge.com"_s)).isEmpty());
        QVERIFY(!client.eventsUrl().isValid());
        QVERIFY(!client.setBaseUrl(QUrl(u"ftp://acme.attackforge.com"_s)).isEmpty());
        client.setApiKey("k");
        client.start();
        QCOMPARE(client.state(), State::Refused);
    }

    void subscribesAndReceivesEveryWrite()
    {
        QSignalSpy received(m_client.get(), &EventsClient::notificationReceived);
        m_client->start();
        QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), State::Live, 10000);
        QCOMPARE(m_client->granted(),
                 QStringList({u"project-created"_s, u"project-updated"_s, u"project-retest-requested"_s,
                              u"project-retest-completed"_s, u"project-retest-cancelled"_s}));
        putName(u"Renamed"_s);
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 10000);
        auto n = received.at(0).at(0).value<EventsNotification>();
        QCOMPARE(n.name, u"project-updated"_s);
        QCOMPARE(n.projectId, kProject);
        QCOMPARE(n.who, u"Sandbox User"_s);
        QCOMPARE(n.timestamp.size(), 24);

        const QString retest = u"/api/ss/project/"_s + kProject + u"/retest"_s;
        QCOMPARE(m_rest
                     ->send("POST", retest + u"/request"_s,
                            json({{u"retesting_window_start"_s, kStart},
                                  {u"retesting_window_end"_s, kEnd},
                                  {u"vulnerability_ids"_s, QJsonArray{u"v1"_s}}}))
                     .status,
                 200);
        QCOMPARE(m_rest->send("POST", retest + u"/1/cancel"_s).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 3, 10000);
        QCOMPARE(received.at(1).at(0).value<EventsNotification>().name, u"project-retest-requested"_s);
        n = received.at(2).at(0).value<EventsNotification>();
        QCOMPARE(n.name, u"project-retest-cancelled"_s);
        // The documented payload of project-retest-cancelled.
        const QJsonObject data = n.params.value(u"data"_s).toObject();
        QCOMPARE(data.value(u"project_id"_s).toString(), kProject);
        QCOMPARE(data.value(u"round"_s).toInt(), 1);
        QCOMPARE(data.value(u"status"_s).toString(), u"Cancelled"_s);
        const QJsonObject scope = data.value(u"vulnerabilities_in_scope"_s).toArray().at(0).toObject();
        QCOMPARE(scope,
                 QJsonObject(
                     {{u"title"_s, u"Finding v1"_s}, {u"id"_s, u"v1"_s}, {u"alternate_id"_s, u"RT-v1"_s}}));
        QCOMPARE(data.value(u"retest_window"_s).toObject(),
                 QJsonObject({{u"start_date"_s, kStart}, {u"end_date"_s, kEnd}}));
        QVERIFY(!data.value(u"requested_date"_s).toString().isEmpty());
        QVERIFY(!data.value(u"cancelled_date"_s).toString().isEmpty());
        QCOMPARE(data.value(u"cancelled_by"_s).toObject().value(u"first_name"_s).toString(), u"Sandbox"_s);
        QCOMPARE(data.value(u"requested_by"_s).toObject().value(u"user_id"_s).toString(),
                 u"5f0000000000000000000000"_s);
        QCOMPARE(n.params.value(u"user"_s).toObject().value(u"user_id"_s).toString(),
                 u"5f0000000000000000000000"_s);
        // A refused write is no event.
        QCOMPARE(m_rest->send("PUT", u"/api/ss/project/"_s + kProject, json({{u"name"_s, u""_s}})).status,
                 400);
        renameAndWaitForItsEvent(received);
        QCOMPARE(received.size(), 3 + 1); // the three events and the marker: nothing for the refused write
    }

    void replayAfterReconnectLosesNoneAndRepeatsNone()
    {
        QSignalSpy received(m_client.get(), &EventsClient::notificationReceived);
        m_client->setBackoff(800, 800); // long enough to write while it is away
        m_client->start();
        QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), State::Live, 10000);
        putName(u"one"_s);
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 10000);

        m_sandbox->server->events()->dropConnections();
        QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), State::Waiting, 10000);
        putName(u"two"_s);
        putName(u"three"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), State::Live, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 3, 10000);
        QCOMPARE(m_client->connectionCount(), 2);
        const QList<QJsonObject> log = m_sandbox->server->events()->log();
        renameAndWaitForItsEvent(received);
        QCOMPARE(received.size(), 3 + 1); // no event repeated before the marker
        QStringList stamps;
        for (qsizetype i = 0; i < 3; ++i)
            stamps.append(timestampOf(received, i));
        QCOMPARE(stamps.size(), 3);
        for (int i = 0; i < 3; ++i) // in the server's order, each once
            QCOMPARE(stamps.at(i), log.at(log.size() - 3 + i).value(u"params"_s)[u"timestamp"_s].toString());

        // Stopped (the application closed): the next start resumes from the stored timestamp.
        m_client->stop();
        putName(u"four"_s);
        m_client = makeClient();
        QSignalSpy resumed(m_client.get(), &EventsClient::notificationReceived);
        m_client->start();
        QTRY_COMPARE_WITH_TIMEOUT(resumed.size(), 1, 10000);
        const QString four = lastPublished();
        renameAndWaitForItsEvent(resumed);
        QCOMPARE(resumed.size(), 1 + 1); // "four" and the marker, nothing replayed twice
        QCOMPARE(timestampOf(resumed, 0), four);
    }

    void answersHeartbeats()
    {
        QSignalSpy answered(m_sandbox->server->events(), &EventsHub::heartbeatAnswered);
        m_client->start();
        QTRY_VERIFY_WITH_TIMEOUT(answered.size() >= 3, 10000);
        QCOMPARE(m_client->connectionCount(), 1);
        QCOMPARE(m_client->state(), State::Live);
    }

    void reconnectsWhenHeartbeatsStop()
    {
        startServer({}, 0); // a server that sends no heartbeats
        m_client = makeClient();
        m_client->setHeartbeatTimeout(300);
        QSignalSpy subscribed(m_client.get(), &EventsClient::subscribed);
        m_client->start();
        QTRY_VERIFY_WITH_TIMEOUT(subscribed.size() >= 3, 15000); // closed, reconnected, resubscribed
        QVERIFY(m_client->connectionCount() >= 3);
        QMutexLocker lock(&g_logMutex);
        QVERIFY(std::any_of(g_log.cbegin(), g_log.cend(),
                            [](const QString& l) { return l.contains(u"no heartbeat for 300 ms"_s); }));
    }

    void backsOffLongerAfterEachFailure()
    {
        const QUrl base = m_sandbox->server->baseUrl();
        m_sandbox->server.reset(); // nobody listens on that port now
        m_client = std::make_unique<EventsClient>();
        m_client->setBaseUrl(base);
        m_client->setApiKey(kApiKey.toUtf8());
        m_client->setBackoff(20, 320);
        QList<int> delays;
        connect(m_client.get(), &EventsClient::stateChanged, this, [this, &delays](State s) {
            if (s == State::Waiting)
                delays.append(m_client->nextDelayMs());
        });
        m_client->start();
        QTRY_VERIFY_WITH_TIMEOUT(delays.size() >= 6, 20000);
        // The delay after each failure doubles (40 is the one after 20), then stays at the maximum.
        QCOMPARE(delays.mid(0, 6), QList<int>({40, 80, 160, 320, 320, 320}));
    }

    void refusedGrantsTurnItOff()
    {
        startServer({{kApiKey, {}}});
        m_client = makeClient();
        m_client->start();
        QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), State::NotGranted, 10000);
        QVERIFY(m_client->granted().isEmpty());
        // And it does not keep trying: its socket is gone (no signal left to start a retry, its timers
        // are stopped) and a retry would have passed through Waiting.
        QTRY_VERIFY(m_client->findChildren<QWebSocket*>().isEmpty());
        QCOMPARE(m_client->state(), State::NotGranted);
        QCOMPARE(m_client->connectionCount(), 1);
    }

    void partialGrantsListWhatIsOn()
    {
        startServer({{kApiKey, {u"project-updated"_s, u"vulnerability-created"_s}}});
        m_client = makeClient();
        QSignalSpy received(m_client.get(), &EventsClient::notificationReceived);
        m_client->start();
        QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), State::Live, 10000);
        QCOMPARE(m_client->granted(), QStringList{u"project-updated"_s});
        m_sandbox->server->putProject(
            {{u"project_id"_s, u"p-new"_s}, {u"project_name"_s, u"New"_s}}); // created
        putName(u"Renamed"_s);
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 10000);
        renameAndWaitForItsEvent(received);
        QCOMPARE(received.size(), 1 + 1); // the rename and the marker: the creation was not granted
        QCOMPARE(received.at(0).at(0).value<EventsNotification>().name, u"project-updated"_s);
    }

    void malformedAndUnknownFramesAreIgnored()
    {
        QSignalSpy received(m_client.get(), &EventsClient::notificationReceived);
        QSignalSpy ignored(m_client.get(), &EventsClient::frameIgnored);
        m_client->start();
        QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), State::Live, 10000);
        EventsHub* hub = m_sandbox->server->events();
        hub->sendRawToAll("{not json");
        hub->sendRawToAll("[]");
        hub->sendRawToAll(
            R"({"jsonrpc":"2.0","method":"vulnerability-created","params":{"timestamp":"2030-01-01T00:00:00.000Z","data":{"project_id":"x"}}})");
        hub->sendRawToAll(
            R"({"jsonrpc":"2.0","method":"project-updated","params":{"timestamp":"2030-01-01T00:00:00.000Z"}})");
        hub->sendRawToAll(R"({"jsonrpc":"2.0","method":"reboot","id":"r1"})");
        hub->sendRawToAll(R"({"jsonrpc":"2.0","result":[],"id":"nobody"})");
        QTRY_COMPARE_WITH_TIMEOUT(ignored.size(), 6, 10000);
        QCOMPARE(m_client->state(), State::Live);
        putName(u"still works"_s);
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 10000);
        QCOMPARE(received.at(0).at(0).value<EventsNotification>().projectId, kProject);
    }

    void keyOnlyInTheUpgradeHeader()
    {
        m_client->start();
        QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), State::Live, 10000);
        m_sandbox->server->events()->dropConnections();
        QTRY_COMPARE_WITH_TIMEOUT(m_client->connectionCount(), 2, 10000);
        const QList<QUrl> urls = m_sandbox->server->events()->upgradeUrls();
        QVERIFY(urls.size() >= 2);
        for (const QUrl& url : urls) {
            QCOMPARE(url.path(), u"/api/ss/events"_s);
            QVERIFY(!url.toString(QUrl::FullyEncoded).contains(kApiKey));
            QVERIFY(!url.toString(QUrl::FullyDecoded).contains(kApiKey));
        }
        // A wrong key is refused at the door, and the client stops rather than hammering.
        auto wrong = makeClient(u"not-the-key"_s);
        wrong->start();
        QTRY_COMPARE_WITH_TIMEOUT(wrong->state(), State::Refused, 10000);
        QCOMPARE(wrong->connectionCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestEventsClient)
#include "TestEventsClient.moc"
