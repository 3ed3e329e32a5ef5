#pragma once

#include "models/Project.h"
#include "models/RetestRequest.h"

#include <QDialog>

class BulkRetestModel;
class BulkRetestRun;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeView;

class SsapiClient;
class UtcDateEdit;

// Requests a retest with one window for several projects: the window, the tree of projects (each
// one's progress, result and message; expanded, its findings ready for retest to untick), "Retry
// failed" (resends only the failed ones) and Stop (what has not started). The queue and the doubt
// checks are BulkRetestRun's, the ticks BulkRetestModel's; this dialog shows them and loads a
// project's findings when it is expanded.
class BulkRetestDialog : public QDialog
{
    Q_OBJECT
public:
    BulkRetestDialog(SsapiClient* client, const QList<Project>& projects, QWidget* parent = nullptr);
    ~BulkRetestDialog() override;

    BulkRetestModel* model() const { return m_model; }
    bool isRunning() const;
    BulkRetestRun* run() const { return m_run; }
    RetestRequest window() const;

Q_SIGNALS:
    void runFinished();
    void projectRefreshed(const Project& project);

public Q_SLOTS:
    void reject() override;

private:
    void refresh();
    void loadFindings(const QString& projectId);

    SsapiClient* m_client;
    BulkRetestModel* m_model;
    BulkRetestRun* m_run;
    UtcDateEdit* m_startEdit;
    UtcDateEdit* m_endEdit;
    QTreeView* m_projectsView;
    QLabel* m_issuesLabel;
    QLabel* m_summaryLabel;
    QProgressBar* m_progressBar;
    QPushButton* m_startButton;
    QPushButton* m_retryButton;
    QPushButton* m_cancelButton;
    QPushButton* m_closeButton;
};
