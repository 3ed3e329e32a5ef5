#include "models/RetestRoundUpdate.h"

#include "models/IsoDate.h"

using namespace Qt::StringLiterals;

QJsonObject RetestRoundUpdate::toJson() const
{
    QJsonObject json;
    if (!requestedDate.isEmpty())
        json.insert(u"requested_date"_s, requestedDate);
    if (!completedDate.isEmpty())
        json.insert(u"completed_date"_s, completedDate);
    return json;
}

RetestRoundUpdate RetestRoundUpdate::fromJson(const QJsonObject& json)
{
    return {json.value(u"requested_date"_s).toString(), json.value(u"completed_date"_s).toString()};
}

ValidationIssues RetestRoundUpdate::validate() const
{
    ValidationIssues out;
    if (isEmpty())
        out.append({QString(), u"Nothing to update: set a requested or a completed date."_s});
    if (!requestedDate.isEmpty() && !IsoDate::isStrictUtc(requestedDate))
        out.append(
            {u"requested_date"_s, u"Requested date: must be a UTC date like 2025-03-23T00:00:00.000Z."_s});
    if (!completedDate.isEmpty() && !IsoDate::isStrictUtc(completedDate))
        out.append(
            {u"completed_date"_s, u"Completed date: must be a UTC date like 2025-03-23T00:00:00.000Z."_s});
    return out;
}
