#pragma once

#include <QList>
#include <QString>

// One broken rule: which field (request key, or a nested path such as "custom_fields[2].key") and a
// sentence that names the field and says what is allowed.
struct ValidationIssue
{
    QString field;
    QString message;
    bool operator==(const ValidationIssue&) const = default;
};

using ValidationIssues = QList<ValidationIssue>;
