#include "sandbox/HttpFrontend.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

HttpFrontend::HttpFrontend(Handler handler, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{}

HttpFrontend::~HttpFrontend()
{
    dropHeldConnections();
}

quint16 HttpFrontend::listenOnLoopback(quint16 port)
{
    return listen(QHostAddress(QHostAddress::LocalHost), port);
}

void HttpFrontend::dropHeldConnections()
{
    const QList<QPointer<QTcpSocket>> held = std::exchange(m_held, {});
    for (const QPointer<QTcpSocket>& socket : held) {
        if (socket)
            socket->abort();
    }
}

QByteArray HttpFrontend::methodName(int method)
{
    using M = QHttpServerRequest::Method;
    switch (M(method)) {
    case M::Get:
        return "GET";
    case M::Put:
        return "PUT";
    case M::Delete:
        return "DELETE";
    case M::Post:
        return "POST";
    case M::Head:
        return "HEAD";
    case M::Options:
        return "OPTIONS";
    case M::Patch:
        return "PATCH";
    case M::Connect:
        return "CONNECT";
    case M::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

bool HttpFrontend::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // A WebSocket upgrade (the events endpoint, see EventsHub): "handled" without an answer, Qt 6.4
    // then upgrades the socket itself and emits newWebSocketConnection().
    if (request.value("upgrade").compare("websocket", Qt::CaseInsensitive) == 0)
        return true;
    RecordedRequest recorded;
    recorded.method = methodName(int(request.method()));
    recorded.path = request.url().path(QUrl::FullyEncoded);
    recorded.query = request.query();
    const auto headers = request.headers();
    for (const auto& [name, value] : headers) {
        const QByteArray key = name.toLower();
        auto it = recorded.headers.find(key);
        if (it == recorded.headers.end())
            recorded.headers.insert(key, value);
        else
            it.value() += ", " + value;
    }
    recorded.body = request.body();
    const bool closeAfter = recorded.headers.value("connection").toLower().contains("close");
    perform(m_handler(recorded), socket, closeAfter);
    return true;
}

void HttpFrontend::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // handleRequest always answers; this is only here because the base class requires it.
    Q_UNUSED(request);
    write(socket, HttpReply::notFound(u"No handler"_s), true);
}

void HttpFrontend::perform(const HttpAction& action, QTcpSocket* socket, bool closeAfter)
{
    switch (action.kind) {
    case HttpAction::Kind::Hang:
        m_held.removeAll(nullptr);
        m_held.append(socket);
        return;
    case HttpAction::Kind::Close:
        // Deferred: aborting here would make Qt delete the request object while it is still in use.
        QTimer::singleShot(0, socket, [socket] { socket->abort(); });
        return;
    case HttpAction::Kind::Reply:
        break;
    }
    if (action.delayMs <= 0) {
        write(socket, action.reply, closeAfter);
        return;
    }
    // The socket is the timer's context: when the client goes away first, the answer is dropped.
    QTimer::singleShot(action.delayMs, socket,
                       [socket, reply = action.reply, closeAfter] { write(socket, reply, closeAfter); });
}

void HttpFrontend::write(QTcpSocket* socket, const HttpReply& reply, bool closeAfter)
{
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    socket->write(reply.serialize(closeAfter));
    if (closeAfter)
        QTimer::singleShot(0, socket, [socket] { socket->disconnectFromHost(); });
}
