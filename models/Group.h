#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// A tenant group as GetGroups returns it (group_id, group_name).
struct Group
{
    QString id;
    QString name;

    static Group fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
    bool operator==(const Group&) const = default;
};
