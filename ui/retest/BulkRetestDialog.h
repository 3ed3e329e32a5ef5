#pragma once

#include "models/Project.h"
#include "models/RetestRequest.h"

#include "api/SsapiCall.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QSet>

class BulkRetestModel;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

class SsapiClient;
class UtcDateEdit;

// Requests a retest with one window for several projects, one project after the other (gentle on the
// server). Each project's scope is all its vulnerabilities in Retest status, fetched when its turn
// comes. The table shows each project's progress, result and message; "Retry failed" resends only the
// failed ones; Cancel stops what has not started. A doubtful failure is checked by re-reading the
// project, so neither the run nor a retry creates a second round silently.
class BulkRetestDialog : public QDialog
{
    Q_OBJECT
public:
    BulkRetestDialog(SsapiClient* client, const QList<Project>& projects, QWidget* parent = nullptr);
    ~BulkRetestDialog() override;

    BulkRetestModel* model() const { return m_model; }
    bool isRunning() const { return m_running; }
    RetestRequest window() const;

Q_SIGNALS:
    void runFinished();
    void projectRefreshed(const Project& project);

public Q_SLOTS:
    void reject() override;

private:
    void start();
    void retryFailed();
    void cancelRun();
    void run(const QList<int>& rows);
    void processNext();
    void fetchScope(int row);
    void send(int row, const QStringList& ids);
    void check(int row, const QString& failure, bool thenSend);
    void confirm(int row, const QString& status);
    void finishRow();
    void refresh();

    SsapiClient* m_client;
    QList<Project> m_projects;
    QHash<int, QList<RetestRound>> m_roundsBefore;
    QSet<int> m_unverified; // doubtful failures whose check failed too: check again before resending
    QList<int> m_queue;
    int m_current = -1;
    int m_total = 0;
    bool m_running = false;
    RetestRequest m_window;
    QPointer<SsapiCall> m_call;

    BulkRetestModel* m_model;
    UtcDateEdit* m_startEdit;
    UtcDateEdit* m_endEdit;
    QTableView* m_projectsView;
    QLabel* m_issuesLabel;
    QLabel* m_summaryLabel;
    QProgressBar* m_progressBar;
    QPushButton* m_startButton;
    QPushButton* m_retryButton;
    QPushButton* m_cancelButton;
    QPushButton* m_closeButton;
};
