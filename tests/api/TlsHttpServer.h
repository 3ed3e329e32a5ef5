#pragma once

#include "tests/support/LoopbackTlsServer.h"

#include <QHash>
#include <QList>

// A real HTTPS server on 127.0.0.1: every connection is a QSslSocket that starts server-side
// encryption with the given certificate, so the client's verification is what is tested. It answers
// every request with `response` and counts handshakes that completed and requests that arrived.
class TlsHttpServer : public LoopbackTlsServer
{
public:
    using LoopbackTlsServer::LoopbackTlsServer;

    QByteArray response = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 13\r\n"
                          "Connection: close\r\n\r\n{\"groups\":[]}";
    int connections = 0;
    int handshakes = 0;         // completed: the client accepted the certificate
    QList<QByteArray> requests; // request line and headers, decrypted

protected:
    void incomingConnection(qintptr descriptor) override
    {
        QSslSocket* socket = takeConnection(descriptor);
        if (!socket)
            return;
        ++connections;
        connect(socket, &QSslSocket::encrypted, this, [this] { ++handshakes; });
        connect(socket, &QSslSocket::readyRead, this, [this, socket] {
            QByteArray& buffer = m_buffers[socket];
            buffer += socket->readAll();
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            requests.append(buffer.left(end));
            buffer.clear();
            socket->write(response);
            socket->disconnectFromHost();
        });
        connect(socket, &QSslSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        // Not queued as a pending connection: the server owns and deletes it, nobody takes it.
        socket->startServerEncryption();
    }

private:
    QHash<QSslSocket*, QByteArray> m_buffers;
};
