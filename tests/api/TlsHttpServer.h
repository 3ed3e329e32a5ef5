#pragma once

#include <QFile>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QUrl>

// A real HTTPS server on 127.0.0.1: every connection is a QSslSocket that starts server-side
// encryption with the given certificate, so the client's verification is what is tested. It answers
// every request with `response` and counts handshakes that completed and requests that arrived.
class TlsHttpServer : public QTcpServer
{
public:
    TlsHttpServer(const QString& certificateFile, const QString& keyFile, QObject* parent = nullptr)
        : QTcpServer(parent)
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

    QByteArray response = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 13\r\n"
                          "Connection: close\r\n\r\n{\"groups\":[]}";
    int connections = 0;
    int handshakes = 0;         // completed: the client accepted the certificate
    QList<QByteArray> requests; // request line and headers, decrypted

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto* socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        ++connections;
        socket->setLocalCertificate(m_certificate);
        socket->setPrivateKey(m_key);
        socket->setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
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
    QSslCertificate m_certificate;
    QSslKey m_key;
    QHash<QSslSocket*, QByteArray> m_buffers;
};
