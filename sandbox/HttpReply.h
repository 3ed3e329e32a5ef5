#pragma once

#include "models/ValidationIssue.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

// One HTTP answer the sandbox sends, plus the error shapes AttackForge uses (see shared/api/README.md):
// 400 {code: VALIDATION_FAILED, message, error: {details: [{path, info}]}} and {error, message} otherwise.
struct HttpReply
{
    int status = 200;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static constexpr qsizetype kMaxListedIssues = 50;

    static HttpReply json(const QJsonObject& object, int status = 200);
    static HttpReply error(int status, const QString& error, const QString& message);
    static HttpReply notFound(const QString& message);
    // Lists at most kMaxListedIssues; the rest, and `omitted` found beyond them, are counted in a last
    // detail, so the answer stays small whatever the body held.
    static HttpReply validationFailed(const ValidationIssues& issues, qsizetype omitted = 0);
    static HttpReply validationFailed(const QString& path, const QString& info);

    // The status line's reason phrase for the codes the sandbox uses.
    static QByteArray reasonPhrase(int status);
    // The full HTTP/1.1 response; `closeAfter` adds "Connection: close".
    QByteArray serialize(bool closeAfter) const;
};
