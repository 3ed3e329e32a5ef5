#pragma once

#include "models/Project.h"
#include "models/RetestRequest.h"

#include "api/SsapiCall.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

class BulkRetestModel;
class SsapiClient;

// The job queue of a bulk retest request, without any widget: one window for several projects, sent
// one project after the other (gentle on the server). Each project's scope is all its vulnerabilities
// in Retest status, fetched when its turn comes. Writes each row's state into the BulkRetestModel.
// A doubtful failure (ApiError::leavesDoubt) is checked by re-reading the project, so neither the run
// nor a retry creates a second round silently; a row whose check failed too is checked again first.
class BulkRetestRun : public QObject
{
    Q_OBJECT
public:
    BulkRetestRun(SsapiClient* client, BulkRetestModel* model, const QList<Project>& projects,
                  QObject* parent = nullptr);

    // Sends the included rows with `window` (its vulnerability ids are ignored); the others are Skipped.
    void start(const RetestRequest& window);
    // Sends again only the rows that failed, with the window of start().
    void retryFailed();
    // Marks what has not started as Cancelled; the project being sent finishes.
    void stop();

    bool isRunning() const { return m_running; }
    bool hasQueued() const { return !m_queue.isEmpty(); }
    int total() const { return m_total; }
    int finishedCount() const { return m_total - int(m_queue.size()) - (m_current >= 0 ? 1 : 0); }
    RetestRequest window() const { return m_window; }

Q_SIGNALS:
    // After any change of the queue or of running (start, a row done, stop).
    void progressed(int finished, int total);
    void runFinished();
    void projectRefreshed(const Project& project);

private:
    void run(const QList<int>& rows);
    void processNext();
    void fetchScope(int row);
    void send(int row, const QStringList& ids);
    void check(int row, const QString& failure, bool thenSend);
    void confirm(int row, const QString& status);
    void finishRow();
    void rememberRoundsBefore(int row);

    SsapiClient* m_client;
    BulkRetestModel* m_model;
    QList<Project> m_projects;
    QHash<int, QList<RetestRound>> m_roundsBefore;
    QSet<int> m_unverified; // doubtful failures whose check failed too: check again before resending
    QList<int> m_queue;
    int m_current = -1;
    int m_total = 0;
    bool m_running = false;
    RetestRequest m_window;
    QPointer<SsapiCall> m_call;
};
