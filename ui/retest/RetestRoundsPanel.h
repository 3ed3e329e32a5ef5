#pragma once

#include "models/Project.h"
#include "models/RetestRequest.h"

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
// dates, vulnerabilities), requesting a new retest (Ctrl+N), updating a round's dates and exporting the
// project's windows as .ics. After a change it re-reads the project and reports it (projectRefreshed).
class RetestRoundsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RetestRoundsPanel(SsapiClient* client, QWidget* parent = nullptr);
    ~RetestRoundsPanel() override;

    void setProject(const Project& project);
    const Project& project() const { return m_project; }
    QAction* newRetestAction() const { return m_newRetestAction; }
    QAction* updateRoundAction() const { return m_updateRoundAction; }
    QAction* refreshAction() const { return m_refreshAction; }
    QAction* exportIcsAction() const { return m_exportIcsAction; }
    RetestRoundListModel* roundsModel() const { return m_model; }
    QTableView* roundsView() const { return m_roundsView; }
    // Re-reads the project from the server.
    void refresh();

Q_SIGNALS:
    void projectRefreshed(const Project& project);
    void statusMessage(const QString& text);

private:
    void applyProject(const Project& project);
    void openNewRetest();
    void openUpdateRound();
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
    Project m_project;
    QPointer<SsapiCall> m_refreshCall;
    RetestRoundListModel* m_model;
    QLabel* m_titleLabel;
    QLabel* m_noticeLabel;
    QToolButton* m_newRetestButton;
    QToolButton* m_updateRoundButton;
    QToolButton* m_refreshButton;
    QToolButton* m_exportIcsButton;
    QTableView* m_roundsView;
    QLabel* m_emptyLabel;
    QAction* m_newRetestAction;
    QAction* m_updateRoundAction;
    QAction* m_refreshAction;
    QAction* m_exportIcsAction;
};
