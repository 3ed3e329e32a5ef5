#pragma once

#include "models/ValidationIssue.h"
#include "models/Vulnerability.h"

#include <QJsonObject>
#include <QStringList>

// The body of RequestNewProjectRetest and its rules.
struct RetestRequest
{
    QString windowStart; // required
    QString windowEnd;   // optional: empty means open-ended
    QStringList vulnerabilityIds;

    QJsonObject toJson() const;
    static RetestRequest fromJson(const QJsonObject& json);
    // `known` are the project's vulnerabilities when loaded; every id sent must be among the ones in
    // Retest status. With `known` empty the ids cannot be checked here and the server decides.
    ValidationIssues validate(const QList<Vulnerability>& known = {}) const;
};
