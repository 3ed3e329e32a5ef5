#pragma once

#include "sandbox/RequestParams.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <memory>

class QWebSocket;

// The sandbox's Self-Service Events API (shared/api/EventsAPI.md) on the HTTP port's /api/ss/events:
// JSON-RPC subscribe with replay `from`, heartbeats at a set interval, per-key grants, an event log
// fed by every accepted write, and faults (dropped sockets, missing heartbeats, raw frames).
class EventsHub : public QObject
{
    Q_OBJECT
public:
    // `grants`: events each key may receive; a key not listed gets every event.
    EventsHub(SandboxClock clock, QString apiKey, QHash<QString, QStringList> grants,
              QObject* parent = nullptr);
    ~EventsHub() override;

    // 0 sends none (the "missing heartbeats" fault).
    void setHeartbeatInterval(int milliseconds);
    int heartbeatInterval() const { return m_heartbeatMs; }
    void setGrants(const QString& key, const QStringList& events) { m_grants.insert(key, events); }

    void accept(std::unique_ptr<QWebSocket> socket);
    // Logs an event stamped now and sends it to every subscriber granted it.
    void publish(const QString& event, const QJsonObject& data, const QJsonObject& user = sandboxUser());
    static QJsonObject sandboxUser();
    // Every event name of the Events API.
    static QStringList eventNames();
    // --events-grant: "[KEY=]none|all|event,event…" (no KEY: `defaultKey`). Adds to `grants`; false
    // with `error` set when the text is wrong.
    static bool parseGrant(const QString& spec, const QString& defaultKey,
                           QHash<QString, QStringList>& grants, QString* error);

    // Faults.
    void dropConnections();
    // Drops every connection every `milliseconds` (0: never).
    void setDropInterval(int milliseconds);
    void sendRawToAll(const QByteArray& frame);

    // For tests.
    int connectionCount() const { return int(m_subscribers.size()); }
    int heartbeatAnswers() const { return m_heartbeatAnswers; }
    QList<QUrl> upgradeUrls() const { return m_upgradeUrls; }
    QList<QJsonObject> log() const;

Q_SIGNALS:
    void clientSubscribed(const QStringList& granted);
    void heartbeatAnswered();
    void connectionClosed();

private:
    struct Subscriber
    {
        QWebSocket* socket = nullptr;
        QString key;
        QStringList events;
    };
    struct LoggedEvent
    {
        QDateTime at;
        QString name;
        QByteArray frame;
    };

    void onFrame(QWebSocket* socket, const QString& text);
    void subscribe(Subscriber& subscriber, const QJsonValue& id, const QJsonObject& params);
    QStringList grantsFor(const QString& key) const;
    void sendHeartbeats();
    Subscriber* find(QWebSocket* socket);

    SandboxClock m_clock;
    QString m_apiKey;
    QHash<QString, QStringList> m_grants;
    QList<Subscriber> m_subscribers;
    QList<LoggedEvent> m_log;
    QList<QUrl> m_upgradeUrls;
    QTimer m_heartbeatTimer;
    QTimer m_dropTimer;
    int m_heartbeatMs = 30000;
    int m_heartbeatAnswers = 0;
    int m_heartbeatCounter = 0;
};
