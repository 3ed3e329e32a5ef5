#include "sandbox/EventsFromWrites.h"
#include "models/ProjectFactKeys.h"

#include "sandbox/EventsHub.h"
#include "sandbox/RequestParams.h"
#include "sandbox/SandboxStore.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

QJsonObject person(const QJsonObject& user)
{
    return {{u"user_id"_s, user.value(u"user_id"_s)},
            {u"first_name"_s, user.value(u"first_name"_s)},
            {u"last_name"_s, user.value(u"last_name"_s)}};
}

QJsonObject findRound(const QJsonObject& project, int number)
{
    const QJsonArray rounds = project.value(ProjectFactKeys::RetestingHistory).toArray();
    QJsonObject last;
    for (const QJsonValue& r : rounds) {
        const QJsonValue n = r.toObject().value(u"retesting_round"_s);
        const int value = n.isString() ? n.toString().toInt() : n.toInt();
        if (number == 0 ? value >= last.value(u"retesting_round"_s).toInt() : value == number)
            last = r.toObject();
    }
    return last;
}

// The documented project-retest-cancelled shape, used for the other round events too.
QJsonObject roundData(const QString& projectId, const QJsonObject& round)
{
    QJsonArray vulnerabilities;
    for (const QJsonValue& v : round.value(u"retesting_round_vulnerabilities"_s).toArray()) {
        const QJsonObject o = v.toObject();
        vulnerabilities.append(QJsonObject{{u"title"_s, o.value(u"vulnerability_title"_s)},
                                           {u"id"_s, o.value(u"vulnerability_id"_s)},
                                           {u"alternate_id"_s, o.value(u"vulnerability_alternate_id"_s)}});
    }
    const QJsonObject user = person(EventsHub::sandboxUser());
    QJsonObject data{
        {ProjectFactKeys::Id, projectId},
        {u"round"_s, round.value(u"retesting_round"_s)},
        {u"status"_s, round.value(u"retesting_round_status"_s)},
        {u"vulnerabilities_in_scope"_s, vulnerabilities},
        {u"requested_date"_s, round.value(u"retesting_round_requested_date"_s)},
        {u"retest_window"_s, QJsonObject{{u"start_date"_s, round.value(u"retesting_window_start"_s)},
                                         {u"end_date"_s, round.value(u"retesting_window_end"_s)}}},
        {u"requested_by"_s, user}};
    return data;
}

} // namespace

namespace EventsFromWrites {

void publish(EventsHub& hub, const RecordedRequest& request, int status, const SandboxStore& store)
{
    if (status < 200 || status > 299 || request.method == "GET")
        return;
    const QStringList s = RequestParams::pathSegments(request.path);
    if (s.size() < 4 || s.at(0) != u"api"_s || s.at(1) != u"ss"_s || s.at(2) != u"project"_s)
        return;
    const QString& id = s.at(3);
    const QJsonObject* project = store.project(id);
    if (!project)
        return;
    const qsizetype n = s.size();
    if (n == 4 && request.method == "PUT") {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        hub.publish(u"project-updated"_s, {{QString(ProjectFactKeys::Id), id},
                                           {u"updated_fields"_s, QJsonArray::fromStringList(body.keys())}});
    } else if (n == 6 && s.at(5) == u"request"_s) {
        hub.publish(u"project-retest-requested"_s, roundData(id, findRound(*project, 0)));
    } else if (n == 6) {
        hub.publish(u"project-updated"_s,
                    {{QString(ProjectFactKeys::Id), id}, {u"round"_s, s.at(5).toInt()}});
    } else if (n == 7 && s.at(6) == u"cancel"_s) {
        QJsonObject data = roundData(id, findRound(*project, s.at(5).toInt()));
        data.insert(u"cancelled_date"_s, project->value(ProjectFactKeys::LastModified));
        data.insert(u"cancelled_by"_s, person(EventsHub::sandboxUser()));
        hub.publish(u"project-retest-cancelled"_s, data);
    } else if (n == 7 && s.at(6) == u"complete"_s) {
        QJsonObject data = roundData(id, findRound(*project, s.at(5).toInt()));
        data.insert(u"completed_date"_s,
                    findRound(*project, s.at(5).toInt()).value(u"retesting_round_completed_date"_s));
        data.insert(u"completed_by"_s, person(EventsHub::sandboxUser()));
        hub.publish(u"project-retest-completed"_s, data);
    }
}

} // namespace EventsFromWrites
