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
// onlyReadyForRetest filters server-side with q={is_retest:{$eq:"Yes"}}.
SsapiRequest getProjectVulnerabilities(const QString& projectId, bool onlyReadyForRetest, int skip,
                                       int limit);
SsapiRequest getProjectVulnerabilities(const QString& projectId, const VulnerabilityQuery& filter, int skip,
                                       int limit);
SsapiRequest getGroups();
SsapiRequest getPortfolios();

// Every byte outside RFC 3986's unreserved set is percent-encoded, so an id can never add a path
// segment ("/"), start a query ("?") or a fragment ("#").
QString encodePathSegment(const QString& segment);

} // namespace SsapiEndpoints
