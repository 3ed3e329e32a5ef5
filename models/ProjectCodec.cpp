#include "models/ProjectCodec.h"

#include "models/Catalog.h"
#include "models/FieldValue.h"
#include "models/IsoDate.h"
#include "models/ProjectField.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ProjectCodec {

namespace {

enum class Shape
{
    Read,
    Response
};

void collectNames(const QJsonValue& groups, const QJsonValue& streams, QHash<QString, QString>& names)
{
    for (const QJsonValue& g : groups.toArray()) {
        const QJsonObject o = g.toObject();
        if (o.contains(u"id"_s))
            names.insert(o.value(u"id"_s).toString(), o.value(u"name"_s).toString());
    }
    for (const QJsonValue& s : streams.toArray()) {
        const QJsonObject o = s.toObject();
        names.insert(o.value(u"id"_s).toString(), o.value(u"name"_s).toString());
        for (const QJsonValue& p : o.value(u"stream_portfolios"_s).toArray())
            names.insert(p.toObject().value(u"id"_s).toString(), p.toObject().value(u"name"_s).toString());
    }
}

int intOf(const QJsonObject& json, const QString& key)
{
    const QJsonValue v = json.value(key);
    return v.isString() ? v.toString().toInt() : v.toInt();
}

Project decode(const QJsonObject& json, Shape shape)
{
    Project project;
    for (const ProjectField& field : ProjectFields::all()) {
        const QString& key = shape == Shape::Read ? field.readKey : field.responseKey;
        if (!key.isEmpty())
            project.setValue(field.key, FieldValue::fromServer(field, json.value(key)));
    }
    ProjectFacts& facts = project.facts();
    if (shape == Shape::Read) {
        project.setId(json.value(u"project_id"_s).toString());
        facts.status = json.value(u"project_status"_s).toString();
        facts.testingProgress = json.value(u"project_testing_progress"_s).toString();
        facts.lastModified = json.value(u"project_last_modified"_s).toString();
        for (const QJsonValue& r : json.value(u"project_retesting_history"_s).toArray())
            facts.retestRounds.append(RetestRound::fromJson(r.toObject()));
        for (const QJsonValue& h : json.value(u"project_hold_history"_s).toArray())
            facts.holdHistory.append(HoldEvent::fromJson(h.toObject()));
        facts.totalVulnerabilities = intOf(json, u"project_total_vulnerabilities"_s);
        facts.openVulnerabilities = intOf(json, u"project_open_vulnerabilities"_s);
        facts.retestVulnerabilities = intOf(json, u"project_retest_vulnerabilities"_s);
        collectNames(json.value(u"project_groups"_s), json.value(u"project_streams"_s), facts.names);
    } else {
        project.setId(json.value(u"id"_s).toString());
        facts.lastModified = json.value(u"last_updated"_s).toString();
        collectNames(json.value(u"groups"_s), json.value(u"streams"_s), facts.names);
    }
    return project;
}

QJsonObject encode(const Project& project, Shape shape)
{
    QJsonObject json;
    for (const ProjectField& field : ProjectFields::all()) {
        const QString& key = shape == Shape::Read ? field.readKey : field.responseKey;
        if (!key.isEmpty() && project.hasValue(field.key))
            json.insert(key, FieldValue::toServer(field, project.value(field.key), project.facts().names));
    }
    const ProjectFacts& facts = project.facts();
    if (shape == Shape::Response) {
        json.insert(u"id"_s, project.id());
        json.insert(u"last_updated"_s, facts.lastModified);
        return json;
    }
    json.insert(u"project_id"_s, project.id());
    json.insert(u"project_status"_s, facts.status);
    json.insert(u"project_testing_progress"_s, facts.testingProgress);
    json.insert(u"project_last_modified"_s, facts.lastModified);
    QJsonArray rounds;
    for (const RetestRound& r : facts.retestRounds)
        rounds.append(r.toJson());
    json.insert(u"project_retesting_history"_s, rounds);
    QJsonArray holds;
    for (const HoldEvent& h : facts.holdHistory)
        holds.append(h.toJson());
    json.insert(u"project_hold_history"_s, holds);
    json.insert(u"project_total_vulnerabilities"_s, facts.totalVulnerabilities);
    json.insert(u"project_open_vulnerabilities"_s, facts.openVulnerabilities);
    json.insert(u"project_retest_vulnerabilities"_s, facts.retestVulnerabilities);
    return json;
}

QHash<QString, QString> catalogNames(const Catalog& catalog)
{
    QHash<QString, QString> names;
    for (const Group& g : catalog.groups)
        names.insert(g.id, g.name);
    for (const Portfolio& p : catalog.portfolios) {
        names.insert(p.id, p.name);
        for (const PortfolioStream& s : p.streams)
            names.insert(s.id, s.name);
    }
    return names;
}

} // namespace

Project fromReadJson(const QJsonObject& json)
{
    return decode(json, Shape::Read);
}

Project fromResponseJson(const QJsonObject& json)
{
    return decode(json, Shape::Response);
}

QJsonObject toReadJson(const Project& project)
{
    return encode(project, Shape::Read);
}

QJsonObject toResponseJson(const Project& project)
{
    return encode(project, Shape::Response);
}

QJsonObject toUpdateBody(const Project& project)
{
    QJsonObject body;
    for (const ProjectField& field : ProjectFields::all()) {
        if (project.hasValue(field.key))
            body.insert(field.key, project.value(field.key));
    }
    return body;
}

Project fromUpdateBody(const QJsonObject& body)
{
    Project project;
    for (const ProjectField& field : ProjectFields::all()) {
        if (body.contains(field.key))
            project.setValue(field.key, FieldValue::fromServer(field, body.value(field.key)));
    }
    return project;
}

void applyUpdate(QJsonObject& readJson, const QJsonObject& body, const Catalog& catalog, const QDateTime& now)
{
    const QHash<QString, QString> names = catalogNames(catalog);
    const QString wasOnHold = readJson.value(u"project_on_hold"_s).toString();
    for (auto it = body.begin(); it != body.end(); ++it) {
        const ProjectField* field = ProjectFields::find(it.key());
        if (!field || field->readKey.isEmpty())
            continue;
        readJson.insert(field->readKey, FieldValue::toServer(*field, it.value(), names));
    }
    const QString isOnHold = body.value(ProjectFields::IsOnHold).toString();
    if (!isOnHold.isEmpty() && isOnHold != wasOnHold) {
        QJsonArray history = readJson.value(u"project_hold_history"_s).toArray();
        history.append(HoldEvent{isOnHold == u"Yes"_s ? u"On Hold"_s : u"Off Hold"_s,
                                 body.value(ProjectFields::IsOnHoldReason).toString(), IsoDate::format(now)}
                           .toJson());
        readJson.insert(u"project_hold_history"_s, history);
    }
    readJson.insert(u"project_last_modified"_s, IsoDate::format(now));
}

} // namespace ProjectCodec
