#pragma once

#include "tests/support/LoopbackTlsServer.h"

#include <QTcpSocket>

namespace ForgeDeskTest {

// HTTPS in front of the plain-HTTP sandbox, as a tenant behind a TLS terminator: each connection to
// 127.0.0.1:port is a QSslSocket with the given certificate, and its decrypted bytes go both ways to
// the sandbox's port. REST calls and the events WebSocket then meet the same certificate, which is
// what a window test of the per-connection private CA needs.
class TlsTerminatingProxy : public LoopbackTlsServer
{
public:
    TlsTerminatingProxy(const QString& certificateFile, const QString& keyFile, quint16 upstreamPort)
        : LoopbackTlsServer(certificateFile, keyFile)
        , m_upstreamPort(upstreamPort)
    {}
    int handshakes = 0; // completed: the client accepted the certificate

protected:
    void incomingConnection(qintptr descriptor) override
    {
        QSslSocket* client = takeConnection(descriptor);
        if (!client)
            return;
        auto* upstream = new QTcpSocket(client);
        connect(client, &QSslSocket::encrypted, this, [this, client, upstream] {
            ++handshakes;
            upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
            // Written while connecting, the bytes wait in the socket's buffer.
            upstream->write(client->readAll());
        });
        connect(client, &QSslSocket::readyRead, upstream, [client, upstream] {
            if (upstream->state() != QAbstractSocket::UnconnectedState)
                upstream->write(client->readAll());
        });
        connect(upstream, &QTcpSocket::readyRead, client,
                [client, upstream] { client->write(upstream->readAll()); });
        connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
        connect(client, &QSslSocket::disconnected, client, [client, upstream] {
            upstream->disconnectFromHost();
            client->deleteLater();
        });
        client->startServerEncryption();
    }

private:
    quint16 m_upstreamPort;
};

} // namespace ForgeDeskTest
