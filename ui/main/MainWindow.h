#pragma once

#include "models/ConnectionProfile.h"
#include "ui/main/SessionController.h"

#include <QMainWindow>
#include <QPointer>

class ApiKeyStore;
class ProfileStore;
class ProjectDraftStore;
class ProjectEditor;
class ProjectListModel;
class ProjectListView;
class QLabel;
class LoadProgressBar;
struct ProjectSummary;
class QToolButton;
class QTabWidget;
class SsapiCall;
class RetestCalendarView;
class ProjectHistoryView;
class RetestRoundsPanel;
class WindowStateKeeper;

// The application window: the project list on the left, the selected project's editor and retest
// rounds on the right, the calendar on its own tab, and the connection state in the status bar.
// It wires the parts together; each part owns its behaviour.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(SessionController* session, ProfileStore* profiles, ApiKeyStore* keys,
               ProjectDraftStore* drafts, QWidget* parent = nullptr);

    ProjectListView* projectList() const { return m_listView; }
    ProjectEditor* editor() const { return m_editor; }
    RetestRoundsPanel* retestPanel() const { return m_retestPanel; }
    RetestCalendarView* calendar() const { return m_calendar; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createStatusBar();
    void openProject(const QString& projectId);
    void onSessionState(SessionController::State state, const QString& message);
    void onProjectsLoading();
    void onProjectsArrived(const QList<ProjectSummary>& batch);
    void onProjectsLoaded(const QList<ProjectSummary>& projects, bool fromCache);
    // After F5: the open project re-read, its new values shown or offered beside unsaved edits.
    void rereadOpenProject();
    void showProjectChange(const Project& project);
    void onProjectSaved(const Project& project);
    void askForKey(const ConnectionProfile& profile, const QString& reason);
    void manageConnections();
    void startBulkRetest();
    void rebuildConnectionMenu();

    SessionController* m_session;
    ProfileStore* m_profiles;
    ApiKeyStore* m_keys;
    ProjectDraftStore* m_drafts;
    ProjectListModel* m_listModel;
    ProjectListView* m_listView;
    QTabWidget* m_mainTabs;
    QTabWidget* m_detailTabs;
    ProjectEditor* m_editor;
    RetestRoundsPanel* m_retestPanel;
    ProjectHistoryView* m_history;
    RetestCalendarView* m_calendar;
    QLabel* m_connectionLabel;
    LoadProgressBar* m_progress;
    QToolButton* m_cancelButton;
    QMenu* m_connectionMenu = nullptr;
    QAction* m_reloadAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_bulkRetestAction = nullptr;
    QString m_currentProjectId;
    QPointer<SsapiCall> m_openCall; // GetProjectById of the project being opened
    bool m_refreshing = false;      // a reload replaces rows already shown
    QString m_shownProfileId;       // the connection whose projects are on screen
    WindowStateKeeper* m_stateKeeper = nullptr;
};
