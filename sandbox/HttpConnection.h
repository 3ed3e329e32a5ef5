#pragma once

#include "sandbox/HttpAction.h"
#include "sandbox/HttpRequestParser.h"

#include <QObject>
#include <QTimer>

#include <optional>

class QTcpSocket;

// One client connection of the sandbox: reads requests through HttpRequestParser within a deadline,
// hands them to the server and writes (or holds, or drops) the answers.
//
// The deadline: from the moment the connection opens, or its previous answer is written, the client has
// `requestTimeoutMs` to deliver a whole request, head and body; otherwise the connection is closed (408
// when part of a request had arrived). It does not run while an answer is pending (delayed or held),
// because then the client is waiting for the server, not the other way round.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    HttpConnection(QTcpSocket* socket, const HttpLimits& limits, int requestTimeoutMs,
                   const HttpHandlers& handlers, QObject* parent);
    ~HttpConnection() override;

    bool isHeld() const { return m_held; }
    void abort();
    // Closes once `socket` has sent what was written to it, without a reset that could lose it.
    static void closeAfterWriting(QTcpSocket* socket);

Q_SIGNALS:
    void closed();
    // The first request asks for a WebSocket upgrade: the socket, unread and no longer ours, goes to
    // whoever does the handshake (Qt's WebSocket server reads the request itself).
    void webSocketUpgradeRequested(QTcpSocket* socket);

private:
    void readAvailable();
    bool handOverUpgrade();
    void process();
    void onHead();
    void finish(const RecordedRequest& request, bool closeAfter);
    void perform(const HttpAction& action, bool closeAfter);
    void write(const HttpReply& reply, bool closeAfter);
    void closeWith(const HttpReply& reply);
    void closeSoon();
    void timedOut();
    void updateDeadline();

    QTcpSocket* m_socket;
    const HttpHandlers& m_handlers;
    HttpLimits m_limits;
    HttpRequestParser m_parser;
    QTimer m_deadline;
    std::optional<HttpAction> m_refusal;
    int m_pendingAnswers = 0;
    bool m_held = false;
    bool m_closing = false;
    bool m_upgradeChecked = false; // only a connection's first request may be an upgrade
};
