#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace ForgeDeskTest {

// GetProjects rows as a ScriptedHttpServer answers them: only the id and the name.
inline QJsonObject readProject(const QString& id, const QString& name)
{
    return {{QStringLiteral("project_id"), id}, {QStringLiteral("project_name"), name}};
}

// Rows p<from> … p<from+count-1>, named "Project <i>".
inline QJsonArray namedProjects(int from, int count)
{
    QJsonArray list;
    for (int i = from; i < from + count; ++i)
        list.append(readProject(QStringLiteral("p%1").arg(i), QStringLiteral("Project %1").arg(i)));
    return list;
}

} // namespace ForgeDeskTest
