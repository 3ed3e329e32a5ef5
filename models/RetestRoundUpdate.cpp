#include "models/RetestRoundUpdate.h"

#include "models/IsoDate.h"

#include <QCoreApplication>

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
        out.append({QString(),
                    QCoreApplication::translate("RetestRoundUpdate",
                                                "Nothing to update: set a requested or a completed date.")});
    if (!requestedDate.isEmpty() && !IsoDate::isStrictUtc(requestedDate))
        out.append(
            {u"requested_date"_s,
             QCoreApplication::translate(
                 "RetestRoundUpdate", "Requested date: must be a UTC date like 2025-03-23T00:00:00.000Z.")});
    if (!completedDate.isEmpty() && !IsoDate::isStrictUtc(completedDate))
        out.append(
            {u"completed_date"_s,
             QCoreApplication::translate(
                 "RetestRoundUpdate", "Completed date: must be a UTC date like 2025-03-23T00:00:00.000Z.")});
    return out;
}
