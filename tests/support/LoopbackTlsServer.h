#pragma once

#include <QFile>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QUrl>

namespace ForgeDeskTest {

// A TLS server on 127.0.0.1 for tests: it loads a certificate and key (tests/data/tls, tests/data/ca)
// and hands each incoming connection to its subclass as a server-side QSslSocket, so the client's own
// certificate verification is what a test exercises. Subclasses decide what the decrypted bytes do.
class LoopbackTlsServer : public QTcpServer
{
public:
    LoopbackTlsServer(const QString& certificateFile, const QString& keyFile, QObject* parent = nullptr)
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

protected:
    // The connection as a socket owned by this server, ready for startServerEncryption() once the
    // subclass has connected to it; nullptr when the descriptor cannot be taken.
    QSslSocket* takeConnection(qintptr descriptor)
    {
        auto* socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return nullptr;
        }
        socket->setLocalCertificate(m_certificate);
        socket->setPrivateKey(m_key);
        socket->setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
        return socket;
    }

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
};

} // namespace ForgeDeskTest
