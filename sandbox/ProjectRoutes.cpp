#include "sandbox/ProjectRoutes.h"

#include "models/IsoDate.h"
#include "models/ProjectCodec.h"
#include "models/ProjectFactKeys.h"
#include "models/ProjectField.h"
#include "models/ProjectValidator.h"
#include "sandbox/MongoQuery.h"
#include "sandbox/ProjectStatus.h"
#include "sandbox/ProjectUpdater.h"
#include "sandbox/SandboxStore.h"
#include "sandbox/VulnerabilityCounts.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QDateTime dateOf(const QJsonObject& json, const QString& key)
{
    return IsoDate::parse(json.value(key).toString());
}

bool containsText(const QJsonObject& json, const QString& key, const QString& wanted)
{
    return wanted.isEmpty() || json.value(key).toString().contains(wanted, Qt::CaseInsensitive);
}

} // namespace

ProjectRoutes::ProjectRoutes(SandboxStore& store, SandboxClock clock)
    : m_store(store)
    , m_clock(std::move(clock))
{}

HttpReply ProjectRoutes::projectNotFound(const QString& projectId)
{
    return HttpReply::notFound(u"Project %1 not found"_s.arg(projectId));
}

HttpReply ProjectRoutes::list(const RecordedRequest& request) const
{
    HttpReply error;
    const auto paging = RequestParams::paging(request, &error);
    if (!paging)
        return error;
    const auto from = RequestParams::date(request, u"startDate"_s, &error);
    if (!from)
        return error;
    const auto to = RequestParams::date(request, u"endDate"_s, &error);
    if (!to)
        return error;
    const QString name = RequestParams::value(request, u"name"_s);
    const QString code = RequestParams::value(request, u"code"_s);
    const QString status = RequestParams::value(request, u"status"_s);
    static const QStringList kStatuses{u"Waiting-to-Start"_s, u"Testing"_s, u"Completed"_s, u"On-Hold"_s};
    if (!status.isEmpty() && !kStatuses.contains(status))
        return HttpReply::validationFailed(u"status"_s,
                                           u"status must be one of %1."_s.arg(kStatuses.join(u", "_s)));
    const bool filtered =
        !name.isEmpty() || !code.isEmpty() || !status.isEmpty() || from->isValid() || to->isValid();

    static const QString nameKey = ProjectFields::readKey(ProjectFields::Name);
    static const QString codeKey = ProjectFields::readKey(ProjectFields::Code);
    static const QString startKey = ProjectFields::readKey(ProjectFields::StartDate);
    static const QString endKey = ProjectFields::readKey(ProjectFields::EndDate);
    // Only the requested page is sent, joined from each project's stored JSON; counting the rest is
    // cheap. The bytes are what QJsonDocument would write for {count, projects} (keys sorted).
    QByteArray page;
    int listed = 0;
    int count = 0;
    if (!filtered) {
        // Only the page's rows are looked at: a seeded tenant produces its projects when first asked.
        count = int(m_store.projectCount());
        const qsizetype first = qMin<qsizetype>(paging->skip, count);
        const qsizetype end = qMin<qsizetype>(count, first + paging->limit);
        m_store.prepareRows(first, end);
        for (qsizetype row = first; row < end; ++row)
            page += (listed++ > 0 ? "," : "") + m_store.projectJson(row);
    } else {
        const QList<QJsonObject>& projects = m_store.projects();
        for (qsizetype row = 0; row < projects.size(); ++row) {
            const QJsonObject& p = projects.at(row);
            if (!containsText(p, nameKey, name) || !containsText(p, codeKey, code))
                continue;
            if (!status.isEmpty() && p.value(ProjectFactKeys::Status).toString() != status)
                continue;
            if (from->isValid() && dateOf(p, startKey) < *from)
                continue;
            if (to->isValid() && dateOf(p, endKey) > *to)
                continue;
            if (count >= paging->skip && listed < paging->limit)
                page += (listed++ > 0 ? "," : "") + m_store.projectJson(row);
            ++count;
        }
    }
    HttpReply reply;
    reply.body = "{\"count\":" + QByteArray::number(count) + ",\"projects\":[" + page + "]}";
    return reply;
}

