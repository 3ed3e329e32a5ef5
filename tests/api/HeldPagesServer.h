#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

// A GetProjects server on 127.0.0.1 that answers the first page at once and holds every later page
// until the test releases it, so a test decides the order in which answers reach the client (or that
// they never do). It keeps count of the page requests it saw and of the connections still open.
class HeldPagesServer : public QObject
{
public:
    HeldPagesServer(int total, int pageSize)
        : m_total(total)
        , m_pageSize(pageSize)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                ++m_open;
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                QObject::connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                    --m_open;
                    m_held.removeAll(Held{socket, 0});
                    socket->deleteLater();
                });
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    // The skip of every page request, in the order they arrived.
    const QList<int>& skips() const { return m_skips; }
    int heldCount() const { return int(m_held.size()); }
    int openConnections() const { return m_open; }
    // Answers the held pages, the last one asked for first.
    void releaseInReverse()
    {
        const QList<Held> held = m_held;
        m_held.clear();
        for (auto it = held.crbegin(); it != held.crend(); ++it)
            answer(it->socket, it->skip);
    }

private:
    struct Held
    {
        QTcpSocket* socket;
        int skip;
        bool operator==(const Held& o) const { return socket == o.socket; }
    };

    void read(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray target = buffer.left(buffer.indexOf("\r\n")).split(' ').value(1);
        buffer.remove(0, end + 4);
        const QUrlQuery query(QUrl::fromEncoded(target).query());
        const int skip = query.queryItemValue(QStringLiteral("skip")).toInt();
        m_skips.append(skip);
        if (skip == 0)
            answer(socket, skip);
        else
            m_held.append({socket, skip});
    }

    void answer(QTcpSocket* socket, int skip)
    {
        QJsonArray page;
        for (int i = skip; i < std::min(skip + m_pageSize, m_total); ++i)
            page.append(QJsonObject{{QStringLiteral("project_id"), QStringLiteral("p%1").arg(i)},
                                    {QStringLiteral("project_name"), QStringLiteral("Project %1").arg(i)}});
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("count"), m_total}, {QStringLiteral("projects"), page}})
                .toJson(QJsonDocument::Compact);
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }

    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QList<Held> m_held;
    QList<int> m_skips;
    int m_total;
    int m_pageSize;
    int m_open = 0;
};
