#pragma once

#include "sandbox/FaultInjector.h"
#include "sandbox/HttpReply.h"

#include <functional>

// The /__sandbox/ endpoints (only with --control): queue faults, read or clear the request log, and
// reset the tenant — so faults can be tried by hand against a running GUI.
//   GET|POST|DELETE /__sandbox/faults   (POST body: {kind,count,method,path,retryAfter}, {spec}, or a list)
//   GET|DELETE      /__sandbox/requests (the API key header is redacted)
//   POST            /__sandbox/reset    (re-seed, clear faults and the log)
class ControlRoutes
{
public:
    ControlRoutes(FaultInjector& faults, QList<RecordedRequest>& log, std::function<void()> reset);
    HttpReply route(const RecordedRequest& request);

private:
    HttpReply addFaults(const RecordedRequest& request);
    HttpReply listFaults() const;
    HttpReply listRequests() const;

    FaultInjector& m_faults;
    QList<RecordedRequest>& m_log;
    std::function<void()> m_reset;
};
