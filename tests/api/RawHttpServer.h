#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>

// A minimal HTTP/1.1 server on 127.0.0.1 for what the sandbox deliberately cannot do: answer with a
// canned raw response (redirects to another origin) and prove which requests reached which origin.
class RawHttpServer : public QTcpServer
{
public:
    explicit RawHttpServer(QObject* parent = nullptr)
        : QTcpServer(parent)
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_buffer[socket] += socket->readAll();
                    const QByteArray& data = m_buffer[socket];
                    const qsizetype end = data.indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    requests.append(data.left(end));
                    m_buffer.remove(socket);
                    socket->write(queue.isEmpty() ? response : queue.takeFirst());
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    QString origin() const { return QStringLiteral("http://127.0.0.1:%1").arg(serverPort()); }

    QByteArray response = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}";
    QList<QByteArray> queue;    // answered in order before `response`
    QList<QByteArray> requests; // request line and headers of each request received
    int connections = 0;

private:
    QHash<QTcpSocket*, QByteArray> m_buffer;
};
