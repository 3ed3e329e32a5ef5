#include "models/RetestRound.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QList<RetestRoundVulnerability> vulnerabilitiesFrom(const QJsonArray& array)
{
    QList<RetestRoundVulnerability> list;
    for (const QJsonValue& v : array) {
        if (v.isString()) {
            list.append({v.toString(), {}, {}});
            continue;
        }
        const QJsonObject o = v.toObject();
        list.append({o.value(u"vulnerability_id"_s).toString(),
                     o.value(u"vulnerability_alternate_id"_s).toString(),
                     o.value(u"vulnerability_title"_s).toString()});
    }
    return list;
}

QJsonArray vulnerabilitiesTo(const QList<RetestRoundVulnerability>& list)
{
    QJsonArray array;
    for (const RetestRoundVulnerability& v : list) {
        array.append(QJsonObject{{u"vulnerability_id"_s, v.id},
                                 {u"vulnerability_alternate_id"_s, v.alternateId},
                                 {u"vulnerability_title"_s, v.title}});
    }
    return array;
}

// The dates are in no documented read, and servers name them either way: the round's own long names
// (what this client writes back) or the short names UpdateProjectRetestRound takes.
QString firstText(const QJsonObject& json, std::initializer_list<QString> keys)
{
    for (const QString& key : keys) {
        QString text = json.value(key).toString();
        if (!text.isEmpty())
            return text;
    }
    return {};
}

} // namespace

RetestRound RetestRound::fromJson(const QJsonObject& json)
{
    RetestRound r;
    r.id = json.value(u"retesting_round_id"_s).toString();
    const QJsonValue number = json.value(u"retesting_round"_s);
    r.number = number.isString() ? number.toString().toInt() : number.toInt();
    r.status = json.value(u"retesting_round_status"_s).toString();
    r.windowStart = json.value(u"retesting_window_start"_s).toString();
    r.windowEnd = json.value(u"retesting_window_end"_s).toString();
    r.requestedDate = firstText(json, {u"retesting_round_requested_date"_s, u"requested_date"_s});
    r.completedDate = firstText(json, {u"retesting_round_completed_date"_s, u"completed_date"_s});
    const QJsonObject by = json.value(u"retesting_round_actioned_by"_s).toObject();
    r.actionedBy =
        QStringList{by.value(u"user_first_name"_s).toString(), by.value(u"user_last_name"_s).toString()}
            .join(u' ')
            .trimmed();
    r.vulnerabilities = vulnerabilitiesFrom(json.value(u"retesting_round_vulnerabilities"_s).toArray());
    r.retestedVulnerabilities =
        vulnerabilitiesFrom(json.value(u"retesting_round_retested_vulnerabilities"_s).toArray());
    return r;
}

QJsonObject RetestRound::toJson() const
{
    QJsonObject json{
        {u"retesting_round_id"_s, id},
        {u"retesting_round"_s, number},
        {u"retesting_round_status"_s, status},
        {u"retesting_window_start"_s, windowStart},
        {u"retesting_round_vulnerabilities"_s, vulnerabilitiesTo(vulnerabilities)},
        {u"retesting_round_retested_vulnerabilities"_s, vulnerabilitiesTo(retestedVulnerabilities)}};
    if (!windowEnd.isEmpty())
        json.insert(u"retesting_window_end"_s, windowEnd);
    if (!requestedDate.isEmpty())
        json.insert(u"retesting_round_requested_date"_s, requestedDate);
    if (!completedDate.isEmpty())
        json.insert(u"retesting_round_completed_date"_s, completedDate);
    if (!actionedBy.isEmpty()) {
        const qsizetype space = actionedBy.indexOf(u' ');
        json.insert(u"retesting_round_actioned_by"_s,
                    QJsonObject{{u"user_first_name"_s, actionedBy.left(space)},
                                {u"user_last_name"_s, space < 0 ? QString() : actionedBy.mid(space + 1)}});
    }
    return json;
}

bool RetestRound::isOpen() const
{
    return isOpenStatus(status);
}

bool RetestRound::isOpenStatus(const QString& status)
{
    return status.compare(u"Completed"_s, Qt::CaseInsensitive) != 0 &&
           status.compare(u"Cancelled"_s, Qt::CaseInsensitive) != 0;
}
