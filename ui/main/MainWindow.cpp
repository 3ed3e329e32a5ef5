#include "ui/main/MainWindow.h"
#include "ui/common/ActionIcons.h"
#include "ui/main/LoadProgressBar.h"

#include "api/ApiKeyStore.h"
#include "api/SsapiCall.h"
#include "api/SsapiClient.h"
#include "models/IsoDate.h"
#include "models/ProfileStore.h"
#include "models/ProjectListModel.h"
#include "ui/common/Dialogs.h"
#include "ui/editor/ProjectEditor.h"
#include "ui/main/ApiKeyDialog.h"
#include "ui/main/ConnectionsDialog.h"
#include "ui/main/DraftProblemNotifier.h"
#include "ui/main/LiveUpdates.h"
#include "ui/main/ProjectListView.h"
#include "ui/main/WindowStateKeeper.h"
#include "ui/retest/BulkRetestDialog.h"
#include "ui/retest/ProjectHistoryView.h"
#include "ui/retest/RetestCalendarView.h"
#include "ui/retest/RetestRoundsPanel.h"

#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(SessionController* session, ProfileStore* profiles, ApiKeyStore* keys,
                       ProjectDraftStore* drafts, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_profiles(profiles)
    , m_keys(keys)
    , m_drafts(drafts)
    , m_listModel(new ProjectListModel(this))
    , m_listView(new ProjectListView(m_listModel, this))
    , m_mainTabs(new QTabWidget(this))
    , m_detailTabs(new QTabWidget(this))
    , m_editor(new ProjectEditor(session->client(), drafts, this))
    , m_retestPanel(new RetestRoundsPanel(session->client(), this))
    , m_history(new ProjectHistoryView(session->client(), this))
    , m_calendar(new RetestCalendarView(this))
    , m_connectionLabel(new QLabel(this))
    , m_progress(new LoadProgressBar(this))
    , m_cancelButton(new QToolButton(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("ForgeDesk"));
    m_mainTabs->setObjectName(u"mainTabs"_s);
    m_detailTabs->setObjectName(u"detailTabs"_s);
    m_detailTabs->addTab(m_editor, tr("&Project"));
    m_detailTabs->addTab(m_retestPanel, tr("&Retests"));
    m_detailTabs->addTab(m_history, tr("&History"));
    m_detailTabs->setEnabled(false);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"projectSplitter"_s);
    splitter->addWidget(m_listView);
    splitter->addWidget(m_detailTabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({420, 860});
    m_mainTabs->addTab(splitter, tr("Projects"));
    m_mainTabs->addTab(m_calendar, tr("Calendar"));
    setCentralWidget(m_mainTabs);

    createActions();
    // The parts scope their shortcuts to themselves so they also work alone; inside the main window the
    // common actions must work wherever the focus is.
    for (QAction* a : {m_editor->saveAction(), m_editor->undoAction(), m_editor->redoAction(),
                       m_retestPanel->newRetestAction()})
        a->setShortcutContext(Qt::WindowShortcut);
    m_retestPanel->refreshAction()->setShortcut({}); // F5 reloads everything here
    connect(m_retestPanel->newRetestAction(), &QAction::triggered, this,
            [this] { m_detailTabs->setCurrentWidget(m_retestPanel); });
    createMenus();
    createStatusBar();
    new LiveUpdates(session, {m_listModel, m_editor, m_retestPanel, m_calendar, statusBar()}, this);

    connect(m_listView, &ProjectListView::currentProjectChanged, this, &MainWindow::openProject);
    connect(m_listView, &ProjectListView::selectionChanged, this,
            [this] { m_bulkRetestAction->setEnabled(m_listView->selectedProjectIds().size() > 1); });
    connect(m_editor, &ProjectEditor::projectSaved, this, &MainWindow::onProjectSaved);
    connect(m_editor, &ProjectEditor::statusMessagePosted, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_editor, &ProjectEditor::modificationChanged, this, [this](bool modified) {
        setWindowModified(modified);
        m_detailTabs->setTabText(0, modified ? tr("&Project •") : tr("&Project"));
    });
    connect(m_retestPanel, &RetestRoundsPanel::projectRefreshed, this, &MainWindow::showProjectChange);
    connect(m_retestPanel, &RetestRoundsPanel::statusMessagePosted, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    m_calendar->setClient(session->client());
    connect(m_calendar, &RetestCalendarView::projectRefreshed, this, &MainWindow::showProjectChange);
    connect(m_calendar, &RetestCalendarView::statusMessagePosted, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_calendar, &RetestCalendarView::projectActivated, this, [this](const QString& id) {
        m_mainTabs->setCurrentIndex(0);
        m_listView->selectProject(id);
        m_detailTabs->setCurrentWidget(m_retestPanel);
    });

    connect(m_session, &SessionController::stateChanged, this, &MainWindow::onSessionState);
    connect(m_session, &SessionController::projectsLoading, this, &MainWindow::onProjectsLoading);
    connect(m_session, &SessionController::projectsArrived, this, &MainWindow::onProjectsArrived);
    connect(m_session, &SessionController::projectsLoaded, this, &MainWindow::onProjectsLoaded);
    connect(m_session, &SessionController::catalogLoaded, this, [this](const Catalog& catalog) {
        m_editor->setCatalog(catalog);
        m_calendar->setCatalog(catalog);
    });
    connect(m_session, &SessionController::loadProgressed, this, [this](int done, int total) {
        m_listModel->reserve(total);
        m_progress->setProgress(done, total);
    });
    connect(m_session, &SessionController::keyRequested, this, &MainWindow::askForKey);
    new DraftProblemNotifier(drafts, this);
    connect(m_profiles, &ProfileStore::profilesChanged, this, &MainWindow::rebuildConnectionMenu);
    rebuildConnectionMenu();
    resize(1280, 800);
    m_stateKeeper = new WindowStateKeeper(this);
    m_stateKeeper->restore();
}

void MainWindow::createActions()
{
    m_reloadAction = new QAction(tr("&Reload projects"), this);
    m_reloadAction->setIcon(ActionIcons::icon(u"view-refresh"_s));
    m_reloadAction->setObjectName(u"reloadAction"_s);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_reloadAction->setToolTip(tr("Load the projects again from the server (F5)"));
    connect(m_reloadAction, &QAction::triggered, m_session, &SessionController::reload);

    m_findAction = new QAction(tr("&Find project"), this);
    m_findAction->setIcon(ActionIcons::icon(u"edit-find"_s));
    m_findAction->setObjectName(u"findAction"_s);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_mainTabs->setCurrentIndex(0);
        m_listView->focusFilter();
    });

    m_bulkRetestAction = new QAction(tr("Request retests for &selected projects…"), this);
    m_bulkRetestAction->setIcon(ActionIcons::icon(u"appointment-new"_s));
    m_bulkRetestAction->setObjectName(u"bulkRetestAction"_s);
    m_bulkRetestAction->setEnabled(false);
    connect(m_bulkRetestAction, &QAction::triggered, this, &MainWindow::startBulkRetest);
}

