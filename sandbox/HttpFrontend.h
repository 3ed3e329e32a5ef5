#pragma once

#include "sandbox/HttpReply.h"
#include "sandbox/SandboxTypes.h"

#include <QAbstractHttpServer>
#include <QList>
#include <QPointer>

#include <functional>

class QTcpSocket;

// What to do with one request: answer (possibly after a delay), hold it forever, or drop the socket.
struct HttpAction
{
    enum class Kind
    {
        Reply,
        Hang,
        Close
    };
    Kind kind = Kind::Reply;
    HttpReply reply;
    int delayMs = 0;
};

// The socket side of the sandbox, on Qt HttpServer's connection handling and HTTP parser. It turns
// each parsed request into a RecordedRequest, asks the handler what to do, and does it.
//
// Why it writes the response bytes itself instead of using QHttpServerResponder: Qt 6.4's responder
// refers to the request object, which Qt deletes when the client disconnects, so a delayed or held
// answer could outlive it. Writing to a QPointer-guarded socket is safe in every case, and dropping a
// connection needs the socket anyway.
class HttpFrontend : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<HttpAction(const RecordedRequest&)>;

    explicit HttpFrontend(Handler handler, QObject* parent = nullptr);
    ~HttpFrontend() override;

    // Loopback only; 0 picks a free port. Returns the port, 0 on failure.
    quint16 listenOnLoopback(quint16 port);
    // Drops the connections whose requests are being held (so clients stop waiting).
    void dropHeldConnections();

    static QByteArray methodName(int method);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    void perform(const HttpAction& action, QTcpSocket* socket, bool closeAfter);
    static void write(QTcpSocket* socket, const HttpReply& reply, bool closeAfter);

    Handler m_handler;
    QList<QPointer<QTcpSocket>> m_held;
};
