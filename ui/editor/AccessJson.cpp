#include "ui/editor/AccessJson.h"

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

} // namespace AccessJson
