#include "FakeSsapiServer.h"

#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 418:
        return "I'm a teapot";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

QByteArray head(const ScriptedResponse& response, qsizetype contentLength)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) +
                     "\r\nContent-Length: " + QByteArray::number(contentLength) + "\r\n";
    for (const auto& [name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    return out + "\r\n";
}

} // namespace

ScriptedResponse ScriptedResponse::json(int status, const QJsonObject& body)
{
    ScriptedResponse r;
    r.status = status;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return r;
}

ScriptedResponse ScriptedResponse::raw(int status, QByteArray body, QByteArray contentType)
{
    ScriptedResponse r;
    r.status = status;
    r.body = std::move(body);
    r.headers.append(qMakePair(QByteArray("Content-Type"), std::move(contentType)));
    return r;
}

ScriptedResponse ScriptedResponse::redirect(int status, const QByteArray& location)
{
    ScriptedResponse r;
    r.status = status;
    r.headers.append(qMakePair(QByteArray("Location"), location));
    return r;
}

ScriptedResponse ScriptedResponse::of(Kind kind)
{
    ScriptedResponse r;
    r.kind = kind;
    return r;
}

FakeSsapiServer::FakeSsapiServer(QObject* parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeSsapiServer::onNewConnection);
}

bool FakeSsapiServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FakeSsapiServer::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(port());
    return url;
}

QUrl FakeSsapiServer::url(const QString& path) const
{
    QUrl u = baseUrl();
    u.setPath(path);
    return u;
}

void FakeSsapiServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        ++m_connections;
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            const QByteArray bytes = socket->readAll();
            m_allBytes += bytes;
            m_buffers[socket] += bytes;
            processBuffer(socket);
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeSsapiServer::processBuffer(QTcpSocket* socket)
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
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        RecordedRequest request;
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
        respond(socket, request);
        Q_EMIT requestReceived();
        if (socket->state() != QAbstractSocket::ConnectedState)
            return;
    }
}

void FakeSsapiServer::respond(QTcpSocket* socket, const RecordedRequest& request)
{
    ScriptedResponse response;
    if (!m_script.isEmpty())
        response = m_script.takeFirst();
    else if (m_handler)
        response = m_handler(request);
    else
        response = ScriptedResponse::json(404, {{u"message"_s, u"no script"_s}});

    switch (response.kind) {
    case ScriptedResponse::Kind::Reply:
        socket->write(head(response, response.body.size()) + response.body);
        if (request.header("connection").toLower() == "close")
            socket->disconnectFromHost();
        break;
    case ScriptedResponse::Kind::Hold:
        break;
    case ScriptedResponse::Kind::Drop:
        socket->disconnectFromHost();
        break;
    case ScriptedResponse::Kind::DropMidBody: {
        const QByteArray body = response.body.isEmpty() ? QByteArray(1000, 'x') : response.body;
        socket->write(head(response, body.size()) + body.left(body.size() / 2));
        socket->disconnectFromHost();
        break;
    }
    case ScriptedResponse::Kind::Garbage:
        socket->write("\x01\x02 definitely not HTTP \xff\r\n\r\n");
        socket->disconnectFromHost();
        break;
    }
}
