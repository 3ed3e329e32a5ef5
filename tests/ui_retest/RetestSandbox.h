#pragma once

#include "RetestFixtures.h"

#include "models/ProjectCodec.h"
#include "sandbox/SandboxServer.h"

#include <QJsonDocument>

#include <memory>

class SsapiClient;

// An in-process sandbox with two hand-made projects (their vulnerabilities and rounds known exactly),
// and an SSAPI client pointed at it.
namespace RetestSandbox {

using namespace Qt::StringLiterals;

inline const QString kKey = u"test-key-retest-0123456789"_s;
inline const QString kProject = u"5e7c29afa3362408cf502a11"_s;
inline const QString kOther = u"5e7c29afa3362408cf502a22"_s;
inline const QString kEmpty = u"5e7c29afa3362408cf502a33"_s; // nothing in Retest status

// Ready: v1, v3, v5. v2 not marked, v4 closed.
inline QList<QJsonObject> vulnerabilitiesJson(const QString& prefix)
{
    using RetestFixtures::vulnerability;
    return {
        vulnerability(prefix + u"v1"_s, u"SQL injection in login"_s, u"Critical"_s, u"Open"_s, true).toJson(),
        vulnerability(prefix + u"v2"_s, u"Verbose error pages"_s, u"Low"_s, u"Open"_s, false).toJson(),
        vulnerability(prefix + u"v3"_s, u"Stored XSS in comments"_s, u"High"_s, u"Open"_s, true).toJson(),
        vulnerability(prefix + u"v4"_s, u"Outdated TLS"_s, u"Medium"_s, u"Closed"_s, true).toJson(),
        vulnerability(prefix + u"v5"_s, u"IDOR on invoices"_s, u"High"_s, u"Open"_s, true).toJson()};
}

inline Project makeProject(const QString& id, const QString& name)
{
    Project p = RetestFixtures::project(id, name, QDate::currentDate().addDays(-20),
                                        QDate::currentDate().addDays(40));
    RetestRound r = RetestFixtures::round(1, u"Completed"_s, QDate::currentDate().addDays(-15),
                                          QDate::currentDate().addDays(-12), 1);
    r.requestedDate = IsoDate::startOfLocalDay(QDate::currentDate().addDays(-18));
    p.facts().retestRounds = {r};
    return p;
}

inline std::unique_ptr<SandboxServer> start()
{
    SandboxOptions options;
    options.apiKey = kKey;
    options.seed = u"empty"_s;
    auto server = std::make_unique<SandboxServer>(options);
    if (!server->listen(0))
        return nullptr;
    server->putProject(ProjectCodec::toReadJson(makeProject(kProject, u"Payments API"_s)));
    server->putProject(ProjectCodec::toReadJson(makeProject(kOther, u"Mobile banking"_s)));
    server->putProject(ProjectCodec::toReadJson(makeProject(kEmpty, u"Intranet"_s)));
    server->setVulnerabilities(kProject, vulnerabilitiesJson(u"a-"_s));
    server->setVulnerabilities(kOther, vulnerabilitiesJson(u"b-"_s));
    QList<QJsonObject> none = vulnerabilitiesJson(u"c-"_s);
    for (QJsonObject& v : none)
        v.insert(u"vulnerability_retest"_s, u"No"_s);
    server->setVulnerabilities(kEmpty, none);
    return server;
}

inline Project storedProject(const SandboxServer& server, const QString& id)
{
    return ProjectCodec::fromReadJson(server.project(id));
}

inline QList<RecordedRequest> requests(const SandboxServer& server, const QByteArray& method,
                                       const QString& pathPart)
{
    QList<RecordedRequest> out;
    for (const RecordedRequest& r : server.requests()) {
        if (r.method == method && r.path.contains(pathPart))
            out.append(r);
    }
    return out;
}

inline QJsonObject body(const RecordedRequest& request)
{
    return QJsonDocument::fromJson(request.body).object();
}

// Defined in RetestSandbox.cpp: the client needs api/ headers.
std::unique_ptr<SsapiClient> client(const SandboxServer& server, int timeoutMs = 10000);

} // namespace RetestSandbox
