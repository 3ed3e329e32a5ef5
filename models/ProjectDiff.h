#pragma once

#include "models/Project.h"
#include "models/ProjectField.h"

#include <QJsonObject>
#include <QList>

// One field that differs between two versions of a project.
struct FieldChange
{
    const ProjectField* field = nullptr;
    QJsonValue before;
    QJsonValue after;
};

// Field-level comparison of two projects, and the minimal update body it implies.
namespace ProjectDiff {

QList<FieldChange> between(const Project& before, const Project& after);
QStringList changedKeys(const Project& before, const Project& after);
// Only the changed fields, in request shape; a cleared list is sent as [] and cleared text as "".
QJsonObject toUpdateBody(const QList<FieldChange>& changes);
QJsonObject updateBody(const Project& before, const Project& after);

} // namespace ProjectDiff
