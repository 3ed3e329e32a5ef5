#include "sandbox/HttpFrontend.h"

#include "sandbox/HttpConnection.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

HttpFrontend::HttpFrontend(HttpHandlers handlers, const Settings& settings, QObject* parent)
    : QObject(parent)
    , m_handlers(std::move(handlers))
    , m_settings(settings)
{
    connect(&m_server, &QTcpServer::newConnection, this, &HttpFrontend::acceptPending);
    // Out of file handles: the listening socket stays readable, so accepting again at once would spin.
    connect(&m_server, &QTcpServer::acceptError, this, [this] {
        m_server.pauseAccepting();
        QTimer::singleShot(250, this, [this] { m_server.resumeAccepting(); });
    });
}

HttpFrontend::~HttpFrontend()
{
    // The connections refer to m_handlers, which goes before QObject deletes the children.
    m_server.close();
    for (const QPointer<HttpConnection>& connection : std::exchange(m_connections, {}))
        delete connection.data();
}

quint16 HttpFrontend::listenOnLoopback(quint16 port)
{
    if (!m_server.listen(QHostAddress(QHostAddress::LocalHost), port))
        return 0;
    return m_server.serverPort();
}

void HttpFrontend::dropHeldConnections()
{
    for (const QPointer<HttpConnection>& connection : m_connections) {
        if (connection && connection->isHeld())
            connection->abort();
    }
}

int HttpFrontend::openConnections() const
{
    int open = 0;
    for (const QPointer<HttpConnection>& connection : m_connections)
        open += connection ? 1 : 0;
    return open;
}

void HttpFrontend::acceptPending()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        m_connections.removeAll(nullptr);
        if (m_connections.size() >= m_settings.maxConnections) {
            refuse(socket);
            continue;
        }
        auto* connection =
            new HttpConnection(socket, m_settings.limits, m_settings.requestTimeoutMs, m_handlers, this);
        connect(connection, &HttpConnection::closed, this,
                [this, connection] { m_connections.removeAll(connection); });
        connect(connection, &HttpConnection::webSocketUpgradeRequested, this,
                &HttpFrontend::webSocketUpgradeRequested);
        m_connections.append(connection);
    }
}

void HttpFrontend::refuse(QTcpSocket* socket)
{
    socket->write(
        HttpReply::error(503, u"Service Unavailable"_s,
                         u"Too many open connections (at most %1)."_s.arg(m_settings.maxConnections))
            .serialize(true));
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    HttpConnection::closeAfterWriting(socket);
}
