#pragma once

#include "models/Project.h"

#include <QJsonObject>

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

} // namespace ProjectCodec
