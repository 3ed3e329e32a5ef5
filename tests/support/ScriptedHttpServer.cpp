#include "ScriptedHttpServer.h"

#include "tests/support/LoopbackTlsServer.h"

#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace ForgeDeskTest {

namespace {

// Hands each connection, still encrypting, to the server that owns this listener.
class TlsListener : public LoopbackTlsServer
{
public:
    TlsListener(const QString& certificateFile, const QString& keyFile,
                std::function<void(QSslSocket*)> adopt)
        : LoopbackTlsServer(certificateFile, keyFile)
        , m_adopt(std::move(adopt))
    {}

protected:
    void incomingConnection(qintptr descriptor) override
    {
        if (QSslSocket* socket = takeConnection(descriptor)) {
            m_adopt(socket);
            // Not queued as a pending connection: the server owns and deletes it, nobody takes it.
            socket->startServerEncryption();
        }
    }

private:
    std::function<void(QSslSocket*)> m_adopt;
};

} // namespace

ScriptedHttpServer::ScriptedHttpServer(QObject* parent)
    : QObject(parent)
{}

ScriptedHttpServer::~ScriptedHttpServer() = default;

bool ScriptedHttpServer::listen()
{
    m_tls = false;
    m_listener = std::make_unique<QTcpServer>();
    connect(m_listener.get(), &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_listener->nextPendingConnection())
            adopt(socket);
    });
    m_ready = m_listener->listen(QHostAddress::LocalHost, 0);
    return m_ready;
}

bool ScriptedHttpServer::listenTls(const QString& certificateFile, const QString& keyFile)
{
    m_tls = true;
    auto listener = std::make_unique<TlsListener>(certificateFile, keyFile, [this](QSslSocket* socket) {
        connect(socket, &QSslSocket::encrypted, this, [this] { ++m_handshakes; });
        adopt(socket);
    });
    m_ready = listener->isReady();
    m_listener = std::move(listener);
    return m_ready;
}

quint16 ScriptedHttpServer::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

QUrl ScriptedHttpServer::baseUrl(const QString& host) const
{
    QUrl url;
    url.setScheme(m_tls ? u"https"_s : u"http"_s);
    url.setHost(host);
    url.setPort(port());
    return url;
}

QUrl ScriptedHttpServer::url(const QString& path) const
{
    QUrl u = baseUrl();
    u.setPath(path);
    return u;
}

void ScriptedHttpServer::adopt(QTcpSocket* socket)
{
    ++m_connections;
    ++m_openConnections;
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
        const QByteArray bytes = socket->readAll();
        m_allBytes += bytes;
        m_buffers[socket] += bytes;
        processBuffer(socket);
    });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        --m_openConnections;
        m_buffers.remove(socket);
        socket->deleteLater();
    });
}

void ScriptedHttpServer::processBuffer(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    // Anything that does not start like an HTTP request line (a TLS ClientHello, say) gets garbage back.
    if (!buffer.isEmpty() && !(buffer.at(0) >= 'A' && buffer.at(0) <= 'Z')) {
        socket->write("\x15\x03\x03 this is not TLS\r\n");
        socket->disconnectFromHost();
        return;
    }
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        RecordedRequest request;
        request.head = buffer.left(end);
        const QList<QByteArray> lines = request.head.split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        qsizetype contentLength = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            request.headers.insert(name, line.mid(colon + 1).trimmed());
            if (name == "content-length")
                contentLength = line.mid(colon + 1).trimmed().toLongLong();
        }
        if (buffer.size() < end + 4 + contentLength)
            return; // wait for the rest of the body
        request.body = buffer.mid(end + 4, contentLength);
        buffer.remove(0, end + 4 + contentLength);

        const QUrl parsed = QUrl::fromEncoded(request.target);
        request.path = parsed.path(QUrl::FullyDecoded);
        request.query = QUrlQuery(parsed);
        m_requests.append(request);
        answer(socket, request);
        Q_EMIT requestReceived();
        if (socket->state() != QAbstractSocket::ConnectedState)
            return;
    }
}

void ScriptedHttpServer::answer(QTcpSocket* socket, const RecordedRequest& request)
{
    write(socket, request, nextResponse(request));
}

ScriptedResponse ScriptedHttpServer::nextResponse(const RecordedRequest& request)
{
    if (!m_script.isEmpty())
        return m_script.takeFirst();
    if (m_handler)
        return m_handler(request);
    return ScriptedResponse::json(404, {{u"message"_s, u"no script"_s}});
}

void ScriptedHttpServer::write(QTcpSocket* socket, const RecordedRequest& request,
                               const ScriptedResponse& response)
{
    using Kind = ScriptedResponse::Kind;
    switch (response.kind) {
    case Kind::Reply:
        socket->write(response.head(response.body.size()) + response.body);
        if (request.header("connection").toLower() == "close")
            socket->disconnectFromHost();
        break;
    case Kind::Hold:
        break;
    case Kind::Drop:
        socket->disconnectFromHost();
        break;
    case Kind::DropMidBody: {
        const QByteArray body = response.body.isEmpty() ? QByteArray(1000, 'x') : response.body;
        socket->write(response.head(body.size()) + body.left(body.size() / 2));
        socket->disconnectFromHost();
        break;
    }
    case Kind::Garbage:
        socket->write("\x01\x02 definitely not HTTP \xff\r\n\r\n");
        socket->disconnectFromHost();
        break;
    case Kind::Raw:
        socket->write(response.body);
        socket->disconnectFromHost();
        break;
    }
}

} // namespace ForgeDeskTest
