#pragma once

#include "models/Project.h"
#include "models/ProjectSummary.h"
#include "models/RetestRequest.h"

#include <QDate>
#include <optional>

// Rules around a retest request that are not validation: warnings people should see but may
// override, and how to recognise the round a request created when its answer was lost.
namespace RetestPlanning {

// Non-blocking: window starts in the past, overlaps an open round, project on hold, retesting disabled.
QStringList warnings(const Project& project, const RetestRequest& request, QDate today);
// Non-blocking: other projects sharing a group with `project` whose open retest windows overlap the
// request's window, one line each ("Mobile banking — round 2 (2026-12-14 → 2026-12-18)").
QStringList clashes(const Project& project, const RetestRequest& request,
                    const QList<ProjectSummary>& others);
QStringList clashes(const Project& project, const RetestRequest& request, const QList<Project>& others);
// Windows as UTC instants; an empty end is open-ended (never ends).
bool windowsOverlap(const QString& startA, const QString& endA, const QString& startB, const QString& endB);
// After a doubtful POST: the round of `after` that the request created — a number not among `before`
// with the same window (compared as instants) — or nullopt.
std::optional<RetestRound> createdRound(const QList<RetestRound>& before, const QList<RetestRound>& after,
                                        const RetestRequest& request);
// Every such round: more than one means the request reached the server more than once.
QList<RetestRound> createdRounds(const QList<RetestRound>& before, const QList<RetestRound>& after,
                                 const RetestRequest& request);

} // namespace RetestPlanning