HttpReply ProjectRoutes::get(const QString& projectId) const
{
    const QJsonObject* project = m_store.project(projectId);
    if (!project)
        return projectNotFound(projectId);
    return HttpReply::json({{u"project"_s, *project}});
}

HttpReply ProjectRoutes::update(const QString& projectId, const RecordedRequest& request)
{
    const QJsonObject* stored = m_store.project(projectId);
    if (!stored)
        return projectNotFound(projectId);
    HttpReply error;
    const std::optional<QJsonObject> body = RequestParams::objectBody(request, &error);
    if (!body)
        return error;

    // Unknown keys are refused rather than ignored, so a client that misspells a field
    // (scoring_system for scoringSystem) finds out here and not in production.
    ValidationIssueCollector issues(HttpReply::kMaxListedIssues);
    for (auto it = body->begin(); it != body->end(); ++it) {
        if (!ProjectFields::find(it.key()))
            issues.append({it.key(), u"“%1” is not a field UpdateProjectById accepts."_s.arg(it.key())});
    }
    const Project current = ProjectCodec::fromReadJson(*stored);
    ValidationContext context;
    context.current = &current;
    context.catalog = &m_store.catalog();
    ProjectValidator::validateUpdateBody(*body, context, issues);
    if (!issues.isEmpty())
        return HttpReply::validationFailed(issues.issues(), issues.omitted());

    QJsonObject updated = *stored;
    const QDateTime now = m_clock();
    ProjectUpdater::apply(updated, *body, m_store.catalog(), now);
    updated.insert(ProjectFactKeys::Status, ProjectStatus::compute(updated, now));
    m_store.putProject(updated);
    QJsonObject answer = ProjectCodec::toResponseJson(ProjectCodec::fromReadJson(updated));
    if (m_withoutLastUpdated)
        answer.remove(ProjectFactKeys::ResponseLastUpdated);
    return HttpReply::json({{u"project"_s, answer}});
}

HttpReply ProjectRoutes::vulnerabilities(const QString& projectId, const RecordedRequest& request) const
{
    if (!m_store.project(projectId))
        return projectNotFound(projectId);
    HttpReply error;
    const auto paging = RequestParams::paging(request, &error);
    if (!paging)
        return error;
    const auto from = RequestParams::date(request, u"startDate"_s, &error);
    if (!from)
        return error;
    const auto to = RequestParams::date(request, u"endDate"_s, &error);
    if (!to)
        return error;
    const QString priority = RequestParams::value(request, u"priority"_s);
    static const QStringList kPriorities{u"Critical"_s, u"High"_s, u"Medium"_s, u"Low"_s, u"Info"_s};
    if (!priority.isEmpty() && !kPriorities.contains(priority))
        return HttpReply::validationFailed(u"priority"_s,
                                           u"priority must be one of %1."_s.arg(kPriorities.join(u", "_s)));
    std::optional<MongoQuery> filter;
    if (const QString q = RequestParams::value(request, u"q"_s); !q.trimmed().isEmpty()) {
        QString problem;
        filter = MongoQuery::parse(q, u"vulnerability_"_s, m_clock(), &problem);
        if (!filter)
            return HttpReply::validationFailed(u"q"_s, u"q is not a valid filter: %1."_s.arg(problem));
    }
    const bool pendingOnly = RequestParams::value(request, u"pendingVulnerabilities"_s) == u"true"_s;

    QJsonArray page;
    int count = 0;
    for (const QJsonObject& v : m_store.vulnerabilities(projectId)) {
        if (VulnerabilityCounts::isPending(v) != pendingOnly)
            continue;
        if (!priority.isEmpty() && v.value(u"vulnerability_priority"_s).toString() != priority)
            continue;
        const QDateTime created = dateOf(v, u"vulnerability_created"_s);
        if ((from->isValid() && created < *from) || (to->isValid() && created > *to))
            continue;
        if (filter && !filter->matches(v))
            continue;
        if (count >= paging->skip && page.size() < paging->limit)
            page.append(v);
        ++count;
    }
    return HttpReply::json({{u"count"_s, count}, {u"vulnerabilities"_s, page}});
}
