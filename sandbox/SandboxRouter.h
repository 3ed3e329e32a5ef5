#pragma once

#include "sandbox/AuditLog.h"
#include "sandbox/ProjectRoutes.h"
#include "sandbox/RetestRoutes.h"

// Maps method and path of an authenticated /api/ss/ request onto its handler; 404 for unknown paths,
// 405 for a known path with the wrong method.
class SandboxRouter
{
public:
    SandboxRouter(SandboxStore& store, const SandboxClock& clock);
    // Successful writes to a project are recorded in its audit log (GetProjectAuditLogs).
    HttpReply route(const RecordedRequest& request);
    const AuditLog& auditLog() const { return m_audit; }
    // GetGroups?allGroups=true is for admins only: refused (403) unless the key is an admin's.
    void setAdminKey(bool admin) { m_adminKey = admin; }
    void setUpdateAnswerWithoutLastUpdated(bool omit) { m_projects.setAnswerWithoutLastUpdated(omit); }

private:
    HttpReply dispatch(const RecordedRequest& request);
    HttpReply groups(const RecordedRequest& request) const;
    HttpReply portfolios() const;

    SandboxStore& m_store;
    ProjectRoutes m_projects;
    RetestRoutes m_retests;
    bool m_adminKey = false;
    SandboxClock m_clock;
    AuditLog m_audit;
};
