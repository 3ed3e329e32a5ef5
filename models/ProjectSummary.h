#pragma once

#include "models/FoldedSearchText.h"
#include "models/HoldEvent.h"
#include "models/RetestRound.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

class Project;

// What the list, the calendar and the offline cache show of one retest round.
struct SummaryRound
{
    int number = 0;
    QString status;
    QString windowStart;
    QString windowEnd; // empty: open-ended
    int vulnerabilityCount = 0;
    bool isOpen() const;
    // A RetestRound with these values and vulnerabilityCount placeholder findings.
    RetestRound toRound() const;
    bool operator==(const SummaryRound&) const = default;
};
// Only Qt values inside (see ProjectSummary).
Q_DECLARE_TYPEINFO(SummaryRound, Q_RELOCATABLE_TYPE);

// One row of a large tenant: only what the list, the calendar and the offline cache show, decoded
// straight from GetProjects JSON (a few hundred bytes instead of a full Project). Editing always starts
// from GetProjectById, never from a summary. Dates are kept as the server's text; the *Ms members are
// their instants, computed once, so sorting 100,000 rows never parses a date.
struct ProjectSummary
{
    QString id;
    QString name;
    QString code;
    QString vulnerabilityCode; // for the editor's "another project uses this code" hint
    QString startDate;
    QString endDate;
    QString status;
    bool onHold = false;
    QStringList groupIds;
    QStringList groupNames; // same order as groupIds; the id when the server gave no name
    QString lastModified;
    int totalVulnerabilities = 0;
    QList<SummaryRound> rounds;
    QList<HoldEvent> holdHistory;
    qint64 startMs = 0; // 0: no date
    qint64 endMs = 0;
    qint64 lastModifiedMs = 0;
    // The open round with the earliest window start (the list's "Next retest"): its index in rounds
    // (-1: none) and that start's instant (0: none), computed with the other keys.
    int nextRetestRound = -1;
    qint64 nextRetestMs = 0;
    // Derived from name, code and group names like the keys above, but neither cached nor compared:
    // null in a summary built by hand (the list folds one itself then).
    FoldedSearchText searchText;

    // From one GetProjects / GetProjectById record (project_-prefixed read shape).
    static ProjectSummary fromReadJson(const QJsonObject& json);
    static QList<ProjectSummary> fromReadJson(const QJsonArray& records);
    // The same read shape, with only the summary's keys: the offline cache stores this.
    QJsonObject toReadJson() const;
    static ProjectSummary fromProject(const Project& project);
    // A Project carrying the summary's values and facts (for views that only read those: retest
    // clash warnings, the bulk retest list). Never a baseline for editing.
    Project toProject() const;

    void foldSearchText() { searchText = FoldedSearchText::fold(name, code, groupsText()); }
    QString groupsText() const { return groupNames.join(QLatin1String(", ")); }
    QString nextRetestStart() const
    {
        return nextRetestRound < 0 ? QString() : rounds.at(nextRetestRound).windowStart;
    }
    bool operator==(const ProjectSummary& other) const;
};
// Only Qt values inside, which may be moved in memory: a list of 100,000 grows by realloc, not by
// moving each element (a CalendarIndex growth took 40-70 ms on the GUI thread that way).
Q_DECLARE_TYPEINFO(ProjectSummary, Q_RELOCATABLE_TYPE);
