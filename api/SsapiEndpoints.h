#pragma once

#include "api/SsapiRequest.h"

#include <QString>

struct RetestRequest;
struct RetestRoundUpdate;

// Filters of GetProjects that ForgeDesk uses; empty members are not sent.
struct ProjectQuery
{
    QString name;
    QString code;
    QString status; // Waiting-to-Start, Testing, Completed, On-Hold
    QString startDate;
    QString endDate;
    QString q;
};

// Filters of GetProjectVulnerabilities that ForgeDesk uses.
struct VulnerabilityQuery
{
    bool onlyReadyForRetest = false;     // q={is_retest:{$eq:"Yes"}}, filtered by the server
    bool pendingVulnerabilities = false; // include unpublished findings
};

// Pure builders, one per SSAPI endpoint ForgeDesk calls: path (ids percent-encoded), query and body.
namespace SsapiEndpoints {

inline constexpr int kMaxPageSize = 500;

SsapiRequest getProjects(const ProjectQuery& query, int skip, int limit);
SsapiRequest getProject(const QString& projectId);
SsapiRequest updateProject(const QString& projectId, const QJsonObject& body);
SsapiRequest requestRetest(const QString& projectId, const RetestRequest& request);
SsapiRequest updateRetestRound(const QString& projectId, int roundNumber, const RetestRoundUpdate& update);
// Cancel and complete are POSTs that change a round's status: never retried, sent with an empty JSON
// object so the client streams them from a body that cannot be replayed.
SsapiRequest cancelRetestRound(const QString& projectId, int roundNumber);
SsapiRequest completeRetestRound(const QString& projectId, int roundNumber);
// onlyReadyForRetest filters server-side with q={is_retest:{$eq:"Yes"}}.
SsapiRequest getProjectVulnerabilities(const QString& projectId, bool onlyReadyForRetest, int skip,
                                       int limit);
SsapiRequest getProjectVulnerabilities(const QString& projectId, const VulnerabilityQuery& filter, int skip,
                                       int limit);
// GetProjectAuditLogs, one page; include_request_body=true when asked.
SsapiRequest getProjectAuditLogs(const QString& projectId, int skip, int limit, bool includeRequestBody);
SsapiRequest getGroups();
// allGroups=true lists every group of the tenant, not only the user's; only admins may ask.
SsapiRequest getGroups(bool allGroups);
SsapiRequest getPortfolios();

// Every byte outside RFC 3986's unreserved set is percent-encoded, so an id can never add a path
// segment ("/"), start a query ("?") or a fragment ("#").
QString encodePathSegment(const QString& segment);

} // namespace SsapiEndpoints
