#pragma once

#include <QJsonObject>
#include <QString>

// One entry of project_hold_history: the project went on or off hold, and why.
struct HoldEvent
{
    QString status; // kOnHold or kOffHold
    QString reason;
    QString created;

    static constexpr QLatin1String kOnHold{"On Hold"};
    static constexpr QLatin1String kOffHold{"Off Hold"};

    static HoldEvent fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
    bool operator==(const HoldEvent&) const = default;
};
