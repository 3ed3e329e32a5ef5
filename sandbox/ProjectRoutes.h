#pragma once

#include "sandbox/HttpReply.h"
#include "sandbox/RequestParams.h"

class SandboxStore;

// GetProjects, GetProjectById, UpdateProjectById and GetProjectVulnerabilities over the store,
// with the client's own codec and validator deciding what a valid update is and how it reads back.
class ProjectRoutes
{
public:
    ProjectRoutes(SandboxStore& store, SandboxClock clock);

    HttpReply list(const RecordedRequest& request) const;
    HttpReply get(const QString& projectId) const;
    HttpReply update(const QString& projectId, const RecordedRequest& request);
    HttpReply vulnerabilities(const QString& projectId, const RecordedRequest& request) const;
    // The update's answer leaves out `last_updated` (see SandboxServer).
    void setAnswerWithoutLastUpdated(bool omit) { m_withoutLastUpdated = omit; }

    static HttpReply projectNotFound(const QString& projectId);

private:
    SandboxStore& m_store;
    SandboxClock m_clock;
    bool m_withoutLastUpdated = false;
};
