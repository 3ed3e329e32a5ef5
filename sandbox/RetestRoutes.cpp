#include "sandbox/RetestRoutes.h"

#include "models/IsoDate.h"
#include "models/ProjectFactKeys.h"
#include "models/ProjectField.h"
#include "models/RetestRequest.h"
#include "models/RetestRoundUpdate.h"
#include "models/Vulnerability.h"
#include "sandbox/ProjectRoutes.h"
#include "sandbox/SandboxStore.h"
#include "sandbox/VulnerabilityCounts.h"

#include <QCryptographicHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

const QString kHistory = ProjectFactKeys::RetestingHistory;

// RetestRequest/RetestRoundUpdate::fromJson read wrong types as empty; say what is wrong instead.
void requireType(const QJsonObject& body, const QString& key, bool array, bool required,
                 ValidationIssues& out)
{
    const QJsonValue v = body.value(key);
    if (v.isUndefined() || (v.isNull() && !required))
        return;
    if (array) {
        const QJsonArray items = v.toArray();
        const bool strings =
            std::all_of(items.begin(), items.end(), [](const QJsonValue& i) { return i.isString(); });
        if (!v.isArray() || !strings)
            out.append({key, u"%1 must be a list of vulnerability ids (strings)."_s.arg(key)});
    } else if (!v.isString()) {
        out.append({key, u"%1 must be an ISO 8601 date string."_s.arg(key)});
    }
}

QString roundId(const QString& projectId, int number)
{
    const QByteArray seed = projectId.toUtf8() + '#' + QByteArray::number(number);
    return QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Md5).toHex().left(24));
}

} // namespace

RetestRoutes::RetestRoutes(SandboxStore& store, SandboxClock clock)
    : m_store(store)
    , m_clock(std::move(clock))
{}

HttpReply RetestRoutes::request(const QString& projectId, const RecordedRequest& request)
{
    const QJsonObject* stored = m_store.project(projectId);
    if (!stored)
        return ProjectRoutes::projectNotFound(projectId);
    HttpReply error;
    const std::optional<QJsonObject> body = RequestParams::objectBody(request, &error);
    if (!body)
        return error;
    ValidationIssues issues;
    requireType(*body, u"retesting_window_start"_s, false, true, issues);
    requireType(*body, u"retesting_window_end"_s, false, false, issues);
    requireType(*body, u"vulnerability_ids"_s, true, true, issues);
    if (!issues.isEmpty())
        return HttpReply::validationFailed(issues);

    const RetestRequest retest = RetestRequest::fromJson(*body);
    QList<Vulnerability> known;
    QHash<QString, QJsonObject> byId;
    for (const QJsonObject& v : m_store.vulnerabilities(projectId)) {
        if (VulnerabilityCounts::isPending(v))
            continue;
        known.append(Vulnerability::fromJson(v));
        byId.insert(known.last().id, v);
    }
    issues = retest.validate(known);
    if (known.isEmpty()) { // validate() cannot check ids against an empty list; the server can
        for (const QString& id : retest.vulnerabilityIds)
            issues.append({u"vulnerability_ids"_s,
                           u"Vulnerabilities: %1 is not a vulnerability of this project."_s.arg(id)});
    }
    if (!issues.isEmpty())
        return HttpReply::validationFailed(issues);

    QJsonObject project = *stored;
    QJsonArray rounds = project.value(kHistory).toArray();
    int number = 0;
    for (const QJsonValue& r : std::as_const(rounds))
        number = qMax(number, r.toObject().value(u"retesting_round"_s).toInt());
    ++number;
    QJsonArray vulns;
    QStringList seen;
    for (const QString& id : retest.vulnerabilityIds) {
        if (seen.contains(id))
            continue;
        seen.append(id);
        const QJsonObject& v = byId[id];
        vulns.append(QJsonObject{{u"vulnerability_id"_s, id},
                                 {u"vulnerability_alternate_id"_s, v.value(u"vulnerability_alternate_id"_s)},
                                 {u"vulnerability_title"_s, v.value(u"vulnerability_title"_s)}});
    }
    const QDateTime now = m_clock();
    QJsonObject round{
        {u"retesting_round_id"_s, roundId(projectId, number)},
        {u"retesting_round"_s, number},
        {u"retesting_round_status"_s, u"Requested"_s},
        {u"retesting_round_actioned_by"_s, QJsonObject{{u"user_id"_s, u"5f0000000000000000000000"_s},
                                                       {u"user_first_name"_s, u"Sandbox"_s},
                                                       {u"user_last_name"_s, u"User"_s}}},
        {u"retesting_round_vulnerabilities"_s, vulns},
        {u"retesting_round_retested_vulnerabilities"_s, QJsonArray()},
        {u"retesting_window_start"_s, retest.windowStart},
        {u"retesting_round_requested_date"_s, IsoDate::format(now)}};
    if (!retest.windowEnd.isEmpty())
        round.insert(u"retesting_window_end"_s, retest.windowEnd);
    rounds.append(round);
    project.insert(kHistory, rounds);
    project.insert(ProjectFactKeys::RetestsRequested,
                   project.value(ProjectFactKeys::RetestsRequested).toInt() + 1);
    project.insert(ProjectFactKeys::LastModified, IsoDate::format(now));
    m_store.putProject(project);
    return HttpReply::json(
        {{u"status"_s, QString(u"Project retest requested for Project "_s +
                               project.value(ProjectFields::readKey(ProjectFields::Name)).toString())}});
}