void MainWindow::createMenus()
{
    m_connectionMenu = menuBar()->addMenu(tr("&Connection"));

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_editor->undoAction());
    edit->addAction(m_editor->redoAction());
    edit->addAction(m_editor->revertAllAction());
    edit->addSeparator();
    edit->addAction(m_findAction);

    QMenu* project = menuBar()->addMenu(tr("&Project"));
    project->addAction(m_editor->saveAction());
    project->addAction(m_reloadAction);
    project->addSeparator();
    project->addAction(m_retestPanel->newRetestAction());
    project->addAction(m_bulkRetestAction);
    project->addSeparator();
    project->addAction(m_retestPanel->exportIcsAction());
    project->addAction(m_calendar->exportIcsAction());

    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(u"mainToolbar"_s);
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_editor->saveAction());
    toolbar->addAction(m_editor->undoAction());
    toolbar->addAction(m_editor->redoAction());
    toolbar->addSeparator();
    toolbar->addAction(m_reloadAction);
    toolbar->addAction(m_retestPanel->newRetestAction());
}

void MainWindow::createStatusBar()
{
    m_connectionLabel->setObjectName(u"connectionLabel"_s);
    m_progress->hide();
    m_cancelButton->setObjectName(u"cancelButton"_s);
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setAccessibleName(tr("Cancel loading"));
    m_cancelButton->hide();
    connect(m_cancelButton, &QToolButton::clicked, m_session, &SessionController::cancel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
    statusBar()->addPermanentWidget(m_connectionLabel);
}

void MainWindow::rebuildConnectionMenu()
{
    m_connectionMenu->clear();
    for (const ConnectionProfile& p : m_profiles->profiles()) {
        QAction* a = m_connectionMenu->addAction(p.name + u"  —  "_s + p.baseUrl.host());
        a->setCheckable(true);
        a->setChecked(p.id == m_session->profile().id);
        connect(a, &QAction::triggered, this, [this, p] { m_session->connectProfile(p); });
    }
    if (!m_profiles->profiles().isEmpty())
        m_connectionMenu->addSeparator();
    QAction* manage =
        m_connectionMenu->addAction(tr("&Manage connections…"), this, &MainWindow::manageConnections);
    manage->setObjectName(u"manageConnectionsAction"_s);
    m_connectionMenu->addSeparator();
    m_connectionMenu->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);
}

