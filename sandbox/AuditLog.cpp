#include "sandbox/AuditLog.h"

#include "models/IsoDate.h"
#include "models/ProjectFactKeys.h"
#include "sandbox/RequestParams.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

QString describe(const QString& endpoint, const QStringList& s)
{
    if (endpoint == u"UpdateProjectById"_s)
        return u"Updated project"_s;
    if (endpoint == u"RequestNewProjectRetest"_s)
        return u"Requested a new retest"_s;
    if (endpoint == u"UpdateProjectRetestRound"_s)
        return u"Updated retest round %1"_s.arg(s.value(5));
    if (endpoint == u"CancelProjectRetestRound"_s)
        return u"Cancelled retest round %1"_s.arg(s.value(5));
    return u"Completed retest round %1"_s.arg(s.value(5));
}

} // namespace

QString AuditLog::endpointName(const QByteArray& method, const QStringList& s)
{
    if (s.size() < 4 || s.at(0) != u"api"_s || s.at(1) != u"ss"_s || s.at(2) != u"project"_s)
        return {};
    if (s.size() == 4 && method == "PUT")
        return u"UpdateProjectById"_s;
    if (s.size() < 6 || s.at(4) != u"retest"_s)
        return {};
    if (s.size() == 6 && s.at(5) == u"request"_s && method == "POST")
        return u"RequestNewProjectRetest"_s;
    if (s.size() == 6 && method == "PUT")
        return u"UpdateProjectRetestRound"_s;
    if (s.size() == 7 && method == "POST" && s.at(6) == u"cancel"_s)
        return u"CancelProjectRetestRound"_s;
    if (s.size() == 7 && method == "POST" && s.at(6) == u"complete"_s)
        return u"CompleteProjectRetestRound"_s;
    return {};
}

void AuditLog::record(const RecordedRequest& request, const HttpReply& reply, const QDateTime& when)
{
    if (reply.status < 200 || reply.status >= 300)
        return;
    const QStringList s = RequestParams::pathSegments(request.path);
    const QString endpoint = endpointName(request.method, s);
    if (endpoint.isEmpty())
        return;
    const QString projectId = s.at(3);
    QJsonObject query;
    for (const auto& [key, value] : request.query.queryItems(QUrl::FullyDecoded))
        query.insert(key, value);
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QJsonObject entry{{u"created_timestamp"_s, IsoDate::format(when)},
                            {u"id"_s, u"%1"_s.arg(m_next++, 24, 10, QLatin1Char('0'))},
                            {u"method"_s, QString::fromLatin1(request.method)},
                            {u"url"_s, request.path},
                            {u"path"_s, request.path},
                            {u"query"_s, query},
                            {u"endpoint"_s, endpoint},
                            {u"status_code"_s, reply.status},
                            {u"user_id"_s, u"5f0000000000000000000000"_s},
                            {u"user_role"_s, u"user"_s},
                            {QString(ProjectFactKeys::Id), projectId},
                            {u"source_ip_address"_s, u"127.0.0.1"_s},
                            {u"event_description"_s, describe(endpoint, s)},
                            {u"verbosity"_s, 3},
                            {u"export"_s, false},
                            {u"request_body"_s, body}};
    m_byProject[projectId].append(entry);
}

HttpReply AuditLog::read(const QString& projectId, const RecordedRequest& request) const
{
    const QUrlQuery& q = request.query;
    bool ok = true;
    const int skip = q.hasQueryItem(u"skip"_s) ? q.queryItemValue(u"skip"_s).toInt(&ok) : 0;
    if (!ok || skip < 0)
        return HttpReply::validationFailed(u"skip"_s, u"skip must be a whole number from 0."_s);
    const int limit = q.hasQueryItem(u"limit"_s) ? q.queryItemValue(u"limit"_s).toInt(&ok) : 100;
    if (!ok || limit < 1 || limit > 500)
        return HttpReply::validationFailed(u"limit"_s, u"limit must be from 1 to 500."_s);
    const bool withBody = q.queryItemValue(u"include_request_body"_s) == u"true"_s;
    const QString endpoint = q.queryItemValue(u"endpoint"_s);
    const QString method = q.queryItemValue(u"method"_s).toUpper();

    QList<QJsonObject> matching;
    const QList<QJsonObject> all = m_byProject.value(projectId);
    for (qsizetype i = all.size() - 1; i >= 0; --i) { // newest first
        const QJsonObject& entry = all.at(i);
        if (!endpoint.isEmpty() && entry.value(u"endpoint"_s).toString() != endpoint)
            continue;
        if (!method.isEmpty() && entry.value(u"method"_s).toString() != method)
            continue;
        matching.append(entry);
    }
    QJsonArray logs;
    for (qsizetype i = skip; i < matching.size() && logs.size() < limit; ++i) {
        QJsonObject entry = matching.at(i);
        if (!withBody)
            entry.remove(u"request_body"_s);
        logs.append(entry);
    }
    return HttpReply::json({{u"count"_s, int(matching.size())}, {u"logs"_s, logs}});
}
