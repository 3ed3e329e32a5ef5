#include "models/RetestPlanning.h"

#include "models/IsoDate.h"

#include <QCoreApplication>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace RetestPlanning {

namespace {
bool sameInstant(const QString& a, const QString& b)
{
    if (a.isEmpty() || b.isEmpty())
        return a.isEmpty() && b.isEmpty();
    const QDateTime x = IsoDate::parse(a);
    const QDateTime y = IsoDate::parse(b);
    return x.isValid() && y.isValid() ? x == y : a == b;
}
} // namespace

bool windowsOverlap(const QString& startA, const QString& endA, const QString& startB, const QString& endB)
{
    const QDateTime a0 = IsoDate::parse(startA);
    const QDateTime b0 = IsoDate::parse(startB);
    if (!a0.isValid() || !b0.isValid())
        return false;
    const QDateTime a1 = IsoDate::parse(endA);
    const QDateTime b1 = IsoDate::parse(endB);
    const bool aBeforeBEnds = !b1.isValid() || a0 <= b1;
    const bool bBeforeAEnds = !a1.isValid() || b0 <= a1;
    return aBeforeBEnds && bBeforeAEnds;
}

QStringList warnings(const Project& project, const RetestRequest& request, QDate today)
{
    QStringList out;
    const QDate startDay = IsoDate::localDay(request.windowStart);
    if (startDay.isValid() && startDay < today)
        out << QCoreApplication::translate("RetestPlanning", "The window starts in the past (%1).")
                   .arg(startDay.toString(Qt::ISODate));
    for (const RetestRound& round : project.facts().retestRounds) {
        if (round.isOpen() &&
            windowsOverlap(request.windowStart, request.windowEnd, round.windowStart, round.windowEnd))
            out << QCoreApplication::translate("RetestPlanning",
                                               "The window overlaps open retest round %1 (%2 → %3).")
                       .arg(round.number)
                       .arg(IsoDate::displayDate(round.windowStart),
                            round.windowEnd.isEmpty()
                                ? QCoreApplication::translate("RetestPlanning", "open-ended")
                                : IsoDate::displayDate(round.windowEnd));
    }
    if (project.isOnHold())
        out << QCoreApplication::translate("RetestPlanning", "The project is on hold.");
    if (!project.isRetestingEnabled())
        out << QCoreApplication::translate(
            "RetestPlanning", "Retesting is disabled on this project: the server may refuse the request.");
    return out;
}

QStringList clashes(const Project& project, const RetestRequest& request, const QList<Project>& others)
{
    QList<ProjectSummary> summaries;
    for (const Project& p : others)
        summaries.append(ProjectSummary::fromProject(p));
    return clashes(project, request, summaries);
}

QStringList clashes(const Project& project, const RetestRequest& request, const QList<ProjectSummary>& others)
{
    QStringList out;
    const QStringList groups = project.groupIds();
    if (groups.isEmpty() || request.windowStart.isEmpty())
        return out;
    for (const ProjectSummary& other : others) {
        if (other.id == project.id())
            continue;
        const QStringList& theirs = other.groupIds;
        if (std::none_of(groups.begin(), groups.end(),
                         [&theirs](const QString& g) { return theirs.contains(g); }))
            continue;
        for (const SummaryRound& round : other.rounds) {
            if (round.isOpen() &&
                windowsOverlap(request.windowStart, request.windowEnd, round.windowStart, round.windowEnd))
                out << QCoreApplication::translate("RetestPlanning", "%1 — round %2 (%3 → %4)")
                           .arg(other.name.isEmpty() ? other.id : other.name)
                           .arg(round.number)
                           .arg(IsoDate::displayDate(round.windowStart),
                                round.windowEnd.isEmpty()
                                    ? QCoreApplication::translate("RetestPlanning", "open-ended")
                                    : IsoDate::displayDate(round.windowEnd));
        }
    }
    return out;
}

QList<RetestRound> createdRounds(const QList<RetestRound>& before, const QList<RetestRound>& after,
                                 const RetestRequest& request)
{
    QList<int> known;
    for (const RetestRound& r : before)
        known.append(r.number);
    QList<RetestRound> out;
    for (const RetestRound& r : after) {
        if (!known.contains(r.number) && sameInstant(r.windowStart, request.windowStart) &&
            sameInstant(r.windowEnd, request.windowEnd))
            out.append(r);
    }
    return out;
}

std::optional<RetestRound> createdRound(const QList<RetestRound>& before, const QList<RetestRound>& after,
                                        const RetestRequest& request)
{
    const QList<RetestRound> all = createdRounds(before, after, request);
    if (all.isEmpty())
        return std::nullopt;
    return all.first();
}

} // namespace RetestPlanning
