#include "sandbox/SandboxRouter.h"

#include "sandbox/SandboxStore.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

SandboxRouter::SandboxRouter(SandboxStore& store, const SandboxClock& clock)
    : m_store(store)
    , m_projects(store, clock)
    , m_retests(store, clock)
    , m_clock(clock)
{}

HttpReply SandboxRouter::route(const RecordedRequest& request)
{
    HttpReply reply = dispatch(request);
    m_audit.record(request, reply, m_clock());
    return reply;
}

HttpReply SandboxRouter::dispatch(const RecordedRequest& request)
{
    const QStringList s = RequestParams::pathSegments(request.path);
    const QByteArray& m = request.method;
    auto notAllowed = [&m] {
        return HttpReply::error(405, u"Method Not Allowed"_s,
                                u"%1 is not allowed here."_s.arg(QString::fromLatin1(m)));
    };
    if (s.size() < 3 || s.at(0) != u"api"_s || s.at(1) != u"ss"_s)
        return HttpReply::notFound(u"No endpoint at %1"_s.arg(request.path));
    const QString& area = s.at(2);
    const qsizetype n = s.size();

    if (n == 3 && area == u"projects"_s)
        return m == "GET" ? m_projects.list(request) : notAllowed();
    if (n == 3 && area == u"groups"_s)
        return m == "GET" ? groups(request) : notAllowed();
    if (n == 3 && area == u"portfolios"_s)
        return m == "GET" ? portfolios() : notAllowed();
    if (area != u"project"_s || n < 4)
        return HttpReply::notFound(u"No endpoint at %1"_s.arg(request.path));

    const QString& id = s.at(3);
    if (n == 4) {
        if (m == "GET")
            return m_projects.get(id);
        if (m == "PUT")
            return m_projects.update(id, request);
        return notAllowed();
    }
    if (n == 5 && s.at(4) == u"auditlogs"_s) {
        if (m != "GET")
            return notAllowed();
        return m_store.project(id) ? m_audit.read(id, request) : ProjectRoutes::projectNotFound(id);
    }
    if (n == 5 && s.at(4) == u"vulnerabilities"_s)
        return m == "GET" ? m_projects.vulnerabilities(id, request) : notAllowed();
    if (s.at(4) != u"retest"_s || n > 7)
        return HttpReply::notFound(u"No endpoint at %1"_s.arg(request.path));
    if (n == 6 && s.at(5) == u"request"_s)
        return m == "POST" ? m_retests.request(id, request) : notAllowed();
    if (n == 6)
        return m == "PUT" ? m_retests.updateRound(id, s.at(5), request) : notAllowed();
    if (n == 7 && s.at(6) == u"cancel"_s)
        return m == "POST" ? m_retests.cancelRound(id, s.at(5)) : notAllowed();
    if (n == 7 && s.at(6) == u"complete"_s)
        return m == "POST" ? m_retests.completeRound(id, s.at(5)) : notAllowed();
    return HttpReply::notFound(u"No endpoint at %1"_s.arg(request.path));
}

HttpReply SandboxRouter::groups(const RecordedRequest& request) const
{
    if (request.query.queryItemValue(u"allGroups"_s).compare(u"true"_s, Qt::CaseInsensitive) == 0 &&
        !m_adminKey)
        return HttpReply::error(403, u"Forbidden"_s, u"allGroups is available to admins only."_s);
    QJsonArray list;
    for (const QJsonObject& g : m_store.groupsJson())
        list.append(g);
    return HttpReply::json({{u"count"_s, list.size()}, {u"groups"_s, list}});
}

HttpReply SandboxRouter::portfolios() const
{
    QJsonArray list;
    for (const QJsonObject& p : m_store.portfoliosJson())
        list.append(p);
    return HttpReply::json({{u"portfolios"_s, list}});
}
