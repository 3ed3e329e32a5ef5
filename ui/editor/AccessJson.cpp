#include "ui/editor/AccessJson.h"
#include "ui/common/ChoiceLabel.h"

#include "models/ProjectField.h"

#include <QJsonArray>

namespace AccessJson {

QJsonValue valueAt(const QJsonObject& root, const QStringList& path)
{
    QJsonValue current = root;
    for (const QString& key : path)
        current = current.toObject().value(key);
    return current;
}

void setAt(QJsonObject& root, const QStringList& path, const QJsonValue& value)
{
    if (path.isEmpty())
        return;
    if (path.size() == 1) {
        root.insert(path.first(), value);
        return;
    }
    QJsonObject child = root.value(path.first()).toObject();
    setAt(child, path.mid(1), value);
    root.insert(path.first(), child);
}

void setListed(QJsonObject& root, const QStringList& path, const QString& item, bool listed)
{
    QJsonArray list = valueAt(root, path).toArray();
    const QJsonValue v(item);
    if (listed && !list.contains(v)) {
        list.append(v);
    } else if (!listed) {
        for (qsizetype i = list.size() - 1; i >= 0; --i) {
            if (list.at(i) == v)
                list.removeAt(i);
        }
    }
    setAt(root, path, list);
}

bool isListed(const QJsonObject& root, const QStringList& path, const QString& item)
{
    return valueAt(root, path).toArray().contains(QJsonValue(item));
}

namespace {

// People read "Reporting › Roles: Client, Library moderator", not "reporting › roles: client, librarymod".
QString labelOf(const QString& value)
{
    for (const QList<FieldChoice>& vocabulary : {AccessVocabulary::features(), AccessVocabulary::roles()}) {
        for (const FieldChoice& choice : vocabulary) {
            if (choice.value == value)
                return ChoiceLabel::of(choice);
        }
    }
    if (value == AccessVocabulary::ProjectAccessLevel)
        return QStringLiteral("Minimum access level");
    QString text = value;
    text.replace(u'_', u' ')
        .replace(QStringLiteral("project access levels"), QStringLiteral("access levels"));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString readable(const QJsonValue& v)
{
    if (v.isUndefined() || v.isNull())
        return QStringLiteral("(not set)");
    if (v.isBool())
        return v.toBool() ? QStringLiteral("Yes") : QStringLiteral("No");
    if (v.isArray()) {
        QStringList items;
        for (const QJsonValue& item : v.toArray())
            items.append(labelOf(item.toString()));
        return items.isEmpty() ? QStringLiteral("(none)") : items.join(QStringLiteral(", "));
    }
    return v.toString();
}

void collect(const QString& prefix, const QJsonValue& before, const QJsonValue& after, QList<LeafChange>& out)
{
    if (before.isObject() || after.isObject()) {
        const QJsonObject a = before.toObject();
        const QJsonObject b = after.toObject();
        QStringList keys = a.keys();
        for (const QString& k : b.keys()) {
            if (!keys.contains(k))
                keys.append(k);
        }
        for (const QString& k : keys) {
            // "access" only groups the settings; leave it out of the readable path.
            const QString path = k == QStringLiteral("access") ? prefix
                                 : prefix.isEmpty()            ? labelOf(k)
                                                    : prefix + QStringLiteral(" › ") + labelOf(k);
            collect(path, a.value(k), b.value(k), out);
        }
        return;
    }
    if (before != after)
        out.append({prefix, readable(before), readable(after)});
}

} // namespace

QList<LeafChange> leafChanges(const QJsonValue& before, const QJsonValue& after)
{
    QList<LeafChange> out;
    collect(QString(), before, after, out);
    return out;
}

} // namespace AccessJson
