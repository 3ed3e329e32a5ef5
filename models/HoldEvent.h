#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>

#include <QString>
#include <utility>

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
    bool putsOnHold() const;

    // The local days a project was on hold, in order: each "On Hold" entry until the next "Off Hold";
    // the last one, if never lifted, until `today`.
    static QList<std::pair<QDate, QDate>> periods(QList<HoldEvent> history, QDate today);
};
// Only Qt values inside (see ProjectSummary).
Q_DECLARE_TYPEINFO(HoldEvent, Q_RELOCATABLE_TYPE);
