#include "models/HoldEvent.h"

#include "models/IsoDate.h"

#include <algorithm>

using namespace Qt::StringLiterals;

HoldEvent HoldEvent::fromJson(const QJsonObject& json)
{
    return {json.value(u"status"_s).toString(), json.value(u"reason"_s).toString(),
            json.value(u"created"_s).toString()};
}

bool HoldEvent::putsOnHold() const
{
    // "On Hold" / "On-Hold" / "Yes" as seen from different servers; "Off Hold" lifts it.
    const QString s = status.toLower().remove(u' ').remove(u'-');
    return s == u"onhold"_s || s == u"yes"_s;
}

QList<std::pair<QDate, QDate>> HoldEvent::periods(QList<HoldEvent> history, QDate today)
{
    std::stable_sort(history.begin(), history.end(), [](const HoldEvent& a, const HoldEvent& b) {
        return IsoDate::parse(a.created) < IsoDate::parse(b.created);
    });
    QList<std::pair<QDate, QDate>> out;
    QDate since;
    for (const HoldEvent& e : std::as_const(history)) {
        const QDate day = IsoDate::localDay(e.created);
        if (!day.isValid())
            continue;
        if (e.putsOnHold() && !since.isValid()) {
            since = day;
        } else if (!e.putsOnHold() && since.isValid()) {
            out.append({since, std::max(since, day)});
            since = QDate();
        }
    }
    if (since.isValid())
        out.append({since, std::max(since, today)});
    return out;
}

QJsonObject HoldEvent::toJson() const
{
    return {{u"status"_s, status}, {u"reason"_s, reason}, {u"created"_s, created}};
}
