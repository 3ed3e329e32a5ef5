#pragma once

#include <QLatin1String>
#include <QString>

// The wire names of what the server tells about a project besides the UpdateProjectById fields (those
// are in the field table, models/ProjectField.cpp): the read-only facts of GetProjects/GetProjectById
// (project_-prefixed) and of the UpdateProjectById response. With the field table, this is the only
// place such a name is written; tests/core/TestWireNames checks that no other source spells one.
namespace ProjectFactKeys {

// GetProjects / GetProjectById
inline constexpr QLatin1String Id{"project_id"};
inline constexpr QLatin1String Status{"project_status"};
inline constexpr QLatin1String TestingProgress{"project_testing_progress"};
inline constexpr QLatin1String LastModified{"project_last_modified"};
inline constexpr QLatin1String RetestingHistory{"project_retesting_history"};
inline constexpr QLatin1String HoldHistory{"project_hold_history"};
inline constexpr QLatin1String RetestsRequested{"project_retests_requested"};
inline constexpr QLatin1String RetestsCompleted{"project_retests_completed"};
inline constexpr QLatin1String Team{"project_team"};
inline constexpr QLatin1String Scope{"project_scope"};
inline constexpr QLatin1String TotalAssets{"project_total_assets"};
inline constexpr QLatin1String TotalTestcases{"project_total_testcases"};
inline constexpr QLatin1String TestedTestcases{"project_tested_testcases"};
inline constexpr QLatin1String NotTestedTestcases{"project_not_tested_testcases"};
inline constexpr QLatin1String TotalVulnerabilities{"project_total_vulnerabilities"};
inline constexpr QLatin1String OpenVulnerabilities{"project_open_vulnerabilities"};
inline constexpr QLatin1String ClosedVulnerabilities{"project_closed_vulnerabilities"};
inline constexpr QLatin1String RetestVulnerabilities{"project_retest_vulnerabilities"};
inline constexpr QLatin1String PendingVulnerabilities{"project_pending_vulnerabilities"};

// The per-severity counters: project_<severity>_vulnerabilities, …_open_…, …_ready_for_retest_…,
// …_closed_… (severity: critical, high, medium, low, info).
inline QString severityCounter(const QString& severity, QLatin1String kind)
{
    return QLatin1String("project_") + severity + kind;
}
inline constexpr QLatin1String SeverityTotal{"_vulnerabilities"};
inline constexpr QLatin1String SeverityOpen{"_open_vulnerabilities"};
inline constexpr QLatin1String SeverityReady{"_ready_for_retest_vulnerabilities"};
inline constexpr QLatin1String SeverityClosed{"_closed_vulnerabilities"};

// Inside project_streams / streams: the portfolios a stream belongs to.
inline constexpr QLatin1String StreamPortfolios{"stream_portfolios"};

// UpdateProjectById response
inline constexpr QLatin1String ResponseId{"id"};
inline constexpr QLatin1String ResponseLastUpdated{"last_updated"};

} // namespace ProjectFactKeys
