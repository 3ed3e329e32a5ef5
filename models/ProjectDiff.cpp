#include "models/ProjectDiff.h"

#include "models/FieldValue.h"

namespace ProjectDiff {

QList<FieldChange> between(const Project& before, const Project& after)
{
    QList<FieldChange> changes;
    for (const ProjectField& field : ProjectFields::all()) {
        const QJsonValue a = before.value(field.key);
        const QJsonValue b = after.value(field.key);
        if (!FieldValue::equal(field.kind, a, b))
            changes.append({&field, a, b});
    }
    return changes;
}

QStringList changedKeys(const Project& before, const Project& after)
{
    QStringList keys;
    for (const FieldChange& change : between(before, after))
        keys.append(change.field->key);
    return keys;
}

QJsonObject toUpdateBody(const QList<FieldChange>& changes)
{
    QJsonObject body;
    for (const FieldChange& change : changes) {
        const bool cleared = change.after.isUndefined() || change.after.isNull();
        body.insert(change.field->key, cleared ? FieldValue::emptyFor(change.field->kind) : change.after);
    }
    return body;
}

QJsonObject updateBody(const Project& before, const Project& after)
{
    return toUpdateBody(between(before, after));
}

} // namespace ProjectDiff
