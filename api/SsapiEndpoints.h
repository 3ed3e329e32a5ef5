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
SsapiRequest getGroups();
SsapiRequest getPortfolios();

QString encodePathSegment(const QString& segment);

} // namespace SsapiEndpoints
