#pragma once

#include "tests/support/RecordedRequest.h"
#include "tests/support/ScriptedResponse.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

class QTcpServer;
class QTcpSocket;

namespace ForgeDeskTest {

// The one HTTP/1.1 test server: 127.0.0.1, port 0, plain (listen) or HTTPS with a certificate from
// tests/data (listenTls, through LoopbackTlsServer, so the client's own verification is what is
// tested). Built on sockets so that it can also hold a reply forever, drop a connection, talk garbage
// or send raw bytes. It records every request and answers from a FIFO script, then from the handler,
// then with 404. Keep-alive is honoured like a real server. Special servers (HeldPagesServer,
// EndlessAnswerServer) override answer().
class ScriptedHttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<ScriptedResponse(const RecordedRequest&)>;

    explicit ScriptedHttpServer(QObject* parent = nullptr);
    ~ScriptedHttpServer() override;

    bool listen();
    // False when the certificate or key cannot be loaded or the port cannot be opened.
    bool listenTls(const QString& certificateFile, const QString& keyFile);
    bool isReady() const { return m_ready; } // what the last listen or listenTls returned
    quint16 port() const;
    // http://127.0.0.1:port, or https://host:port after listenTls (the host is what the client checks).
    QUrl baseUrl(const QString& host = QStringLiteral("127.0.0.1")) const;
    QUrl url(const QString& path) const;
    QString origin() const { return baseUrl().toString(); }

    void enqueue(const ScriptedResponse& response) { m_script.append(response); }
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    const QList<RecordedRequest>& requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    int connectionCount() const { return m_connections; } // accepted, whether or not TLS then worked
    int handshakeCount() const { return m_handshakes; }   // TLS only: the client accepted the certificate
    int openConnectionCount() const { return m_openConnections; }
    // Every byte any client sent (decrypted), for checks like "the key never reached this server".
    const QByteArray& allBytesReceived() const { return m_allBytes; }

Q_SIGNALS:
    void requestReceived();

protected:
    // Answers one recorded request; the default takes the next scripted response and write()s it.
    virtual void answer(QTcpSocket* socket, const RecordedRequest& request);
    ScriptedResponse nextResponse(const RecordedRequest& request);
    static void write(QTcpSocket* socket, const RecordedRequest& request, const ScriptedResponse& response);

private:
    void adopt(QTcpSocket* socket);
    void processBuffer(QTcpSocket* socket);

    std::unique_ptr<QTcpServer> m_listener;
    bool m_tls = false;
    bool m_ready = false;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QList<ScriptedResponse> m_script;
    Handler m_handler;
    QList<RecordedRequest> m_requests;
    QByteArray m_allBytes;
    int m_connections = 0;
    int m_handshakes = 0;
    int m_openConnections = 0;
};

} // namespace ForgeDeskTest
