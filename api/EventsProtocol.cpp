#include "api/EventsProtocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace EventsProtocol {

namespace {

QByteArray encode(QJsonObject object)
{
    object.insert(u"jsonrpc"_s, u"2.0"_s);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Frame invalid(const QString& problem)
{
    Frame frame;
    frame.problem = problem;
    return frame;
}

} // namespace

QStringList projectEvents()
{
    return {u"project-created"_s, u"project-updated"_s, u"project-retest-requested"_s,
            u"project-retest-completed"_s, u"project-retest-cancelled"_s};
}

bool isKnownEvent(const QString& name)
{
    return projectEvents().contains(name);
}

Frame parse(const QByteArray& text)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(u"not JSON (%1 at offset %2)"_s.arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        return invalid(u"not a JSON object"_s);
    const QJsonObject o = doc.object();
    if (o.value(u"jsonrpc"_s).toString() != u"2.0"_s)
        return invalid(u"jsonrpc is not \"2.0\""_s);
    Frame frame;
    frame.id = o.value(u"id"_s);
    const bool hasId = o.contains(u"id"_s) && (frame.id.isString() || frame.id.isDouble());
    if (o.contains(u"id"_s) && !hasId && !frame.id.isNull())
        return invalid(u"id is neither a string nor a number"_s);
    if (o.contains(u"method"_s)) {
        if (!o.value(u"method"_s).isString() || o.value(u"method"_s).toString().isEmpty())
            return invalid(u"method is not a name"_s);
        frame.method = o.value(u"method"_s).toString();
        frame.params = o.value(u"params"_s);
        if (!frame.params.isUndefined() && !frame.params.isObject() && !frame.params.isArray())
            return invalid(u"params is neither an object nor an array"_s);
        frame.kind = hasId ? Frame::Kind::Request : Frame::Kind::Notification;
        return frame;
    }
    if (!hasId)
        return invalid(u"an answer without an id"_s);
    if (o.contains(u"error"_s)) {
        if (!o.value(u"error"_s).isObject())
            return invalid(u"error is not an object"_s);
        frame.error = o.value(u"error"_s).toObject();
        frame.kind = Frame::Kind::Error;
        return frame;
    }
    if (!o.contains(u"result"_s))
        return invalid(u"neither method, result nor error"_s);
    frame.result = o.value(u"result"_s);
    frame.kind = Frame::Kind::Result;
    return frame;
}

QString timestamp(const QDateTime& instant)
{
    return instant.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz'Z'"_s);
}

QByteArray subscribe(const QStringList& events, const QString& from, const QString& id)
{
    QJsonObject params{{u"events"_s, QJsonArray::fromStringList(events)}};
    if (!from.isEmpty())
        params.insert(u"from"_s, from);
    return encode({{u"method"_s, u"subscribe"_s}, {u"params"_s, params}, {u"id"_s, id}});
}

QByteArray heartbeat(const QString& id)
{
    return encode({{u"method"_s, u"heartbeat"_s}, {u"id"_s, id}});
}

QByteArray heartbeatAnswer(const QJsonValue& id, const QDateTime& now)
{
    return result(id, timestamp(now));
}

QByteArray result(const QJsonValue& id, const QJsonValue& value)
{
    return encode({{u"result"_s, value}, {u"id"_s, id}});
}

QByteArray error(const QJsonValue& id, int code, const QString& message)
{
    return encode({{u"error"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, message}}}, {u"id"_s, id}});
}

QByteArray notification(const QString& method, const QJsonObject& params)
{
    return encode({{u"method"_s, method}, {u"params"_s, params}});
}

} // namespace EventsProtocol
