#pragma once

#include "models/Project.h"
#include "models/ProjectSummary.h"
#include "models/RetestRequest.h"

#include "api/SsapiCall.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

class SsapiClient;
class UtcDateEdit;
class VulnerabilityPickerModel;

// Requests a new retest round for one project: the window (start required, end optional) and the
// vulnerabilities in Retest status to include. Warns without blocking (past start, overlap with an open
// round, project on hold, retesting disabled) and validates inline. The POST is never retried by the
// client; when a failure leaves doubt, the dialog re-reads the project and tells whether the round now
// exists before offering to send again — a second round is never created silently.
class RequestRetestDialog : public QDialog
{
    Q_OBJECT
public:
    RequestRetestDialog(SsapiClient* client, const Project& project, QWidget* parent = nullptr);
    ~RequestRetestDialog() override;

    // Fills in the window's days (from the calendar's selection); an invalid `last` leaves it open-ended.
    void setWindow(QDate first, QDate last);
    // The other loaded projects: a window overlapping open windows of those sharing a group warns.
    void setOtherProjects(const QList<ProjectSummary>& projects);
    RetestRequest request() const;
    ValidationIssues issues() const;
    QStringList warnings() const;
    bool isBusy() const { return m_state == State::Sending || m_state == State::Checking; }
    VulnerabilityPickerModel* vulnerabilityModel() const { return m_model; }

Q_SIGNALS:
    // The server accepted the request (or, after a doubtful failure, the round was found).
    void retestRequested(const QString& projectId, const RetestRequest& request, const QString& status);
    void projectRefreshed(const Project& project);

public Q_SLOTS:
    void reject() override;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    enum class State
    {
        Loading,
        Ready,
        Sending,
        Checking
    };
    void buildUi();
    void loadVulnerabilities();
    void refresh();
    void send();
    void onSendFailed(const QString& message, bool doubtful);
    void checkAfterDoubt(const QString& failure);
    void setState(State state, const QString& status = {});
    void updateSelectionSummary();

    SsapiClient* m_client;
    Project m_project;
    QList<RetestRound> m_roundsBefore;
    QList<ProjectSummary> m_others;
    State m_state = State::Loading;
    QPointer<SsapiCall> m_loadCall;
    bool m_vulnerabilitiesLoaded = false;

    VulnerabilityPickerModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLabel* m_projectLabel;
    UtcDateEdit* m_startEdit;
    UtcDateEdit* m_endEdit;
    QLineEdit* m_searchEdit;
    QCheckBox* m_selectAllCheck;
    QLabel* m_selectionLabel;
    QTableView* m_vulnerabilityView;
    QLabel* m_warningsLabel;
    QLabel* m_issuesLabel;
    QLabel* m_statusLabel;
    QPushButton* m_sendButton;
    QPushButton* m_cancelButton;
};
