#include "models/RetestRequest.h"

#include "models/IsoDate.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

QJsonObject RetestRequest::toJson() const
{
    QJsonObject json{{u"retesting_window_start"_s, windowStart},
                     {u"vulnerability_ids"_s, QJsonArray::fromStringList(vulnerabilityIds)}};
    if (!windowEnd.isEmpty())
        json.insert(u"retesting_window_end"_s, windowEnd);
    return json;
}

RetestRequest RetestRequest::fromJson(const QJsonObject& json)
{
    RetestRequest r;
    r.windowStart = json.value(u"retesting_window_start"_s).toString();
    r.windowEnd = json.value(u"retesting_window_end"_s).toString();
    for (const QJsonValue& v : json.value(u"vulnerability_ids"_s).toArray())
        r.vulnerabilityIds.append(v.toString());
    return r;
}

ValidationIssues RetestRequest::validate(const QList<Vulnerability>& known) const
{
    ValidationIssues out;
    if (windowStart.isEmpty())
        out.append({u"retesting_window_start"_s,
                    QCoreApplication::translate("RetestRequest", "Window start: required.")});
    else if (!IsoDate::isStrictUtc(windowStart))
        out.append({u"retesting_window_start"_s,
                    QCoreApplication::translate(
                        "RetestRequest", "Window start: must be a UTC date like 2025-03-23T00:00:00.000Z.")});
    if (!windowEnd.isEmpty() && !IsoDate::isStrictUtc(windowEnd))
        out.append({u"retesting_window_end"_s,
                    QCoreApplication::translate(
                        "RetestRequest", "Window end: must be a UTC date like 2025-03-30T00:00:00.000Z.")});
    else if (!windowEnd.isEmpty() && IsoDate::isStrictUtc(windowStart) &&
             IsoDate::parse(windowEnd) < IsoDate::parse(windowStart))
        out.append({u"retesting_window_end"_s,
                    QCoreApplication::translate("RetestRequest",
                                                "Window end: must not be before the window start.")});
    if (vulnerabilityIds.isEmpty())
        out.append(
            {u"vulnerability_ids"_s,
             QCoreApplication::translate(
                 "RetestRequest", "Vulnerabilities: pick at least one vulnerability in Retest status.")});
    if (known.isEmpty())
        return out;
    for (const QString& id : vulnerabilityIds) {
        auto it =
            std::find_if(known.begin(), known.end(), [&id](const Vulnerability& v) { return v.id == id; });
        if (it == known.end())
            out.append({u"vulnerability_ids"_s,
                        QCoreApplication::translate(
                            "RetestRequest", "Vulnerabilities: %1 is not a vulnerability of this project.")
                            .arg(id)});
        else if (!it->isReadyForRetest())
            out.append(
                {u"vulnerability_ids"_s,
                 QCoreApplication::translate("RetestRequest",
                                             "Vulnerabilities: %1 is not in Retest status (%2).")
                     .arg(it->alternateId.isEmpty() ? id : it->alternateId, it->notRetestableReason())});
    }
    return out;
}
