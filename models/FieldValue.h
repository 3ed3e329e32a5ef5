#pragma once

#include "models/ProjectField.h"

#include <QHash>
#include <QJsonValue>

struct Catalog;

// Per-kind handling of field values. Values are kept in request shape; these functions convert from
// and to the shapes the server reads back, compare, and render values for people.
namespace FieldValue {

// The value an absent field is taken to have ("", [] or {}).
QJsonValue emptyFor(FieldKind kind);
// Normalises what GetProjectById or the PUT response holds under the field's key. Undefined means
// "the server said nothing" (absent or null).
QJsonValue fromServer(const ProjectField& field, const QJsonValue& raw);
// The read shape of a request-shaped value: group ids become {id, name}, portfolio streams become
// streams with their portfolios. Names come from `names` (id -> name), falling back to the id.
QJsonValue toServer(const ProjectField& field, const QJsonValue& value, const QHash<QString, QString>& names);
// Equality as the user means it: absent equals empty, choice sets ignore order.
bool equal(FieldKind kind, const QJsonValue& a, const QJsonValue& b);
// Short readable text for diffs and lists.
QString display(const ProjectField& field, const QJsonValue& value,
                const QHash<QString, QString>& names = {});
QStringList toStringList(const QJsonValue& value);

} // namespace FieldValue
