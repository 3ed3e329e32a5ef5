#pragma once

#include <functional>

#include "sandbox/HttpReply.h"
#include "sandbox/RequestParams.h"

#include <QJsonArray>
#include <QJsonObject>

class SandboxStore;

// RequestNewProjectRetest, UpdateProjectRetestRound, CancelProjectRetestRound and
// CompleteProjectRetestRound: rounds live in the project's project_retesting_history, numbered 1, 2, 3…
class RetestRoutes
{
public:
    RetestRoutes(SandboxStore& store, SandboxClock clock);

    HttpReply request(const QString& projectId, const RecordedRequest& request);
    HttpReply updateRound(const QString& projectId, const QString& roundNumber,
                          const RecordedRequest& request);
    HttpReply cancelRound(const QString& projectId, const QString& roundNumber);
    HttpReply completeRound(const QString& projectId, const QString& roundNumber);

private:
    // Finds the project and the round's index in its history, or answers 400/404.
    struct Target
    {
        QJsonObject project;
        QJsonArray rounds;
        qsizetype index = -1;
    };
    std::optional<Target> findRound(const QString& projectId, const QString& roundNumber,
                                    HttpReply* error) const;
    void store(Target& target, const QJsonObject& round);
    // Cancel and complete: both end an open round; `apply` adds what completing also records.
    HttpReply closeRound(const QString& projectId, const QString& roundNumber, const QString& newStatus,
                         const QString& answer, const std::function<void(Target&, QJsonObject&)>& apply);

    SandboxStore& m_store;
    SandboxClock m_clock;
};
