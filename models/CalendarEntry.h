#pragma once

#include "models/Project.h"
#include "models/ProjectSummary.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// One thing that occupies calendar days: a project's start–end range or one of its retest windows, in
// local calendar days. Both the calendar view and the .ics export read these, so what is drawn and
// what is exported cannot disagree.
struct CalendarEntry
{
    enum class Kind
    {
        ProjectRange,
        RetestWindow
    };

    Kind kind = Kind::ProjectRange;
    QString projectId;
    QString projectName;
    QString projectCode;
    QStringList groupIds;
    bool projectOnHold = false;
    int round = 0;  // RetestWindow only
    QString status; // round status (RetestWindow) or project status (ProjectRange)
    // RetestWindow whose round is neither completed nor cancelled: decided once from the status, as the
    // month view asks it for every entry of every visible day.
    bool openRound = false;
    QDate first; // first local day
    QDate last;  // last local day (inclusive); invalid when open-ended
    int vulnerabilityCount = 0;

    bool isOpenEnded() const { return !last.isValid(); }
    // The project's name, or its id when it has none: what a row or a rank of the project is called.
    const QString& projectLabel() const { return projectName.isEmpty() ? projectId : projectName; }
    // The last day the calendar shows it on. An open-ended window that is still open is shown up to
    // `today` (it is still "running"); any other open-ended entry only on its first day.
    QDate displayLast(QDate today) const;
    bool coversDay(QDate day, QDate today) const;
    // Stable across exports, so a calendar application updates an event instead of duplicating it.
    QString uid() const;
    QString title() const;

    // Every entry of a project: its range (when it has a start date) and each retest window.
    static QList<CalendarEntry> fromProject(const ProjectSummary& project);
    static QList<CalendarEntry> fromProject(const Project& project);
};
// Only Qt values inside (see ProjectSummary).
Q_DECLARE_TYPEINFO(CalendarEntry, Q_RELOCATABLE_TYPE);
