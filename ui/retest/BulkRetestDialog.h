#pragma once

#include "models/Project.h"
#include "models/RetestRequest.h"

#include <QDialog>

class BulkRetestModel;
class BulkRetestRun;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

class SsapiClient;
class UtcDateEdit;

// Requests a retest with one window for several projects: the window, the table of projects (each
// one's progress, result and message), "Retry failed" (resends only the failed ones) and Stop (what has
// not started). The queue and the doubt checks are BulkRetestRun's; this dialog shows them.
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

    BulkRetestModel* m_model;
    BulkRetestRun* m_run;
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
