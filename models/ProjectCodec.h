#pragma once

#include "models/Project.h"

#include <QDateTime>
#include <QJsonObject>

struct Catalog;

// Maps the three JSON shapes of a project onto Project and back, driven by ProjectFields:
// GetProjects/GetProjectById (project_-prefixed), the UpdateProjectById response (unprefixed)
// and the UpdateProjectById request (its own names, ids instead of objects).
namespace ProjectCodec {

Project fromReadJson(const QJsonObject& json);
Project fromResponseJson(const QJsonObject& json);
QJsonObject toReadJson(const Project& project);
QJsonObject toResponseJson(const Project& project);
// Every known field of the project as an UpdateProjectById body, and back (drafts use this shape).
QJsonObject toUpdateBody(const Project& project);
Project fromUpdateBody(const QJsonObject& body);
// Applies an already validated update body to a stored read-shaped project, as AttackForge would:
// only the fields sent change; the hold history records a hold change; last modified is `now`.
void applyUpdate(QJsonObject& readJson, const QJsonObject& body, const Catalog& catalog,
                 const QDateTime& now);

} // namespace ProjectCodec
