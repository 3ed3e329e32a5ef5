#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QTcpSocket;

// One request as the fake server saw it on the wire.
struct RecordedRequest
{
    QByteArray method;
    QByteArray target; // path and query exactly as sent, still percent-encoded
    QString path;      // decoded path
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;

    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// What the fake server does with one request.
struct ScriptedResponse
{
    enum class Kind
    {
        Reply,       // status line, headers, body
        Hold,        // never answer (until the client gives up)
        Drop,        // close the connection without answering
        DropMidBody, // send the headers and half the body, then close
        Garbage,     // bytes that are not HTTP, then close
    };

    Kind kind = Kind::Reply;
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static ScriptedResponse json(int status, const QJsonObject& body);
    static ScriptedResponse raw(int status, QByteArray body, QByteArray contentType = "text/plain");
    static ScriptedResponse redirect(int status, const QByteArray& location);
    static ScriptedResponse of(Kind kind);
    ScriptedResponse& withHeader(const QByteArray& name, const QByteArray& value)
    {
        headers.append(qMakePair(name, value));
        return *this;
    }
};

Q_DECLARE_METATYPE(ScriptedResponse)

// A tiny HTTP/1.1 server on 127.0.0.1, port 0, built on QTcpServer so that it can also hold a reply
// forever, drop a connection or talk garbage. It records every request and answers from a FIFO
// script, then from the handler, then with 404. Keep-alive is honoured like a real server.
class FakeSsapiServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<ScriptedResponse(const RecordedRequest&)>;

    explicit FakeSsapiServer(QObject* parent = nullptr);

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QUrl baseUrl() const;
    QUrl url(const QString& path) const;

    void enqueue(const ScriptedResponse& response) { m_script.append(response); }
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    const QList<RecordedRequest>& requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    int connectionCount() const { return m_connections; }
    // Every byte any client sent, for checks like "the key never reached this server".
    const QByteArray& allBytesReceived() const { return m_allBytes; }

Q_SIGNALS:
    void requestReceived();

private:
    void onNewConnection();
    void processBuffer(QTcpSocket* socket);
    void respond(QTcpSocket* socket, const RecordedRequest& request);

    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QList<ScriptedResponse> m_script;
    Handler m_handler;
    QList<RecordedRequest> m_requests;
    QByteArray m_allBytes;
    int m_connections = 0;
};
