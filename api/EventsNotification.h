#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

// One event as ForgeDesk uses it: which event, when, which project and who acted. The payload is read
// defensively (only project_id is relied on); the project itself is re-read with GetProjectById.
struct EventsNotification
{
    QString name;
    QString timestamp; // params.timestamp, as sent (24-character ISO UTC)
    QString projectId;
    QString who; // a display name, or the user id, or "someone"
    QJsonObject params;

    // Null with `problem` set when the params lack a timestamp or a project id.
    static std::optional<EventsNotification> fromParams(const QString& name, const QJsonObject& params,
                                                        QString* problem = nullptr);
};

Q_DECLARE_METATYPE(EventsNotification)
