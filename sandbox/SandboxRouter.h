#pragma once

#include "sandbox/ProjectRoutes.h"
#include "sandbox/RetestRoutes.h"

// Maps method and path of an authenticated /api/ss/ request onto its handler; 404 for unknown paths,
// 405 for a known path with the wrong method.
class SandboxRouter
{
public:
    SandboxRouter(SandboxStore& store, SandboxClock clock);
    HttpReply route(const RecordedRequest& request);

private:
    HttpReply groups() const;
    HttpReply portfolios() const;

    SandboxStore& m_store;
    ProjectRoutes m_projects;
    RetestRoutes m_retests;
};
