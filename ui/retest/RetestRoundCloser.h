#pragma once

#include "models/Project.h"

#include "api/SsapiCall.h"

#include <QObject>
#include <QPointer>

class SsapiClient;

// Cancels or completes one retest round, without any widget. Both are POSTs and are sent once: the
// client never retries them. When the failure leaves doubt (ApiError::leavesDoubt: a timeout, a
// dropped connection, an unreadable answer), the project is re-read and the round's status tells
// whether it happened; nothing is ever sent again on its own.
class RetestRoundCloser : public QObject
{
    Q_OBJECT
public:
    enum class Action
    {
        Cancel,
        Complete
    };
    Q_ENUM(Action)

    explicit RetestRoundCloser(SsapiClient* client, QObject* parent = nullptr);

    // False (and nothing sent) while busy, or when the project has no such open round.
    bool close(const Project& project, int roundNumber, Action action);
    bool isBusy() const { return m_busy; }

    // "Cancel" / "Complete", "cancelled" / "completed", and the status a closed round then has.
    static QString verb(Action action);
    static QString pastTense(Action action);
    static QString resultingStatus(Action action);
    // "round 2 (window 3 Dec 2026 – 10 Dec 2026)", for confirmations and messages.
    static QString describe(const RetestRound& round);

Q_SIGNALS:
    // The round is closed: the server said so, or (after a lost answer) the re-read project shows it.
    // `project` is the project as it now is (the re-read one, or the loaded one with the new status).
    void roundClosed(const Project& project, int roundNumber, RetestRoundCloser::Action action,
                     const QString& message);
    // After a lost answer, the project as re-read (before roundClosed or closeFailed).
    void projectRefreshed(const Project& project);
    // It did not happen, or it is unknown whether it did (the message says which).
    void closeFailed(const QString& projectId, int roundNumber, RetestRoundCloser::Action action,
                     const QString& message);

private:
    void checkAfterDoubt(const Project& before, int roundNumber, Action action, const QString& failure);

    SsapiClient* m_client;
    bool m_busy = false;
};
