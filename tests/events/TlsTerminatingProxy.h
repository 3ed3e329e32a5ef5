#pragma once

#include <QFile>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QUrl>

// HTTPS in front of the plain-HTTP sandbox, as a tenant behind a TLS terminator: each connection to
// 127.0.0.1:port is a QSslSocket with the given certificate, and its decrypted bytes go both ways to
// the sandbox's port. REST calls and the events WebSocket then meet the same certificate, which is
// what a window test of the per-connection private CA needs.
class TlsTerminatingProxy : public QTcpServer
{
public:
    TlsTerminatingProxy(const QString& certificateFile, const QString& keyFile, quint16 upstreamPort)
        : m_upstreamPort(upstreamPort)
    {
        QFile cert(certificateFile);
        if (cert.open(QIODevice::ReadOnly))
            m_certificate = QSslCertificate(&cert, QSsl::Pem);
        QFile key(keyFile);
        if (key.open(QIODevice::ReadOnly))
            m_key = QSslKey(&key, QSsl::Rsa, QSsl::Pem);
        listen(QHostAddress::LocalHost, 0);
    }

    bool isReady() const { return isListening() && !m_certificate.isNull() && !m_key.isNull(); }
    QUrl url(const QString& host = QStringLiteral("127.0.0.1")) const
    {
        return QUrl(QStringLiteral("https://%1:%2").arg(host).arg(serverPort()));
    }
    int handshakes = 0; // completed: the client accepted the certificate

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto* client = new QSslSocket(this);
        if (!client->setSocketDescriptor(descriptor)) {
            delete client;
            return;
        }
        client->setLocalCertificate(m_certificate);
        client->setPrivateKey(m_key);
        client->setPeerVerifyMode(QSslSocket::VerifyNone);
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
    QSslCertificate m_certificate;
    QSslKey m_key;
    quint16 m_upstreamPort;
};
