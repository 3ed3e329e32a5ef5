#pragma once

#include "models/ProjectField.h"
#include "models/ValidationIssueCollector.h"

#include <QJsonObject>
#include <QJsonValue>

struct Catalog;
class Project;

// Everything the rules may look at beyond the body itself.
struct ValidationContext
{
    const Project* current = nullptr; // the project as it is before this update (cross-field rules)
    const Catalog* catalog = nullptr; // checks ids when known
    bool requireHoldReason = false;   // ForgeDesk asks for a reason on every hold change; the server does not
};

// Every documented UpdateProjectById rule, over a request body. The editor validates the body it is
// about to send; the sandbox validates the body it received — the same code, so they agree.
namespace ProjectValidator {

ValidationIssues validateUpdateBody(const QJsonObject& body, const ValidationContext& context = {});
ValidationIssues validateField(const ProjectField& field, const QJsonValue& value,
                               const ValidationContext& context = {});
// The same rules into a collector, which may stop keeping issues after a limit (the sandbox's answer).
void validateUpdateBody(const QJsonObject& body, const ValidationContext& context,
                        ValidationIssueCollector& out);
void validateField(const ProjectField& field, const QJsonValue& value, const ValidationContext& context,
                   ValidationIssueCollector& out);
bool isValidEmail(const QString& address);
bool isValidCustomFieldKey(const QString& key);

} // namespace ProjectValidator
