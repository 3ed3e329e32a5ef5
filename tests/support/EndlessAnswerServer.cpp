#include "EndlessAnswerServer.h"

#include <QTcpSocket>

namespace ForgeDeskTest {

namespace {
constexpr qint64 kChunkBytes = 16 * 1024;
}

EndlessAnswerServer::EndlessAnswerServer(Mode mode, QObject* parent)
    : ScriptedHttpServer(parent)
    , m_mode(mode)
{}

void EndlessAnswerServer::answer(QTcpSocket* socket, const RecordedRequest&)
{
    if (m_mode == Mode::HugeContentLength) {
        // Declares 1 GiB, sends the start of a body, then waits.
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                      "1073741824\r\n\r\n{\"groups\":[");
        return;
    }
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
    // More as soon as the client has taken what was written.
    connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { feed(socket); });
    feed(socket);
}

void EndlessAnswerServer::feed(QTcpSocket* socket)
{
    static const QByteArray chunk =
        QByteArray::number(kChunkBytes, 16) + "\r\n" + QByteArray(kChunkBytes, ' ') + "\r\n";
    while (socket->bytesToWrite() < 256 * 1024 && m_bodyBytesWritten < m_bodyLimit &&
           socket->state() == QAbstractSocket::ConnectedState) {
        socket->write(chunk);
        m_bodyBytesWritten += kChunkBytes;
    }
}

} // namespace ForgeDeskTest
