// The sandbox's limits against hostile clients on raw sockets: refused bodies are not kept, slow and
// idle connections time out, open connections are capped, too many headers get 431 (and the body is
// never served as a request of its own), and a body full of problems gets a short answer.

#include "tests/support/SandboxFixture.h"
#include "tests/support/SandboxTestClient.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace ForgeDeskTest;

namespace {

const QByteArray kKey = "test-key-not-secret";

// A client on a raw socket that collects everything the server sends until it closes.
class RawClient
{
public:
    explicit RawClient(quint16 port)
    {
        QObject::connect(&m_socket, &QTcpSocket::readyRead, [this] { m_received += m_socket.readAll(); });
        m_socket.connectToHost(u"127.0.0.1"_s, port);
    }
    bool waitConnected()
    {
        QSignalSpy connected(&m_socket, &QTcpSocket::connected);
        return m_socket.state() == QAbstractSocket::ConnectedState || connected.wait(10000);
    }
    void send(const QByteArray& bytes) { m_socket.write(bytes); }
    // True once the server has closed the connection (or reset it).
    bool waitClosed(int ms = 15000)
    {
        if (m_socket.state() == QAbstractSocket::UnconnectedState)
            return true;
        QSignalSpy closed(&m_socket, &QTcpSocket::disconnected);
        return closed.wait(ms) || m_socket.state() == QAbstractSocket::UnconnectedState;
    }
    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QByteArray received()
    {
        m_received += m_socket.readAll();
        return m_received;
    }
    void close() { m_socket.abort(); }

private:
    QTcpSocket m_socket;
    QByteArray m_received;
};

} // namespace

class TestSandboxLimits : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;

    void start(const SandboxOptions& options) { m_sandbox = std::make_unique<SandboxFixture>(options); }
    QString projectPath() const { return u"/api/ss/project/"_s + m_sandbox->server->projectIds().first(); }
    QString projectName() const
    {
        return m_sandbox->server->project(m_sandbox->server->projectIds().first())
            .value(u"project_name"_s)
            .toString();
    }