void MainWindow::onSessionState(SessionController::State state, const QString& message)
{
    using S = SessionController::State;
    const bool busy = state == S::Connecting || state == S::Loading;
    if (state == S::Connecting && m_session->profile().id != m_shownProfileId) {
        // Nothing of the previous connection stays on screen, where an edit would go to the new one.
        m_shownProfileId = m_session->profile().id;
        m_currentProjectId.clear();
        m_listModel->clear();
        m_calendar->setProjects(QList<ProjectSummary>(), {});
        m_editor->openProject(Project());
        m_detailTabs->setEnabled(false);
        m_editor->setProfileId(m_shownProfileId);
    }
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_reloadAction->setEnabled(!busy && m_session->profile().isValid());
    const QString where = m_session->profile().name;
    QString text;
    switch (state) {
    case S::Disconnected:
        text = tr("Not connected");
        break;
    case S::Connecting:
        text = tr("Connecting to %1…").arg(where);
        break;
    case S::Loading:
        text = tr("Loading projects from %1…").arg(where);
        break;
    case S::Online:
        text = tr("● Connected to %1").arg(where);
        break;
    case S::Offline:
        text = tr("○ Offline — showing the copy of %1 saved earlier").arg(where);
        break;
    case S::Failed:
        text = tr("✕ %1: connection failed").arg(where);
        break;
    }
    m_connectionLabel->setText(text);
    m_connectionLabel->setToolTip(message);
    if (state == S::Failed || state == S::Offline)
        m_listView->setBanner(message, true);
    else if (state == S::Online)
        m_listView->setBanner({});
    setWindowTitle(where.isEmpty() ? tr("ForgeDesk[*]") : where + tr(" — ForgeDesk[*]"));
}

void MainWindow::onProjectsLoading()
{
    // F5 over a list on screen: rows are replaced in place as they come (the selection and the scroll
    // stay), and the rows the server no longer lists go at the end.
    m_refreshing = m_listModel->rowCount() > 0;
    if (m_refreshing)
        m_listModel->beginRefresh();
}

void MainWindow::onProjectsArrived(const QList<ProjectSummary>& batch)
{
    const bool first = m_listModel->rowCount() == 0;
    m_listModel->appendProjects(batch);
    if (!m_refreshing)
        m_calendar->addProjects(batch); // a reload rebuilds it once, at the end
    if (first && m_currentProjectId.isEmpty() && m_listModel->rowCount() > 0)
        m_listView->selectFirst();
}

void MainWindow::onProjectsLoaded(const QList<ProjectSummary>& projects, bool fromCache)
{
    const QString keep = m_currentProjectId;
    const bool reread = m_refreshing && !fromCache;
    if (fromCache) {
        m_listModel->setProjects(projects);
        m_calendar->setProjects(projects, m_session->catalog());
    } else if (m_refreshing) {
        m_listModel->endRefresh();
        m_calendar->setProjects(projects, m_session->catalog());
    }
    m_refreshing = false;
    m_retestPanel->setOtherProjects(projects);
    if (fromCache)
        m_listView->setBanner(
            tr("Offline copy: these projects were saved when last loaded. Editing needs a connection."));
    if (!keep.isEmpty())
        m_listView->selectProject(keep);
    else if (m_listModel->rowCount() > 0)
        m_listView->selectFirst();
    if (reread)
        rereadOpenProject();
}

