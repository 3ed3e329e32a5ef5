#pragma once

#include <QTcpServer>
#include <QTcpSocket>

// An HTTP server on 127.0.0.1 whose answer is too large: either it declares a Content-Length far
// above any cap and then sends nothing more, or it streams a chunked body as fast as the client reads
// it until `bodyLimit`. Counts what it handed to the socket, for the log.
class EndlessAnswerServer : public QTcpServer
{
public:
    enum class Mode
    {
        HugeContentLength,
        Chunked,
    };

    explicit EndlessAnswerServer(Mode mode, QObject* parent = nullptr)
        : QTcpServer(parent)
        , m_mode(mode)
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_request += socket->readAll();
                    if (!m_answered && m_request.contains("\r\n\r\n"))
                        answer(socket);
                });
                connect(socket, &QTcpSocket::bytesWritten, socket, [this, socket] { feed(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    QString origin() const { return QStringLiteral("http://127.0.0.1:%1").arg(serverPort()); }

    qint64 bodyLimit = 64LL * 1024 * 1024;
    qint64 bodyBytesWritten = 0;
    int requests = 0;

private:
    void answer(QTcpSocket* socket)
    {
        m_answered = true;
        ++requests;
        if (m_mode == Mode::HugeContentLength) {
            // Declares 1 GiB, sends the start of a body, then waits.
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                          "1073741824\r\n\r\n{\"groups\":[");
            return;
        }
        socket->write(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
        feed(socket);
    }

    void feed(QTcpSocket* socket)
    {
        if (m_mode != Mode::Chunked || !m_answered)
            return;
        static const QByteArray chunk =
            QByteArray::number(16 * 1024, 16) + "\r\n" + QByteArray(16 * 1024, ' ') + "\r\n";
        while (socket->bytesToWrite() < 256 * 1024 && bodyBytesWritten < bodyLimit &&
               socket->state() == QAbstractSocket::ConnectedState) {
            socket->write(chunk);
            bodyBytesWritten += 16 * 1024;
        }
    }

    Mode m_mode;
    QByteArray m_request;
    bool m_answered = false;
};