private Q_SLOTS:
    void cleanup() { m_sandbox.reset(); }

    // Item 10: a 100 MB PUT without a key is answered from its head; the log keeps 8 KiB of it.
    void hugeKeylessPutIsRefusedBeforeItsBody()
    {
        start(SandboxFixture::options());
        RawClient raw(m_sandbox->server->port());
        QVERIFY(raw.waitConnected());
        raw.send("PUT " + projectPath().toLatin1() +
                 " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                 "Content-Length: 104857600\r\n\r\n" +
                 QByteArray(64 * 1024, 'a'));
        QVERIFY(raw.waitClosed());
        QVERIFY2(raw.received().startsWith("HTTP/1.1 413 "), raw.received().left(200).constData());
        QCOMPARE(m_sandbox->server->requests().size(), 1);
        const RecordedRequest logged = m_sandbox->server->requests().last();
        QCOMPARE(logged.method, QByteArray("PUT"));
        QCOMPARE(logged.bodySize, qint64(104857600));
        QVERIFY(logged.body.size() <= 8 * 1024);
    }

    // Item 10: a body under the size limit but without a key is read through and dropped, not kept.
    void keylessPutBodyIsDropped()
    {
        start(SandboxFixture::options());
        SandboxTestClient client(m_sandbox->server->baseUrl(), {});
        QByteArray body = "{\"executive_summary\": \"";
        body += QByteArray(6 * 1024 * 1024, 'b');
        body += "\"}";
        QCOMPARE(client.send("PUT", projectPath(), body, 30000).status, 401);
        const RecordedRequest logged = m_sandbox->server->requests().last();
        QCOMPARE(logged.bodySize, qint64(body.size()));
        QCOMPARE(logged.body.size(), 8 * 1024);
        QVERIFY(logged.body.startsWith("{\"executive_summary\": \"bbb"));
        // The connection is still good for the next request.
        client.setKey(kKey);
        QCOMPARE(client.get(projectPath()).status, 200);
    }

    // Item 10: an accepted large body is applied whole, but the log keeps only its start.
    void acceptedBodyIsLoggedBriefly()
    {
        start(SandboxFixture::options());
        SandboxTestClient client(m_sandbox->server->baseUrl(), kKey);
        const QString summary(100 * 1024, u'c');
        QCOMPARE(client.put(projectPath(), {{u"executive_summary"_s, summary}}).status, 200);
        QCOMPARE(m_sandbox->server->project(m_sandbox->server->projectIds().first())
                     .value(u"project_executive_summary"_s)
                     .toString()
                     .size(),
                 100 * 1024);
        QCOMPARE(m_sandbox->server->requests().last().body.size(), 8 * 1024);
        QCOMPARE(m_sandbox->server->requests().last().bodySize, qint64(100 * 1024 + 24));
    }

    // Item 11: half-sent heads, half-sent bodies and silent connections are closed after the timeout.
    void incompleteRequestsTimeOut_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("answer"); // empty: closed without an answer
        QTest::newRow("half a head") << QByteArray("GET /api/ss/projects HTTP/1.1\r\nX-SSAPI-KEY: te")
                                     << QByteArray("HTTP/1.1 408 ");
        QTest::newRow("half a body") << QByteArray("PUT /api/ss/projects HTTP/1.1\r\nX-SSAPI-KEY: "
                                                   "test-key-not-secret\r\nContent-Length: 100\r\n\r\n{\"na")
                                     << QByteArray("HTTP/1.1 408 ");
        QTest::newRow("nothing at all") << QByteArray() << QByteArray();
    }

    void incompleteRequestsTimeOut()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, answer);
        SandboxOptions options = SandboxFixture::options();
        options.requestTimeoutMs = 300;
        start(options);
        RawClient raw(m_sandbox->server->port());
        QVERIFY(raw.waitConnected());
        raw.send(bytes);
        QVERIFY(raw.waitClosed());
        QVERIFY2(raw.received().startsWith(answer), raw.received().left(200).constData());
        if (answer.isEmpty())
            QVERIFY(raw.received().isEmpty());
        QVERIFY(m_sandbox->server->requests().isEmpty());
    }

    // Item 11: the timeout counts from the start of the request: trickling bytes do not extend it.
    void tricklingRequestTimesOut()
    {
        SandboxOptions options = SandboxFixture::options();
        options.requestTimeoutMs = 500;
        start(options);
        RawClient raw(m_sandbox->server->port());
        QVERIFY(raw.waitConnected());
        QTimer trickle;
        QObject::connect(&trickle, &QTimer::timeout, [&raw] { raw.send("X"); });
        raw.send("GET /api/ss/projects HTTP/1.1\r\nX-Padding: ");
        trickle.start(50);
        QVERIFY(raw.waitClosed());
        QVERIFY(raw.received().startsWith("HTTP/1.1 408 "));
    }

    // Item 11: a keep-alive connection that answered gets a new deadline, and held requests are not cut.
    void answeredAndHeldConnectionsStay()
    {
        SandboxOptions options = SandboxFixture::options();
        options.requestTimeoutMs = 2000;
        start(options);
        SandboxTestClient client(m_sandbox->server->baseUrl(), kKey);
        QCOMPARE(client.get(u"/api/ss/groups"_s).status, 200);
        QCOMPARE(client.get(u"/api/ss/groups"_s).status, 200);
        m_sandbox->server->addFault({FaultKind::Hang, 1, {}, {}, 1});
        RawClient raw(m_sandbox->server->port());
        QVERIFY(raw.waitConnected());
        raw.send("GET /api/ss/groups HTTP/1.1\r\nX-SSAPI-KEY: " + kKey + "\r\n\r\n");
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->server->requests().size(), 3, 10000);
        // Well past the deadline, the held request's connection is still open.
        QVERIFY(!raw.waitClosed(4000));
        QVERIFY(raw.isOpen());
        m_sandbox->server->clearFaults(); // drops held connections
        QVERIFY(raw.waitClosed());
    }

    // Item 11: past the cap new connections get 503 and are closed; once the others time out, a normal
    // request works again.
    void connectionsBeyondTheCapAreRefused()
    {
        SandboxOptions options = SandboxFixture::options();
        options.maxConnections = 3;
        options.requestTimeoutMs = 1500;
        start(options);
        std::vector<std::unique_ptr<RawClient>> halfSent;
        for (int i = 0; i < 3; ++i) {
            halfSent.push_back(std::make_unique<RawClient>(m_sandbox->server->port()));
            QVERIFY(halfSent.back()->waitConnected());
            halfSent.back()->send("GET /api/ss/projects HTTP/1.1\r\n");
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->server->openConnections(), 3, 10000);
        RawClient extra(m_sandbox->server->port());
        QVERIFY(extra.waitConnected());
        QVERIFY(extra.waitClosed());
        QVERIFY2(extra.received().startsWith("HTTP/1.1 503 "), extra.received().left(200).constData());
        for (const auto& raw : halfSent)
            QVERIFY(raw->waitClosed());
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->server->openConnections(), 0, 10000);
        SandboxTestClient client(m_sandbox->server->baseUrl(), kKey);
        QCOMPARE(client.get(u"/api/ss/groups"_s).status, 200);
    }

    // Item 12: past the header limit the server answers 431 and closes; the body, itself a well-formed
    // keyed request, is never served.
    void tooManyHeadersAre431()
    {
        start(SandboxFixture::options());
        const QByteArray inner = "PUT " + projectPath().toLatin1() + " HTTP/1.1\r\nX-SSAPI-KEY: " + kKey +
                                 "\r\nContent-Type: application/json\r\nContent-Length: 20\r\n\r\n"
                                 "{\"name\":\"Smuggled\"}\n";
        QByteArray outer = "POST /api/ss/groups HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        for (int i = 0; i < 150; ++i)
            outer += "X-Filler-" + QByteArray::number(i) + ": v\r\n";
        outer += "Content-Length: " + QByteArray::number(inner.size()) + "\r\n\r\n" + inner;
        const QString before = projectName();
        RawClient raw(m_sandbox->server->port());
        QVERIFY(raw.waitConnected());
        raw.send(outer);
        QVERIFY(raw.waitClosed());
        QVERIFY2(raw.received().startsWith("HTTP/1.1 431 "), raw.received().left(200).constData());
        QCOMPARE(raw.received().count("HTTP/1.1 "), 1);
        QCOMPARE(projectName(), before);
        QVERIFY(m_sandbox->server->requests().isEmpty());
    }

    // Item 12: a head larger than the limit, and a chunked body, are refused the same way.
    void oversizedHeadAndChunkedBodyAreRefused()
    {
        start(SandboxFixture::options());
        RawClient big(m_sandbox->server->port());
        QVERIFY(big.waitConnected());
        big.send("GET /api/ss/groups HTTP/1.1\r\nX-Big: " + QByteArray(40 * 1024, 'x') + "\r\n\r\n");
        QVERIFY(big.waitClosed());
        QVERIFY(big.received().startsWith("HTTP/1.1 431 "));
        RawClient chunked(m_sandbox->server->port());
        QVERIFY(chunked.waitConnected());
        chunked.send("PUT " + projectPath().toLatin1() + " HTTP/1.1\r\nX-SSAPI-KEY: " + kKey +
                     "\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{\"a\":\r\n0\r\n\r\n");
        QVERIFY(chunked.waitClosed());
        QVERIFY(chunked.received().startsWith("HTTP/1.1 501 "));
        QVERIFY(m_sandbox->server->requests().isEmpty());
    }

    // Raw keep-alive requests on one connection still work, with the key checked on each.
    void keepAliveOnARawSocket()
    {
        start(SandboxFixture::options());
        RawClient raw(m_sandbox->server->port());
        QVERIFY(raw.waitConnected());
        raw.send(
            "GET /api/ss/groups HTTP/1.1\r\nX-SSAPI-KEY: " + kKey +
            "\r\n\r\nGET /api/ss/groups HTTP/1.1\r\n\r\nGET /api/ss/groups?x=%2F HTTP/1.1\r\nConnection: "
            "close\r\nX-SSAPI-KEY: " +
            kKey + "\r\n\r\n");
        QVERIFY(raw.waitClosed());
        const QByteArray all = raw.received();
        QCOMPARE(all.count("HTTP/1.1 200 "), 2);
        QCOMPARE(all.count("HTTP/1.1 401 "), 1);
        QCOMPARE(m_sandbox->server->requests().size(), 3);
        QCOMPARE(m_sandbox->server->requests().last().query.queryItemValue(u"x"_s, QUrl::FullyDecoded),
                 u"/"_s);
    }

    // Item 13: 100,000 unknown keys get 50 listed problems and the count of the others, quickly.
    void manyProblemsGetAShortAnswer()
    {
        start(SandboxFixture::options());
        QJsonObject body;
        for (int i = 0; i < 100000; ++i)
            body.insert(u"unknown_%1"_s.arg(i), 1);
        SandboxTestClient client(m_sandbox->server->baseUrl(), kKey);
        QElapsedTimer timer;
        timer.start();
        const SandboxReply r = client.put(projectPath(), body);
        qInfo() << "100,000 unknown keys:" << r.body.size() << "bytes of answer in" << timer.elapsed()
                << "ms";
        QCOMPARE(r.status, 400);
        const QJsonArray details = r.details();
        QCOMPARE(details.size(), 51);
        QCOMPARE(details.last().toObject().value(u"path"_s).toString(), u"body"_s);
        QCOMPARE(details.last().toObject().value(u"info"_s).toString(),
                 u"99950 more problems are not listed (only the first 50 are)."_s);
        QVERIFY(r.body.size() < 20000);
    }

    // Item 13: the same cap holds for problems inside one field (a list of 20,000 bad addresses).
    void manyProblemsInOneFieldAreCounted()
    {
        start(SandboxFixture::options());
        QJsonArray addresses;
        for (int i = 0; i < 20000; ++i)
            addresses.append(u"not an address %1"_s.arg(i));
        SandboxTestClient client(m_sandbox->server->baseUrl(), kKey);
        const SandboxReply r =
            client.put(projectPath(),
                       {{u"new_vulnerability_email_additional_recipients"_s, addresses}, {u"bogus"_s, true}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.details().size(), 51);
        QCOMPARE(r.details().first().toObject().value(u"path"_s).toString(), u"bogus"_s);
        QCOMPARE(r.details().at(1).toObject().value(u"path"_s).toString(),
                 u"new_vulnerability_email_additional_recipients[0]"_s);
        QCOMPARE(r.details().last().toObject().value(u"info"_s).toString(),
                 u"19951 more problems are not listed (only the first 50 are)."_s);
    }
};

QTEST_GUILESS_MAIN(TestSandboxLimits)
#include "TestSandboxLimits.moc"