void MainWindow::rereadOpenProject()
{
    const QString id = m_editor->loadedProject().id();
    if (id.isEmpty() || id != m_currentProjectId)
        return;
    m_session->client()->fetchProject(id, this, [this, id](const ApiResult<Project>& result) {
        if (id != m_currentProjectId || m_editor->loadedProject().id() != id)
            return;
        if (!result.isOk()) {
            statusBar()->showMessage(tr("“%1” could not be re-read: %2")
                                         .arg(m_editor->loadedProject().name(), result.error().userMessage()),
                                     8000);
            return;
        }
        const Project& fresh = result.value();
        // Without unsaved edits the editor shows the new values; with them it keeps every edit and says
        // the server has a newer version (Review offers the conflict choices).
        m_editor->offerServerVersion(fresh, u"someone else"_s, IsoDate::parse(fresh.facts().lastModified));
        m_retestPanel->setProject(fresh);
        m_listModel->updateProject(fresh);
        m_calendar->updateProject(ProjectSummary::fromProject(fresh));
    });
}

void MainWindow::openProject(const QString& projectId)
{
    const ProjectSummary* summary = m_listModel->project(projectId);
    if (!summary) {
        m_detailTabs->setEnabled(false);
        return;
    }
    if (projectId == m_currentProjectId)
        return;
    if (m_editor->hasUnsavedChanges())
        statusBar()->showMessage(
            tr("Unsaved changes to “%1” are kept as a draft.").arg(m_editor->loadedProject().name()), 8000);
    m_currentProjectId = projectId;
    if (m_openCall)
        m_openCall->cancel();
    // The list holds summaries only: the editor's baseline (and the conflict check's) is always the
    // project as GetProjectById returns it now.
    statusBar()->showMessage(tr("Opening “%1”…").arg(summary->name));
    m_openCall =
        m_session->client()->fetchProject(projectId, this, [this, projectId](const ApiResult<Project>& r) {
            if (projectId != m_currentProjectId)
                return;
            if (!r.isOk()) {
                if (r.error().category() == ApiError::Category::Cancelled)
                    return;
                m_currentProjectId.clear();
                m_detailTabs->setEnabled(false);
                statusBar()->showMessage(
                    tr("The project could not be opened: %1").arg(r.error().userMessage()), 10000);
                return;
            }
            const Project& project = r.value();
            statusBar()->clearMessage();
            m_detailTabs->setEnabled(true);
            m_editor->openProject(project);
            m_retestPanel->setProject(project);
            m_history->setProject(project.id(), project.name());
            m_listModel->updateProject(project);
        });
}

void MainWindow::showProjectChange(const Project& project)
{
    m_listModel->updateProject(project);
    m_session->rememberProject(project);
    m_calendar->updateProject(ProjectSummary::fromProject(project));
}

void MainWindow::onProjectSaved(const Project& project)
{
    showProjectChange(project);
    m_retestPanel->setProject(project);
    statusBar()->showMessage(tr("Saved “%1”.").arg(project.name()), 8000);
}

void MainWindow::askForKey(const ConnectionProfile& profile, const QString& reason)
{
    auto* dialog = new ApiKeyDialog(profile, reason, this);
    connect(dialog, &ApiKeyDialog::keyEntered, this, [this, profile](const QString& key, bool remember) {
        if (remember) {
            m_keys->writeKey(profile.id, key, this, [this](const QString& error) {
                if (!error.isEmpty())
                    statusBar()->showMessage(tr("The key is used for this session only: ") + error, 10000);
            });
        }
        m_session->connectProfile(profile, key);
    });
    dialog->open();
}

void MainWindow::manageConnections()
{
    auto* dialog = new ConnectionsDialog(m_profiles, m_keys, m_drafts, m_session->cache(), this);
    connect(dialog, &ConnectionsDialog::connectRequested, this,
            [this](const ConnectionProfile& p) { m_session->connectProfile(p); });
    dialog->open();
}

void MainWindow::startBulkRetest()
{
    QList<Project> selected;
    for (const QString& id : m_listView->selectedProjectIds()) {
        if (const ProjectSummary* p = m_listModel->project(id))
            selected.append(p->toProject());
    }
    auto* dialog = new BulkRetestDialog(m_session->client(), selected, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, m_session, &SessionController::reload);
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Unsaved edits are already in a local draft; say so rather than asking a question that has no
    // dangerous answer.
    if (m_editor->hasUnsavedChanges())
        statusBar()->showMessage(tr("Unsaved changes are kept as a draft and offered back next time."));
    m_stateKeeper->save();
    event->accept();
}
