#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

struct RetestRoundVulnerability
{
    QString id;
    QString alternateId;
    QString title;
    bool operator==(const RetestRoundVulnerability&) const = default;
};

// One entry of project_retesting_history. requested/completed dates are not in any documented read:
// they are kept when a server returns them, under either name (retesting_round_requested_date or
// requested_date, retesting_round_completed_date or completed_date).
struct RetestRound
{
    QString id;
    int number = 0;
    QString status; // Requested, Completed, Cancelled (as seen)
    QString windowStart;
    QString windowEnd; // empty: open-ended
    QString requestedDate;
    QString completedDate;
    QString actionedBy;
    QList<RetestRoundVulnerability> vulnerabilities;
    QList<RetestRoundVulnerability> retestedVulnerabilities;

    static RetestRound fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
    // Still waiting to be done: neither completed nor cancelled.
    bool isOpen() const;
    static bool isOpenStatus(const QString& status);
    bool operator==(const RetestRound&) const = default;
};
