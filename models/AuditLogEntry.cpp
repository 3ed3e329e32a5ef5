#include "models/AuditLogEntry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

AuditLogEntry AuditLogEntry::fromJson(const QJsonObject& json)
{
    AuditLogEntry e;
    e.id = json.value(u"id"_s).toString();
    e.created = json.value(u"created_timestamp"_s).toString();
    e.userId = json.value(u"user_id"_s).toString();
    e.userRole = json.value(u"user_role"_s).toString();
    e.method = json.value(u"method"_s).toString().toUpper();
    e.path = json.value(u"path"_s).toString();
    if (e.path.isEmpty())
        e.path = json.value(u"url"_s).toString();
    e.endpoint = json.value(u"endpoint"_s).toString();
    e.description = json.value(u"event_description"_s).toString();
    e.statusCode = json.value(u"status_code"_s).toInt();
    e.requestBody = json.value(u"request_body"_s).toObject();
    return e;
}

QString AuditLogEntry::what() const
{
    // The endpoint name when the server gives one; otherwise recognised from method and path.
    static const QRegularExpression round(u"/retest/(\\d+)(?:/(cancel|complete))?/?$"_s);
    const QRegularExpressionMatch m = round.match(path);
    const QString n = m.hasMatch() ? m.captured(1) : QString();
    if (endpoint == u"UpdateProjectById"_s ||
        (method == u"PUT"_s && path.contains(u"/project/"_s) && !path.contains(u"/retest"_s)))
        return QCoreApplication::translate("AuditLogEntry", "Project update");
    if (endpoint == u"RequestNewProjectRetest"_s || path.endsWith(u"/retest/request"_s))
        return QCoreApplication::translate("AuditLogEntry", "Retest request");
    if (endpoint == u"CancelProjectRetestRound"_s || m.captured(2) == u"cancel"_s)
        return QCoreApplication::translate("AuditLogEntry", "Retest round %1 cancel").arg(n).simplified();
    if (endpoint == u"CompleteProjectRetestRound"_s || m.captured(2) == u"complete"_s)
        return QCoreApplication::translate("AuditLogEntry", "Retest round %1 complete").arg(n).simplified();
    if (endpoint == u"UpdateProjectRetestRound"_s || (m.hasMatch() && method == u"PUT"_s))
        return QCoreApplication::translate("AuditLogEntry", "Retest round %1 update").arg(n).simplified();
    if (!description.isEmpty())
        return description;
    return QString(method + u' ' + path).trimmed();
}

QString AuditLogEntry::who() const
{
    if (userId.isEmpty())
        return userRole;
    return userRole.isEmpty() ? userId : u"%1 (%2)"_s.arg(userId, userRole);
}

QStringList AuditLogEntry::bodyFields() const
{
    QStringList out;
    for (auto it = requestBody.constBegin(); it != requestBody.constEnd(); ++it) {
        const QJsonValue v = it.value();
        QString text;
        if (v.isString())
            text = v.toString();
        else if (v.isBool())
            text = v.toBool() ? u"true"_s : u"false"_s;
        else if (v.isDouble())
            text = QString::number(v.toDouble());
        else if (v.isArray())
            text = QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
        else if (v.isObject())
            text = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        out << u"%1: %2"_s.arg(it.key(), text);
    }
    return out;
}
