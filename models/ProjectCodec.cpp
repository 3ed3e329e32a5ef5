#include "models/ProjectCodec.h"

#include "models/FieldValue.h"
#include "models/IsoDate.h"
#include "models/ProjectFactKeys.h"
#include "models/ProjectField.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ProjectCodec {

namespace {

namespace K = ProjectFactKeys;

enum class Shape
{
    Read,
    Response
};

const ProjectField& groupsField()
{
    return *ProjectFields::find(ProjectFields::Groups);
}

const ProjectField& streamsField()
{
    return *ProjectFields::find(ProjectFields::PortfolioStreams);
}

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
        for (const QJsonValue& p : o.value(K::StreamPortfolios).toArray())
            names.insert(p.toObject().value(u"id"_s).toString(), p.toObject().value(u"name"_s).toString());
    }
}

int intOf(const QJsonObject& json, QLatin1String key)
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
        project.setId(json.value(K::Id).toString());
        facts.status = json.value(K::Status).toString();
        facts.testingProgress = json.value(K::TestingProgress).toString();
        facts.lastModified = json.value(K::LastModified).toString();
        for (const QJsonValue& r : json.value(K::RetestingHistory).toArray())
            facts.retestRounds.append(RetestRound::fromJson(r.toObject()));
        for (const QJsonValue& h : json.value(K::HoldHistory).toArray())
            facts.holdHistory.append(HoldEvent::fromJson(h.toObject()));
        facts.totalVulnerabilities = intOf(json, K::TotalVulnerabilities);
        facts.openVulnerabilities = intOf(json, K::OpenVulnerabilities);
        facts.retestVulnerabilities = intOf(json, K::RetestVulnerabilities);
        collectNames(json.value(groupsField().readKey), json.value(streamsField().readKey), facts.names);
    } else {
        project.setId(json.value(K::ResponseId).toString());
        facts.lastModified = json.value(K::ResponseLastUpdated).toString();
        collectNames(json.value(groupsField().responseKey), json.value(streamsField().responseKey),
                     facts.names);
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
        json.insert(K::ResponseId, project.id());
        json.insert(K::ResponseLastUpdated, facts.lastModified);
        return json;
    }
    json.insert(K::Id, project.id());
    json.insert(K::Status, facts.status);
    json.insert(K::TestingProgress, facts.testingProgress);
    json.insert(K::LastModified, facts.lastModified);
    QJsonArray rounds;
    for (const RetestRound& r : facts.retestRounds)
        rounds.append(r.toJson());
    json.insert(K::RetestingHistory, rounds);
    QJsonArray holds;
    for (const HoldEvent& h : facts.holdHistory)
        holds.append(h.toJson());
    json.insert(K::HoldHistory, holds);
    json.insert(K::TotalVulnerabilities, facts.totalVulnerabilities);
    json.insert(K::OpenVulnerabilities, facts.openVulnerabilities);
    json.insert(K::RetestVulnerabilities, facts.retestVulnerabilities);
    return json;
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

} // namespace ProjectCodec