std::optional<RetestRoutes::Target>
RetestRoutes::findRound(const QString& projectId, const QString& roundNumber, HttpReply* error) const
{
    const QJsonObject* stored = m_store.project(projectId);
    if (!stored) {
        *error = ProjectRoutes::projectNotFound(projectId);
        return std::nullopt;
    }
    bool ok = false;
    const int number = roundNumber.toInt(&ok);
    if (!ok || number < 1) {
        *error = HttpReply::validationFailed(u"retestRoundNumber"_s,
                                             u"The retest round number must be a whole number from 1."_s);
        return std::nullopt;
    }
    Target target{*stored, stored->value(kHistory).toArray(), -1};
    for (qsizetype i = 0; i < target.rounds.size(); ++i) {
        const QJsonValue n = target.rounds.at(i).toObject().value(u"retesting_round"_s);
        if ((n.isString() ? n.toString().toInt() : n.toInt()) == number)
            target.index = i;
    }
    if (target.index < 0) {
        *error = HttpReply::notFound(u"Retest round %1 not found on project %2"_s.arg(number).arg(projectId));
        return std::nullopt;
    }
    return target;
}

void RetestRoutes::store(Target& target, const QJsonObject& round)
{
    target.rounds.replace(target.index, round);
    target.project.insert(kHistory, target.rounds);
    target.project.insert(ProjectFactKeys::LastModified, IsoDate::format(m_clock()));
    m_store.putProject(target.project);
}

HttpReply RetestRoutes::updateRound(const QString& projectId, const QString& roundNumber,
                                    const RecordedRequest& request)
{
    HttpReply error;
    std::optional<Target> target = findRound(projectId, roundNumber, &error);
    if (!target)
        return error;
    const std::optional<QJsonObject> body = RequestParams::objectBody(request, &error);
    if (!body)
        return error;
    ValidationIssues issues;
    requireType(*body, u"requested_date"_s, false, false, issues);
    requireType(*body, u"completed_date"_s, false, false, issues);
    if (issues.isEmpty())
        issues = RetestRoundUpdate::fromJson(*body).validate();
    if (!issues.isEmpty())
        return HttpReply::validationFailed(issues);
    const RetestRoundUpdate update = RetestRoundUpdate::fromJson(*body);
    QJsonObject round = target->rounds.at(target->index).toObject();
    if (!update.requestedDate.isEmpty())
        round.insert(u"retesting_round_requested_date"_s, update.requestedDate);
    if (!update.completedDate.isEmpty())
        round.insert(u"retesting_round_completed_date"_s, update.completedDate);
    store(*target, round);
    return HttpReply::json({{u"status"_s, u"Project Retest Round Updated"_s}});
}

HttpReply RetestRoutes::closeRound(const QString& projectId, const QString& roundNumber,
                                   const QString& newStatus, const QString& answer,
                                   const std::function<void(Target&, QJsonObject&)>& apply)
{
    HttpReply error;
    std::optional<Target> target = findRound(projectId, roundNumber, &error);
    if (!target)
        return error;
    QJsonObject round = target->rounds.at(target->index).toObject();
    const QString status = round.value(u"retesting_round_status"_s).toString();
    if (status == u"Completed"_s || status == u"Cancelled"_s)
        return HttpReply::validationFailed(u"retestRoundNumber"_s,
                                           u"Retest round %1 is already %2."_s.arg(roundNumber, status));
    round.insert(u"retesting_round_status"_s, newStatus);
    if (apply)
        apply(*target, round);
    store(*target, round);
    return HttpReply::json({{u"status"_s, answer}});
}

HttpReply RetestRoutes::cancelRound(const QString& projectId, const QString& roundNumber)
{
    return closeRound(projectId, roundNumber, u"Cancelled"_s, u"Project Retest Round Cancelled"_s, {});
}

HttpReply RetestRoutes::completeRound(const QString& projectId, const QString& roundNumber)
{
    return closeRound(projectId, roundNumber, u"Completed"_s, u"Project retest round marked as completed"_s,
                      [this](Target& target, QJsonObject& round) {
                          round.insert(u"retesting_round_retested_vulnerabilities"_s,
                                       round.value(u"retesting_round_vulnerabilities"_s));
                          if (!round.contains(u"retesting_round_completed_date"_s))
                              round.insert(u"retesting_round_completed_date"_s, IsoDate::format(m_clock()));
                          target.project.insert(
                              ProjectFactKeys::RetestsCompleted,
                              target.project.value(ProjectFactKeys::RetestsCompleted).toInt() + 1);
                      });
}
