#include "api/SsapiEndpoints.h"

#include "models/RetestRequest.h"
#include "models/RetestRoundUpdate.h"

#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SsapiEndpoints {

namespace {

SsapiRequest get(const QString& path, const QUrlQuery& query = {})
{
    return {"GET", path, query, {}, false, true};
}

// Values are percent-encoded up front because QUrlQuery leaves "+" (read as a space by servers), "&"
// inside values and other delimiters alone; QUrlQuery keeps an already-encoded value as it is.
void addIfSet(QUrlQuery& query, const QString& key, const QString& value)
{
    if (!value.isEmpty())
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
}

void addPage(QUrlQuery& query, int skip, int limit)
{
    query.addQueryItem(u"skip"_s, QString::number(std::max(0, skip)));
    query.addQueryItem(u"limit"_s, QString::number(std::clamp(limit, 1, kMaxPageSize)));
}

QString projectPath(const QString& projectId)
{
    return u"/api/ss/project/"_s + encodePathSegment(projectId);
}

} // namespace

QString encodePathSegment(const QString& segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

SsapiRequest getProjects(const ProjectQuery& filter, int skip, int limit)
{
    QUrlQuery query;
    addPage(query, skip, limit);
    addIfSet(query, u"name"_s, filter.name);
    addIfSet(query, u"code"_s, filter.code);
    addIfSet(query, u"status"_s, filter.status);
    addIfSet(query, u"startDate"_s, filter.startDate);
    addIfSet(query, u"endDate"_s, filter.endDate);
    addIfSet(query, u"q"_s, filter.q);
    return get(u"/api/ss/projects"_s, query);
}

SsapiRequest getProject(const QString& projectId)
{
    return get(projectPath(projectId));
}

SsapiRequest updateProject(const QString& projectId, const QJsonObject& body)
{
    return {"PUT", projectPath(projectId), {}, body, true, true};
}

SsapiRequest requestRetest(const QString& projectId, const RetestRequest& request)
{
    return {"POST", projectPath(projectId) + u"/retest/request"_s, {}, request.toJson(), true, false};
}

SsapiRequest updateRetestRound(const QString& projectId, int roundNumber, const RetestRoundUpdate& update)
{
    return {"PUT", projectPath(projectId) + u"/retest/"_s + QString::number(roundNumber),
            {},    update.toJson(),
            true,  true};
}

SsapiRequest cancelRetestRound(const QString& projectId, int roundNumber)
{
    return {"POST", projectPath(projectId) + u"/retest/%1/cancel"_s.arg(roundNumber), {}, QJsonObject(), true,
            false};
}

SsapiRequest completeRetestRound(const QString& projectId, int roundNumber)
{
    return {"POST", projectPath(projectId) + u"/retest/%1/complete"_s.arg(roundNumber),
            {},     QJsonObject(),
            true,   false};
}

SsapiRequest getProjectVulnerabilities(const QString& projectId, bool onlyReadyForRetest, int skip, int limit)
{
    VulnerabilityQuery filter;
    filter.onlyReadyForRetest = onlyReadyForRetest;
    return getProjectVulnerabilities(projectId, filter, skip, limit);
}

SsapiRequest getProjectVulnerabilities(const QString& projectId, const VulnerabilityQuery& filter, int skip,
                                       int limit)
{
    QUrlQuery query;
    addPage(query, skip, limit);
    if (filter.onlyReadyForRetest)
        addIfSet(query, u"q"_s, u"{is_retest:{$eq:\"Yes\"}}"_s);
    if (filter.pendingVulnerabilities)
        query.addQueryItem(u"pendingVulnerabilities"_s, u"true"_s);
    return get(projectPath(projectId) + u"/vulnerabilities"_s, query);
}

SsapiRequest getProjectAuditLogs(const QString& projectId, int skip, int limit, bool includeRequestBody)
{
    QUrlQuery query;
    addPage(query, skip, limit);
    if (includeRequestBody)
        query.addQueryItem(u"include_request_body"_s, u"true"_s);
    return get(projectPath(projectId) + u"/auditlogs"_s, query);
}

SsapiRequest getGroups()
{
    return get(u"/api/ss/groups"_s);
}

SsapiRequest getGroups(bool allGroups)
{
    if (!allGroups)
        return getGroups();
    QUrlQuery query;
    query.addQueryItem(u"allGroups"_s, u"true"_s);
    return get(u"/api/ss/groups"_s, query);
}

SsapiRequest getPortfolios()
{
    return get(u"/api/ss/portfolios"_s);
}

} // namespace SsapiEndpoints
