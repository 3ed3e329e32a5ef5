#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// One entry of GetProjectAuditLogs, read for people: when, who, what was done (a project update, a
// retest request/update/cancel/complete, or the server's own description) and, when the server
// returned the request body, which fields it set.
struct AuditLogEntry
{
    QString id;
    QString created; // created_timestamp, UTC ISO 8601
    QString userId;
    QString userRole;
    QString method;
    QString path;
    QString endpoint;
    QString description; // event_description
    int statusCode = 0;
    QJsonObject requestBody; // empty unless include_request_body=true and the server sent it

    static AuditLogEntry fromJson(const QJsonObject& json);
    // "Project update", "Retest request", "Retest round 2 update", "Retest round 2 cancel", …
    QString what() const;
    // "who": the user id, with the role when known.
    QString who() const;
    // "name: value" per field of the request body, in the body's order of keys (sorted).
    QStringList bodyFields() const;
};

// One page of GetProjectAuditLogs: the entries and how many exist in all.
struct AuditLogPage
{
    QList<AuditLogEntry> entries;
    int total = 0;
};
