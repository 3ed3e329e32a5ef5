#pragma once

#include "models/ValidationIssue.h"

#include <QJsonObject>
#include <QString>

// The body of UpdateProjectRetestRound: only the dates that are set are sent.
struct RetestRoundUpdate
{
    QString requestedDate;
    QString completedDate;

    QJsonObject toJson() const;
    static RetestRoundUpdate fromJson(const QJsonObject& json);
    bool isEmpty() const { return requestedDate.isEmpty() && completedDate.isEmpty(); }
    ValidationIssues validate() const;
};
