#include "sandbox/HttpConnection.h"

#include <QRegularExpression>
#include <QTcpSocket>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace {

// Qt reads at most this much from the network before we take it, so a fast sender cannot grow the
// socket's buffer without bound.
constexpr qint64 kReadChunk = 64 * 1024;
// A WebSocket handshake is a few hundred bytes; a head longer than this is parsed (and refused) as HTTP.
constexpr qint64 kMaxUpgradeHead = 16 * 1024;

} // namespace

HttpConnection::HttpConnection(QTcpSocket* socket, const HttpLimits& limits, int requestTimeoutMs,
                               const HttpHandlers& handlers, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handlers(handlers)
    , m_limits(limits)
    , m_parser(limits)
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(kReadChunk);
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(std::max(1, requestTimeoutMs));
    connect(&m_deadline, &QTimer::timeout, this, &HttpConnection::timedOut);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readAvailable);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        m_closing = true;
        m_deadline.stop();
        Q_EMIT closed();
        deleteLater();
    });
    updateDeadline();
}

HttpConnection::~HttpConnection()
{
    // Without this the socket, a child, would emit disconnected() into a half-destroyed object.
    if (m_socket)
        disconnect(m_socket, nullptr, this, nullptr);
}

void HttpConnection::abort()
{
    m_closing = true;
    m_deadline.stop();
    if (m_socket)
        m_socket->abort();
}

bool HttpConnection::handOverUpgrade()
{
    // Peeked, not read: the handshake must reach the WebSocket server as it was sent.
    const QByteArray start = m_socket->peek(kMaxUpgradeHead);
    // Only a GET can be an upgrade: anything else is parsed as it arrives.
    if (!QByteArrayLiteral("GET ").startsWith(start.left(4))) {
        m_upgradeChecked = true;
        return false;
    }
    if (start.size() < 4)
        return true;
    const qsizetype end = start.indexOf("\r\n\r\n");
    if (end < 0)
        return start.size() < kMaxUpgradeHead; // wait for the rest of the head; too long: parse it
    m_upgradeChecked = true;
    const QByteArray head = start.left(end).toLower();
    static const QRegularExpression upgrade(u"\r\nupgrade:[ \t]*websocket[ \t]*(\r|$)"_s);
    if (!upgrade.match(QString::fromLatin1(head)).hasMatch())
        return false;
    m_closing = true;
    m_deadline.stop();
    QTcpSocket* socket = std::exchange(m_socket, nullptr);
    disconnect(socket, nullptr, this, nullptr);
    socket->setParent(nullptr);
    socket->setReadBufferSize(0);
    Q_EMIT webSocketUpgradeRequested(socket);
    Q_EMIT closed();
    deleteLater();
    return true;
}

void HttpConnection::readAvailable()
{
    if (!m_upgradeChecked && handOverUpgrade())
        return;
    while (!m_closing && m_socket->bytesAvailable() > 0) {
        m_parser.feed(m_socket->read(kReadChunk));
        process();
    }
}

void HttpConnection::process()
{
    while (!m_closing) {
        switch (m_parser.advance()) {
        case HttpRequestParser::Event::NeedMore:
            updateDeadline();
            return;
        case HttpRequestParser::Event::HeadParsed:
            onHead();
            break;
        case HttpRequestParser::Event::RequestComplete:
            finish(m_parser.takeRequest(), m_parser.closeRequested());
            break;
        case HttpRequestParser::Event::Failed:
            closeWith(HttpReply::error(m_parser.failureStatus(),
                                       QString::fromLatin1(HttpReply::reasonPhrase(m_parser.failureStatus())),
                                       m_parser.failureMessage()));
            return;
        }
    }
}

