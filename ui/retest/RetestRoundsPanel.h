#pragma once

#include "models/Project.h"
#include "models/ProjectSummary.h"
#include "models/RetestRequest.h"
#include "ui/retest/RetestRoundCloser.h"

#include "api/SsapiCall.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QTableView;
class QToolButton;
class RetestRoundListModel;

class SsapiClient;

// The retest rounds of the current project: a table (number, status, window, requested/completed
// dates, vulnerabilities), requesting a new retest (Ctrl+N), updating a round's dates, cancelling or
// completing an open round (buttons and the table's context menu) and exporting the project's windows
// as .ics. After a change it re-reads the project and reports it (projectRefreshed).
class RetestRoundsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RetestRoundsPanel(SsapiClient* client, QWidget* parent = nullptr);
    ~RetestRoundsPanel() override;

    void setProject(const Project& project);
    // Every loaded project, for the request dialog's clash warning.
    void setOtherProjects(const QList<ProjectSummary>& projects) { m_others = projects; }
    const Project& project() const { return m_project; }
    QAction* newRetestAction() const { return m_newRetestAction; }
    QAction* updateRoundAction() const { return m_updateRoundAction; }
    QAction* cancelRoundAction() const { return m_cancelRoundAction; }
    QAction* completeRoundAction() const { return m_completeRoundAction; }
    // The round of the current table row, or nullopt.
    std::optional<RetestRound> currentRound() const;
    QAction* refreshAction() const { return m_refreshAction; }
    QAction* exportIcsAction() const { return m_exportIcsAction; }
    RetestRoundListModel* roundsModel() const { return m_model; }
    QTableView* roundsView() const { return m_roundsView; }
    // Re-reads the project from the server.
    void refresh();

Q_SIGNALS:
    void projectRefreshed(const Project& project);
    void statusMessagePosted(const QString& text);

private:
    void applyProject(const Project& project);
    void openNewRetest();
    void openUpdateRound();
    // Asks to confirm (naming the round and its window), then sends the cancel/complete POST once.
    void closeCurrentRound(RetestRoundCloser::Action action);
    void showContextMenu(const QPoint& pos);
    void exportIcs();
    void updateActions();
    void checkForDuplicates(const Project& after);

    // After a request: the rounds before it and what was sent, to notice a request that reached the
    // server more than once (QtNetwork resends a request whose connection closed before any answer).
    struct SentRequest
    {
        QString projectId;
        QList<RetestRound> roundsBefore;
        RetestRequest request;
    };
    std::optional<SentRequest> m_sent;

    SsapiClient* m_client;
    RetestRoundCloser* m_closer;
    Project m_project;
    QList<ProjectSummary> m_others;
    QPointer<SsapiCall> m_refreshCall;
    RetestRoundListModel* m_model;
    QLabel* m_titleLabel;
    QLabel* m_noticeLabel;
    QToolButton* m_newRetestButton;
    QToolButton* m_updateRoundButton;
    QToolButton* m_cancelRoundButton;
    QToolButton* m_completeRoundButton;
    QToolButton* m_refreshButton;
    QToolButton* m_exportIcsButton;
    QTableView* m_roundsView;
    QLabel* m_emptyLabel;
    QAction* m_newRetestAction;
    QAction* m_updateRoundAction;
    QAction* m_cancelRoundAction;
    QAction* m_completeRoundAction;
    QAction* m_refreshAction;
    QAction* m_exportIcsAction;
};
