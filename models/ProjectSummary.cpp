#include "models/ProjectSummary.h"

#include "models/FieldValue.h"
#include "models/IsoDate.h"
#include "models/Project.h"
#include "models/ProjectFactKeys.h"
#include "models/ProjectField.h"
#include "models/RetestRound.h"

using namespace Qt::StringLiterals;

namespace {

namespace K = ProjectFactKeys;

struct SummaryFields
{
    const ProjectField* name = ProjectFields::find(ProjectFields::Name);
    const ProjectField* code = ProjectFields::find(ProjectFields::Code);
    const ProjectField* vulnerabilityCode = ProjectFields::find(ProjectFields::VulnerabilityCode);
    const ProjectField* start = ProjectFields::find(ProjectFields::StartDate);
    const ProjectField* end = ProjectFields::find(ProjectFields::EndDate);
    const ProjectField* groups = ProjectFields::find(ProjectFields::Groups);
    const ProjectField* onHold = ProjectFields::find(ProjectFields::IsOnHold);
};

// Looked up once: decoding 100,000 records should not search the field table 600,000 times.
const SummaryFields& fields()
{
    static const SummaryFields f;
    return f;
}

QString textOf(const QJsonObject& json, const ProjectField* field)
{
    return FieldValue::fromServer(*field, json.value(field->readKey)).toString();
}

qint64 msOf(const QString& text)
{
    if (text.isEmpty())
        return 0;
    const QDateTime t = IsoDate::parse(text);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

int intOf(const QJsonObject& json, QLatin1String key)
{
    const QJsonValue v = json.value(key);
    return v.isString() ? v.toString().toInt() : v.toInt();
}

void fillKeys(ProjectSummary& s)
{
    s.startMs = msOf(s.startDate);
    s.endMs = msOf(s.endDate);
    s.lastModifiedMs = msOf(s.lastModified);
    for (int i = 0; i < s.rounds.size(); ++i) {
        const SummaryRound& round = s.rounds.at(i);
        if (!round.isOpen())
            continue;
        const qint64 ms = msOf(round.windowStart);
        if (s.nextRetestRound < 0 || ms < s.nextRetestMs) {
            s.nextRetestRound = i;
            s.nextRetestMs = ms;
        }
    }
    s.foldSearchText();
}

} // namespace

bool SummaryRound::isOpen() const
{
    RetestRound round;
    round.status = status;
    return round.isOpen();
}

RetestRound SummaryRound::toRound() const
{
    RetestRound round;
    round.number = number;
    round.status = status;
    round.windowStart = windowStart;
    round.windowEnd = windowEnd;
    // Only how many vulnerabilities a round has is shown, so that is all that is kept.
    round.vulnerabilities.resize(vulnerabilityCount);
    return round;
}

ProjectSummary ProjectSummary::fromReadJson(const QJsonObject& json)
{
    const SummaryFields& f = fields();
    ProjectSummary s;
    s.id = json.value(K::Id).toString();
    s.name = textOf(json, f.name);
    s.code = textOf(json, f.code);
    s.vulnerabilityCode = textOf(json, f.vulnerabilityCode);
    s.startDate = textOf(json, f.start);
    s.endDate = textOf(json, f.end);
    s.onHold = textOf(json, f.onHold).compare(u"Yes"_s, Qt::CaseInsensitive) == 0;
    s.status = json.value(K::Status).toString();
    s.lastModified = json.value(K::LastModified).toString();
    s.totalVulnerabilities = intOf(json, K::TotalVulnerabilities);
    // Groups come as ids or as {id, name} objects; the names are what the list shows.
    const QJsonValue groups = json.value(f.groups->readKey);
    s.groupIds = FieldValue::toStringList(FieldValue::fromServer(*f.groups, groups));
    QHash<QString, QString> names;
    for (const QJsonValue& g : groups.toArray()) {
        const QJsonObject o = g.toObject();
        if (o.contains(u"id"_s))
            names.insert(o.value(u"id"_s).toString(), o.value(u"name"_s).toString());
    }
    for (const QString& id : std::as_const(s.groupIds)) {
        const QString name = names.value(id);
        s.groupNames.append(name.isEmpty() ? id : name);
    }
    for (const QJsonValue& r : json.value(K::RetestingHistory).toArray()) {
        const RetestRound round = RetestRound::fromJson(r.toObject());
        s.rounds.append({round.number, round.status, round.windowStart, round.windowEnd,
                         int(round.vulnerabilities.size())});
    }
    for (const QJsonValue& h : json.value(K::HoldHistory).toArray())
        s.holdHistory.append(HoldEvent::fromJson(h.toObject()));
    fillKeys(s);
    return s;
}

QList<ProjectSummary> ProjectSummary::fromReadJson(const QJsonArray& records)
{
    QList<ProjectSummary> out;
    out.reserve(records.size());
    for (const QJsonValue& v : records)
        out.append(fromReadJson(v.toObject()));
    return out;
}

QJsonObject ProjectSummary::toReadJson() const
{
    const SummaryFields& f = fields();
    QJsonObject json{{K::Id, id},
                     {f.name->readKey, name},
                     {f.code->readKey, code},
                     {f.vulnerabilityCode->readKey, vulnerabilityCode},
                     {f.onHold->readKey, onHold ? u"Yes"_s : u"No"_s},
                     {K::Status, status},
                     {K::LastModified, lastModified},
                     {K::TotalVulnerabilities, totalVulnerabilities}};
    if (!startDate.isEmpty())
        json.insert(f.start->readKey, startDate);
    if (!endDate.isEmpty())
        json.insert(f.end->readKey, endDate);
    QJsonArray groups;
    for (qsizetype i = 0; i < groupIds.size(); ++i)
        groups.append(QJsonObject{{u"id"_s, groupIds.at(i)}, {u"name"_s, groupNames.value(i)}});
    json.insert(f.groups->readKey, groups);
    QJsonArray roundsJson;
    for (const SummaryRound& r : rounds)
        roundsJson.append(r.toRound().toJson());
    json.insert(K::RetestingHistory, roundsJson);
    QJsonArray holds;
    for (const HoldEvent& h : holdHistory)
        holds.append(h.toJson());
    json.insert(K::HoldHistory, holds);
    return json;
}

ProjectSummary ProjectSummary::fromProject(const Project& project)
{
    ProjectSummary s;
    s.id = project.id();
    s.name = project.name();
    s.code = project.code();
    s.vulnerabilityCode = project.value(ProjectFields::VulnerabilityCode).toString();
    s.startDate = project.startDate();
    s.endDate = project.endDate();
    s.onHold = project.isOnHold();
    s.status = project.facts().status;
    s.lastModified = project.facts().lastModified;
    s.totalVulnerabilities = project.facts().totalVulnerabilities;
    s.groupIds = project.groupIds();
    for (const QString& id : std::as_const(s.groupIds)) {
        const QString name = project.facts().names.value(id);
        s.groupNames.append(name.isEmpty() ? id : name);
    }
    for (const RetestRound& r : project.facts().retestRounds)
        s.rounds.append({r.number, r.status, r.windowStart, r.windowEnd, int(r.vulnerabilities.size())});
    s.holdHistory = project.facts().holdHistory;
    fillKeys(s);
    return s;
}

Project ProjectSummary::toProject() const
{
    Project p;
    p.setId(id);
    p.setValue(ProjectFields::Name, name);
    p.setValue(ProjectFields::Code, code);
    p.setValue(ProjectFields::VulnerabilityCode, vulnerabilityCode);
    if (!startDate.isEmpty())
        p.setValue(ProjectFields::StartDate, startDate);
    if (!endDate.isEmpty())
        p.setValue(ProjectFields::EndDate, endDate);
    p.setValue(ProjectFields::IsOnHold, onHold ? u"Yes"_s : u"No"_s);
    p.setValue(ProjectFields::Groups, QJsonArray::fromStringList(groupIds));
    ProjectFacts& facts = p.facts();
    facts.status = status;
    facts.lastModified = lastModified;
    facts.totalVulnerabilities = totalVulnerabilities;
    for (qsizetype i = 0; i < groupIds.size(); ++i)
        facts.names.insert(groupIds.at(i), groupNames.value(i));
    for (const SummaryRound& r : rounds)
        facts.retestRounds.append(r.toRound());
    facts.holdHistory = holdHistory;
    return p;
}

bool ProjectSummary::operator==(const ProjectSummary& o) const
{
    return id == o.id && name == o.name && code == o.code && vulnerabilityCode == o.vulnerabilityCode &&
           startDate == o.startDate && endDate == o.endDate && status == o.status && onHold == o.onHold &&
           groupIds == o.groupIds && groupNames == o.groupNames && lastModified == o.lastModified &&
           totalVulnerabilities == o.totalVulnerabilities && rounds == o.rounds &&
           holdHistory == o.holdHistory;
}
