#pragma once

#include "api/EventsProtocol.h"

#include <QFile>
#include <QJsonArray>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QWebSocket>
#include <QWebSocketServer>

namespace ForgeDeskTest {

// A real wss:// events endpoint on 127.0.0.1: a QWebSocketServer in SecureMode serving one of the
// certificates in tests/data/tls, so what is tested is the client's own verification. It records
// each upgrade that got through (with the key header it carried) and each text frame, and grants
// whatever a subscription asks for.
class SecureEventsServer : public QObject
{
public:
    SecureEventsServer(const QString& certificateFile, const QString& keyFile)
        : m_server(QStringLiteral("forgedesk-tests"), QWebSocketServer::SecureMode)
    {
        QFile cert(certificateFile);
        QFile key(keyFile);
        if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
            return;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(&cert, QSsl::Pem));
        tls.setPrivateKey(QSslKey(&key, QSsl::Rsa, QSsl::Pem));
        tls.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
        m_ready = !tls.localCertificate().isNull() && !tls.privateKey().isNull();
        m_server.setSslConfiguration(tls);
        m_ready = m_ready && m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket* socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                upgradeKeys.append(socket->request().rawHeader("X-SSAPI-KEY"));
                connect(socket, &QWebSocket::textMessageReceived, this,
                        [this, socket](const QString& text) { onFrame(socket, text); });
            }
        });
    }

    bool isReady() const { return m_ready; }
    // The REST base URL a client would use for this server (the events URL is derived from it).
    QUrl baseUrl(const QString& host = QStringLiteral("127.0.0.1")) const
    {
        return QUrl(QStringLiteral("https://%1:%2").arg(host).arg(m_server.serverPort()));
    }

    QList<QByteArray> upgradeKeys; // one per upgrade request that reached the server
    QStringList frames;            // every text frame received, in order

private:
    void onFrame(QWebSocket* socket, const QString& text)
    {
        frames.append(text);
        const EventsProtocol::Frame frame = EventsProtocol::parse(text.toUtf8());
        if (frame.kind == EventsProtocol::Frame::Kind::Request && frame.method == QStringLiteral("subscribe"))
            socket->sendTextMessage(QString::fromUtf8(EventsProtocol::result(
                frame.id, frame.params.toObject().value(QStringLiteral("events")).toArray())));
    }

    QWebSocketServer m_server;
    bool m_ready = false;
};

} // namespace ForgeDeskTest
