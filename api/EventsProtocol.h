#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

// The Self-Service Events API's JSON-RPC 2.0 text frames (shared/api/EventsAPI.md) as pure functions:
// building the frames ForgeDesk and the sandbox send, and reading any frame into one typed value.
namespace EventsProtocol {

// The five project events ForgeDesk follows.
QStringList projectEvents();
bool isKnownEvent(const QString& name);

struct Frame
{
    enum class Kind
    {
        Request,      // method + id (subscribe, heartbeat)
        Notification, // method, no id (an event)
        Result,       // result + id
        Error,        // error + id
        Invalid       // not a JSON-RPC 2.0 object: `problem` says why
    };
    Kind kind = Kind::Invalid;
    QJsonValue id;
    QString method;
    QJsonValue params;
    QJsonValue result;
    QJsonObject error;
    QString problem;
};

Frame parse(const QByteArray& text);

// 24 characters, e.g. 2024-10-14T13:00:00.000Z; the `from` and `timestamp` format.
QString timestamp(const QDateTime& instant);

QByteArray subscribe(const QStringList& events, const QString& from, const QString& id);
QByteArray heartbeat(const QString& id);
QByteArray heartbeatAnswer(const QJsonValue& id, const QDateTime& now);
QByteArray result(const QJsonValue& id, const QJsonValue& value);
QByteArray error(const QJsonValue& id, int code, const QString& message);
QByteArray notification(const QString& method, const QJsonObject& params);

// Standard JSON-RPC codes, and the one the sandbox uses for events the key may not receive.
constexpr int kParseError = -32700;
constexpr int kInvalidRequest = -32600;
constexpr int kMethodNotFound = -32601;
constexpr int kInvalidParams = -32602;
constexpr int kNotGranted = -32003;

} // namespace EventsProtocol
