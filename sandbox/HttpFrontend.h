#pragma once

#include "sandbox/HttpAction.h"
#include "sandbox/HttpRequestParser.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>

class HttpConnection;

// The socket side of the sandbox: a QTcpServer on 127.0.0.1 and one HttpConnection per client, each
// parsing requests with hard limits on head, header count and body, and a deadline for delivering them.
// It owns the sockets itself (rather than using Qt HttpServer) because those limits, the deadline and
// refusing a body before reading it all need the socket, which Qt HttpServer 6.4 hides; writing the
// answer bytes directly also keeps delayed and held answers safe when the client goes away.
class HttpFrontend : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        HttpLimits limits;
        int requestTimeoutMs = 10000;
        int maxConnections = 64; // connections beyond this get 503 and are closed
    };

    HttpFrontend(HttpHandlers handlers, const Settings& settings, QObject* parent = nullptr);
    ~HttpFrontend() override;

    // Loopback only; 0 picks a free port. Returns the port, 0 on failure.
    quint16 listenOnLoopback(quint16 port);
    // Drops the connections whose requests are being held (so clients stop waiting).
    void dropHeldConnections();
    int openConnections() const;

Q_SIGNALS:
    // A connection asked for a WebSocket upgrade (see HttpConnection); the receiver owns `socket`.
    void webSocketUpgradeRequested(QTcpSocket* socket);

private:
    void acceptPending();
    void refuse(QTcpSocket* socket);

    HttpHandlers m_handlers;
    Settings m_settings;
    QTcpServer m_server;
    QList<QPointer<HttpConnection>> m_connections;
};
