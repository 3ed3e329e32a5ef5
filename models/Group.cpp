#include "models/Group.h"

using namespace Qt::StringLiterals;

Group Group::fromJson(const QJsonObject& json)
{
    // GetGroups says group_id/group_name; project_groups entries say id/name.
    Group g;
    g.id = json.value(u"group_id"_s).toString(json.value(u"id"_s).toString());
    g.name = json.value(u"group_name"_s).toString(json.value(u"name"_s).toString());
    return g;
}

QJsonObject Group::toJson() const
{
    return {{u"group_id"_s, id}, {u"group_name"_s, name}};
}
