#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>

// Small path helpers for the nested features/pages objects. Edits change only the leaf touched, so
// settings a form does not show (or the server added) are sent back exactly as they were loaded.
namespace AccessJson {

QJsonValue valueAt(const QJsonObject& root, const QStringList& path);
void setAt(QJsonObject& root, const QStringList& path, const QJsonValue& value);
// Adds or removes `item` in the string list at `path`, keeping the order of what is already there.
void setListed(QJsonObject& root, const QStringList& path, const QString& item, bool listed);
bool isListed(const QJsonObject& root, const QStringList& path, const QString& item);

// One setting that differs between two nested objects, for people: "reporting › enabled", "No", "Yes".
struct LeafChange
{
    QString path;
    QString before;
    QString after;
};
QList<LeafChange> leafChanges(const QJsonValue& before, const QJsonValue& after);

} // namespace AccessJson