void HttpConnection::onHead()
{
    m_refusal = m_handlers.screen(m_parser.head());
    if (!m_refusal) {
        m_parser.keepBody();
        return;
    }
    m_parser.dropBody(RecordedRequest::kLoggedBodyBytes);
    // A refused body is read through and dropped, so the client sees the answer rather than a reset;
    // one far too large for that is not waited for.
    if (m_parser.head().bodySize > 4 * m_limits.maxBodyBytes)
        finish(m_parser.takePartialRequest(), true);
}

void HttpConnection::finish(const RecordedRequest& request, bool closeAfter)
{
    m_deadline.stop();
    const std::optional<HttpAction> refusal = std::exchange(m_refusal, std::nullopt);
    const HttpAction action = m_handlers.handle(request, refusal);
    perform(action, closeAfter || action.closeAfter);
}

void HttpConnection::perform(const HttpAction& action, bool closeAfter)
{
    if (closeAfter)
        m_closing = true; // nothing after this request is read
    switch (action.kind) {
    case HttpAction::Kind::Hang:
        m_held = true;
        m_deadline.stop();
        return;
    case HttpAction::Kind::Close:
        m_closing = true;
        // Deferred: the caller may still be inside this socket's readyRead.
        QTimer::singleShot(0, this, [this] { abort(); });
        return;
    case HttpAction::Kind::Reply:
        break;
    }
    if (action.delayMs <= 0) {
        write(action.reply, closeAfter);
        return;
    }
    ++m_pendingAnswers;
    updateDeadline();
    // This connection is the timer's context: when the client goes away first, the answer is dropped.
    QTimer::singleShot(action.delayMs, this, [this, reply = action.reply, closeAfter] {
        --m_pendingAnswers;
        write(reply, closeAfter);
    });
}

void HttpConnection::write(const HttpReply& reply, bool closeAfter)
{
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    m_socket->write(reply.serialize(closeAfter));
    if (closeAfter) {
        closeSoon();
        return;
    }
    // A fresh deadline for the next request.
    m_deadline.stop();
    updateDeadline();
}

void HttpConnection::closeWith(const HttpReply& reply)
{
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->write(reply.serialize(true));
    closeSoon();
}

void HttpConnection::closeSoon()
{
    m_closing = true;
    m_deadline.stop();
    // Deferred, as the caller may be inside this socket's readyRead.
    QTimer::singleShot(0, this, [this] { closeAfterWriting(m_socket); });
}

void HttpConnection::closeAfterWriting(QTcpSocket* socket)
{
    // Closing a socket with unread input makes the kernel send a reset, which can destroy the answer
    // before the client reads it. So: send the answer, shut down only our direction, read and drop
    // what the client still sends until it closes, and cut it off if it does not within two seconds.
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
    QTimer::singleShot(2000, socket, [socket] { socket->abort(); });
    auto shutDownWriting = [socket] {
        if (socket->bytesToWrite() > 0 || socket->state() != QAbstractSocket::ConnectedState)
            return;
        if (::shutdown(int(socket->socketDescriptor()), SHUT_WR) != 0)
            socket->disconnectFromHost();
    };
    socket->flush();
    if (socket->bytesToWrite() > 0)
        QObject::connect(socket, &QTcpSocket::bytesWritten, socket, shutDownWriting);
    else
        shutDownWriting();
    socket->readAll();
}

void HttpConnection::timedOut()
{
    if (m_closing)
        return;
    const bool headWaiting = !m_upgradeChecked && m_socket && m_socket->bytesAvailable() > 0;
    if (m_parser.isMidRequest() || headWaiting) {
        closeWith(
            HttpReply::error(408, u"Request Timeout"_s,
                             u"The request was not complete after %1 ms."_s.arg(m_deadline.interval())));
    } else {
        m_closing = true;
        closeSoon();
    }
}

void HttpConnection::updateDeadline()
{
    const bool waitingForClient = m_parser.isMidRequest() || (m_pendingAnswers == 0 && !m_held);
    if (m_closing || !waitingForClient)
        m_deadline.stop();
    else if (!m_deadline.isActive())
        m_deadline.start();
}
