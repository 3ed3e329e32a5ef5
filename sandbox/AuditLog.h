#pragma once

#include "sandbox/HttpReply.h"
#include "sandbox/SandboxTypes.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>

// The sandbox's audit trail (GetProjectAuditLogs): every write that succeeded on a project is
// recorded in the documented log shape, and read back newest first, paged and filtered.
class AuditLog
{
public:
    // Records `request` when it was a successful write to /api/ss/project/<id>… (no-op otherwise).
    void record(const RecordedRequest& request, const HttpReply& reply, const QDateTime& when);
    // GET /api/ss/project/<id>/auditlogs: skip, limit (default 100, max 500), include_request_body,
    // endpoint and method filters; {count, logs}.
    HttpReply read(const QString& projectId, const RecordedRequest& request) const;
    QList<QJsonObject> entries(const QString& projectId) const { return m_byProject.value(projectId); }

    // The documented endpoint name of a write, e.g. "CancelProjectRetestRound"; empty if not a write.
    static QString endpointName(const QByteArray& method, const QStringList& segments);

private:
    QHash<QString, QList<QJsonObject>> m_byProject; // oldest first
    int m_next = 1;
};
