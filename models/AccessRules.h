#pragma once

#include "models/ProjectField.h"
#include "models/ValidationIssueCollector.h"

#include <QJsonValue>

// The rules of the nested feature and page access settings of UpdateProjectById.
namespace AccessRules {

void checkFeatures(const ProjectField& field, const QJsonValue& value, ValidationIssueCollector& out);
void checkPages(const ProjectField& field, const QJsonValue& value, ValidationIssueCollector& out);

} // namespace AccessRules
