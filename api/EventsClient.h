#pragma once

#include "api/EventsCursor.h"
#include "api/EventsNotification.h"
#include "api/OriginTrust.h"

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <QUrl>

class QWebSocket;

// One connection's live events (shared/api/EventsAPI.md): opens the WebSocket with the key in the
// upgrade request's header only, subscribes from the last stored timestamp, answers heartbeats, closes
// when they stop, reconnects with growing back-off and resubscribes. Duplicates of events already seen
// are dropped, so a replay that overlaps delivers each event once.
class EventsClient : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Stopped,
        Connecting, // socket opening or subscription sent
        Live,       // subscribed to at least one event
        Waiting,    // reconnecting after a back-off
        NotGranted, // the tenant grants none of the events: stays off until started again
        Refused,    // the URL or the key was refused: stays off until started again
        Untrusted   // the server's certificate was not accepted (problem() says why): stays off
                    // until started again, as REST to that server fails the same way
    };
    Q_ENUM(State)

    explicit EventsClient(QObject* parent = nullptr);
    ~EventsClient() override;

    // The tenant's REST base URL; the events URL is derived (https → wss, http → ws for loopback only).
    // Returns why it is refused, or an empty string.
    QString setBaseUrl(const QUrl& baseUrl);
    QUrl eventsUrl() const { return m_url; }
    void setApiKey(const QByteArray& key) { m_key = key; }
    // The connection's private CA, exactly as the REST client holds it (SsapiClient::originTrust()):
    // applied when the events URL is on its origin, ignored anywhere else. Verification stays on.
    void setOriginTrust(const OriginTrust& trust) { m_trust = trust; }
    // The stored timestamp is keyed by this id.
    void setProfileId(const QString& profileId) { m_profileId = profileId; }
    void setCursor(const EventsCursor& cursor) { m_cursor = cursor; }
    void setEvents(const QStringList& events) { m_wanted = events; }
    QStringList events() const { return m_wanted; }
    void setHeartbeatTimeout(int milliseconds) { m_heartbeatTimeoutMs = milliseconds; }
    void setSubscribeTimeout(int milliseconds) { m_subscribeTimeoutMs = milliseconds; }
    // First delay after a failure, doubled per failure up to `maximum`; reset once subscribed.
    void setBackoff(int initialMs, int maximumMs);

    void start();
    void stop();

    State state() const { return m_state; }
    QStringList granted() const { return m_granted; }
    QString lastTimestamp() const { return m_lastTimestamp; }
    // The delay the next failure will wait before reconnecting.
    int nextDelayMs() const { return m_nextDelayMs; }
    int connectionCount() const { return m_connections; }
    // Why the connection is off (Untrusted: the certificate problem), for the status bar; empty otherwise.
    QString problem() const { return m_problem; }

Q_SIGNALS:
    void stateChanged(EventsClient::State state);
    void subscribed(const QStringList& granted);
    void notificationReceived(const EventsNotification& notification);
    void frameIgnored(const QString& problem);

private:
    void open();
    void onConnected();
    void onDisconnected();
    void onTextFrame(const QString& text);
    void onSubscribeAnswer(bool ok, const QJsonValue& result, const QJsonObject& error);
    void onNotification(const QString& method, const QJsonObject& params);
    void ignore(const QString& problem);
    void closeAndRetry(const QString& why);
    void failUntrusted();
    void scheduleReconnect();
    void setState(State state);
    void dropSocket();

    QWebSocket* m_socket = nullptr;
    QUrl m_url;
    QByteArray m_key;
    OriginTrust m_trust;
    QString m_problem;
    QStringList m_tlsErrors; // of the handshake under way
    QString m_profileId;
    EventsCursor m_cursor;
    QStringList m_wanted;
    QStringList m_granted;
    QString m_subscribeId;
    QString m_lastTimestamp;
    QDateTime m_lastEventTime;  // of the newest event delivered (server clock)
    QSet<QString> m_seenAtLast; // events at m_lastEventTime, to drop an overlapping replay's repeats
    State m_state = State::Stopped;
    QTimer m_heartbeatWatch;
    QTimer m_subscribeWatch;
    QTimer m_reconnectTimer;
    int m_heartbeatTimeoutMs = 31000;
    int m_subscribeTimeoutMs = 5000;
    int m_initialDelayMs = 1000;
    int m_maxDelayMs = 60000;
    int m_nextDelayMs = 1000;
    int m_connections = 0;
};
