#include "ui/retest/RetestRoundsPanel.h"
#include "ui/common/ActionIcons.h"
#include "ui/common/ThemeColors.h"

#include "models/IcsExporter.h"
#include "models/RetestPlanning.h"
#include "models/RetestRoundListModel.h"
#include "ui/common/Dialogs.h"
#include "ui/retest/IcsFileSaver.h"
#include "ui/retest/RequestRetestDialog.h"
#include "ui/retest/RetestCalls.h"
#include "ui/retest/UpdateRoundDialog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QToolButton* toolButton(QAction* action, QWidget* parent, const QString& objectName)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAccessibleName(action->text().remove(u'&').remove(u"…"_s));
    return button;
}
} // namespace

RetestRoundsPanel::RetestRoundsPanel(SsapiClient* client, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_closer(new RetestRoundCloser(client, this))
    , m_model(new RetestRoundListModel(this))
    , m_titleLabel(new QLabel(this))
    , m_noticeLabel(new QLabel(this))
    , m_roundsView(new QTableView(this))
    , m_emptyLabel(new QLabel(this))
    , m_newRetestAction(new QAction(tr("&New retest…"), this))
    , m_updateRoundAction(new QAction(tr("&Update round…"), this))
    , m_cancelRoundAction(new QAction(tr("&Cancel round…"), this))
    , m_completeRoundAction(new QAction(tr("Co&mplete round…"), this))
    , m_refreshAction(new QAction(tr("Re&fresh"), this))
    , m_exportIcsAction(new QAction(tr("Export .&ics…"), this))
{
    m_newRetestAction->setIcon(ActionIcons::icon(u"appointment-new"_s));
    m_refreshAction->setIcon(ActionIcons::icon(u"view-refresh"_s));
    m_exportIcsAction->setIcon(ActionIcons::icon(u"document-export"_s));
    m_newRetestAction->setObjectName(u"newRetestAction"_s);
    m_newRetestAction->setShortcut(QKeySequence::New);
    m_newRetestAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_newRetestAction->setToolTip(tr("Request a new retest round for this project (Ctrl+N)"));
    m_updateRoundAction->setObjectName(u"updateRoundAction"_s);
    m_updateRoundAction->setToolTip(tr("Set the selected round's requested and completed dates"));
    m_cancelRoundAction->setObjectName(u"cancelRoundAction"_s);
    m_cancelRoundAction->setToolTip(tr("Cancel the selected open round (asks first)"));
    m_completeRoundAction->setObjectName(u"completeRoundAction"_s);
    m_completeRoundAction->setToolTip(tr("Mark the selected open round as completed (asks first)"));
    m_refreshAction->setObjectName(u"refreshAction"_s);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_exportIcsAction->setObjectName(u"exportIcsAction"_s);
    m_exportIcsAction->setToolTip(tr("Save this project's dates and retest windows as an iCalendar file"));
    for (QAction* a : {m_newRetestAction, m_updateRoundAction, m_cancelRoundAction, m_completeRoundAction,
                       m_refreshAction, m_exportIcsAction})
        addAction(a);

    m_newRetestButton = toolButton(m_newRetestAction, this, u"newRetestButton"_s);
    m_updateRoundButton = toolButton(m_updateRoundAction, this, u"updateRoundButton"_s);
    m_cancelRoundButton = toolButton(m_cancelRoundAction, this, u"cancelRoundButton"_s);
    m_completeRoundButton = toolButton(m_completeRoundAction, this, u"completeRoundButton"_s);
    m_refreshButton = toolButton(m_refreshAction, this, u"refreshButton"_s);
    m_exportIcsButton = toolButton(m_exportIcsAction, this, u"exportIcsButton"_s);

    m_titleLabel->setObjectName(u"titleLabel"_s);
    m_noticeLabel->setObjectName(u"noticeLabel"_s);
    m_roundsView->setObjectName(u"roundsView"_s);
    m_emptyLabel->setObjectName(u"emptyLabel"_s);
    m_noticeLabel->setWordWrap(true);
    m_noticeLabel->setStyleSheet(ThemeColors::textStyle(ThemeColors::Mark::Warning, palette()));
    m_emptyLabel->setText(tr("No retest round yet. Press Ctrl+N to request one."));
    m_emptyLabel->setAlignment(Qt::AlignCenter);

    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(RetestRoundListModel::SortRole);
    m_roundsView->setModel(proxy);
    m_roundsView->setAccessibleName(tr("Retest rounds"));
    m_roundsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_roundsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_roundsView->setSortingEnabled(true);
    m_roundsView->sortByColumn(RetestRoundListModel::NumberColumn, Qt::DescendingOrder);
    m_roundsView->verticalHeader()->hide();
    m_roundsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_roundsView->horizontalHeader()->setStretchLastSection(false);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_titleLabel, 1);
    bar->addWidget(m_newRetestButton);
    bar->addWidget(m_updateRoundButton);
    bar->addWidget(m_cancelRoundButton);
    bar->addWidget(m_completeRoundButton);
    bar->addWidget(m_refreshButton);
    bar->addWidget(m_exportIcsButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_noticeLabel);
    layout->addWidget(m_roundsView, 1);
    layout->addWidget(m_emptyLabel);
    setTabOrder(m_newRetestButton, m_updateRoundButton);
    setTabOrder(m_updateRoundButton, m_cancelRoundButton);
    setTabOrder(m_cancelRoundButton, m_completeRoundButton);
    setTabOrder(m_completeRoundButton, m_refreshButton);
    setTabOrder(m_refreshButton, m_exportIcsButton);
    setTabOrder(m_exportIcsButton, m_roundsView);

    connect(m_newRetestAction, &QAction::triggered, this, &RetestRoundsPanel::openNewRetest);
    connect(m_updateRoundAction, &QAction::triggered, this, &RetestRoundsPanel::openUpdateRound);
    connect(m_cancelRoundAction, &QAction::triggered, this,
            [this] { closeCurrentRound(RetestRoundCloser::Action::Cancel); });
    connect(m_completeRoundAction, &QAction::triggered, this,
            [this] { closeCurrentRound(RetestRoundCloser::Action::Complete); });
    connect(m_refreshAction, &QAction::triggered, this, &RetestRoundsPanel::refresh);
    m_roundsView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_roundsView, &QWidget::customContextMenuRequested, this, &RetestRoundsPanel::showContextMenu);
    connect(m_closer, &RetestRoundCloser::projectRefreshed, this, [this](const Project& p) {
        if (p.id() != m_project.id())
            return;
        applyProject(p);
        Q_EMIT projectRefreshed(p);
    });
    connect(m_closer, &RetestRoundCloser::roundClosed, this,
            [this](const Project& p, int, RetestRoundCloser::Action, const QString& message) {
                Q_EMIT statusMessagePosted(message);
                if (p.id() != m_project.id()) {
                    updateActions();
                    return;
                }
                // The table and the calendar show the new status at once; the re-read brings the rest
                // (the completed date, the retested vulnerabilities).
                applyProject(p);
                Q_EMIT projectRefreshed(p);
                refresh();
            });
    connect(m_closer, &RetestRoundCloser::closeFailed, this,
            [this](const QString&, int, RetestRoundCloser::Action action, const QString& message) {
                updateActions();
                Q_EMIT statusMessagePosted(message);
                Dialogs::warn(this, tr("%1 round").arg(RetestRoundCloser::verb(action)), message);
            });
    connect(m_exportIcsAction, &QAction::triggered, this, &RetestRoundsPanel::exportIcs);
    connect(m_roundsView, &QTableView::activated, this, &RetestRoundsPanel::openUpdateRound);
    connect(m_roundsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RetestRoundsPanel::updateActions);
    connect(m_roundsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RetestRoundsPanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RetestRoundsPanel::updateActions);
    updateActions();
}

RetestRoundsPanel::~RetestRoundsPanel()
{
    if (m_refreshCall)
        RetestCalls::cancel(m_refreshCall);
}

void RetestRoundsPanel::setProject(const Project& project)
{
    applyProject(project);
}

void RetestRoundsPanel::applyProject(const Project& project)
{
    const int selectedRound =
        m_roundsView->currentIndex().data(RetestRoundListModel::RoundNumberRole).toInt();
    const bool sameProject = project.id() == m_project.id();
    m_project = project;
    m_model->setRounds(project.id(), project.facts().retestRounds);
    m_titleLabel->setText(project.id().isEmpty()
                              ? tr("No project selected")
                              : tr("<b>Retest rounds</b> — %1").arg(project.name().toHtmlEscaped()));
    QStringList notices;
    if (project.isOnHold())
        notices << tr("The project is on hold.");
    if (!project.id().isEmpty() && !project.isRetestingEnabled())
        notices << tr("Retesting is disabled on this project.");
    m_noticeLabel->setText(notices.join(u' '));
    m_noticeLabel->setVisible(!notices.isEmpty());
    if (sameProject && selectedRound > 0) {
        auto* proxy = static_cast<QSortFilterProxyModel*>(m_roundsView->model());
        const int row = m_model->rowOfRound(selectedRound);
        if (row >= 0)
            m_roundsView->setCurrentIndex(proxy->mapFromSource(m_model->index(row, 0)));
    }
    updateActions();
}

void RetestRoundsPanel::updateActions()
{
    const bool hasProject = !m_project.id().isEmpty();
    m_newRetestAction->setEnabled(hasProject && m_client);
    m_refreshAction->setEnabled(hasProject && m_client);
    m_exportIcsAction->setEnabled(hasProject);
    m_updateRoundAction->setEnabled(hasProject && m_client && m_roundsView->currentIndex().isValid());
    // A cancelled or completed round offers neither; one close at a time.
    const std::optional<RetestRound> round = currentRound();
    const bool closable = hasProject && m_client && round && round->isOpen() && !m_closer->isBusy();
    m_cancelRoundAction->setEnabled(closable);
    m_completeRoundAction->setEnabled(closable);
    m_emptyLabel->setVisible(hasProject && m_model->rowCount() == 0);
}

void RetestRoundsPanel::refresh()
{
    if (m_project.id().isEmpty() || m_refreshCall)
        return;
    const QString id = m_project.id();
    Q_EMIT statusMessagePosted(tr("Reloading %1…").arg(m_project.name()));
    m_refreshCall = RetestCalls::fetchProject(m_client, this, id, [this, id](const ApiResult<Project>& r) {
        m_refreshCall = nullptr;
        if (id != m_project.id())
            return; // another project was selected meanwhile
        if (!r.isOk()) {
            Q_EMIT statusMessagePosted(tr("Could not reload the project: %1").arg(r.error().userMessage()));
            return;
        }
        applyProject(r.value());
        Q_EMIT projectRefreshed(r.value());
        checkForDuplicates(r.value());
    });
}

void RetestRoundsPanel::openNewRetest()
{
    if (m_project.id().isEmpty())
        return;
    auto* dialog = new RequestRetestDialog(m_client, m_project, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOtherProjects(m_others);
    connect(dialog, &RequestRetestDialog::projectRefreshed, this, [this](const Project& p) {
        if (p.id() != m_project.id())
            return;
        applyProject(p);
        Q_EMIT projectRefreshed(p);
    });
    const QList<RetestRound> before = m_project.facts().retestRounds;
    connect(dialog, &RequestRetestDialog::retestRequested, this,
            [this, before](const QString& projectId, const RetestRequest& request, const QString& status) {
                m_sent = SentRequest{projectId, before, request};
                Q_EMIT statusMessagePosted(status.isEmpty() ? tr("Retest requested.") : status);
                refresh();
            });
    dialog->open();
}

void RetestRoundsPanel::openUpdateRound()
{
    const QModelIndex current = m_roundsView->currentIndex();
    if (!current.isValid() || !m_client)
        return;
    const int row = m_model->rowOfRound(current.data(RetestRoundListModel::RoundNumberRole).toInt());
    if (row < 0)
        return;
    auto* dialog = new UpdateRoundDialog(m_client, m_project.id(), m_model->displayedRound(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UpdateRoundDialog::roundUpdated, this,
            [this](const QString& projectId, int round, const RetestRoundUpdate& sent) {
                m_model->rememberSent(projectId, round, sent);
                Q_EMIT statusMessagePosted(tr("Retest round %1 updated.").arg(round));
                refresh();
            });
    dialog->open();
}

std::optional<RetestRound> RetestRoundsPanel::currentRound() const
{
    const QModelIndex current = m_roundsView->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    const int row = m_model->rowOfRound(current.data(RetestRoundListModel::RoundNumberRole).toInt());
    if (row < 0)
        return std::nullopt;
    return m_model->rounds().at(row);
}

void RetestRoundsPanel::closeCurrentRound(RetestRoundCloser::Action action)
{
    const std::optional<RetestRound> round = currentRound();
    if (!round || !round->isOpen() || m_closer->isBusy() || !m_client)
        return;
    const bool cancel = action == RetestRoundCloser::Action::Cancel;
    const QString what = RetestRoundCloser::describe(*round);
    const QString text = cancel ? tr("Cancel retest %1 of %2? The round stays in the history as Cancelled.")
                                      .arg(what, m_project.name())
                                : tr("Mark retest %1 of %2 as completed?").arg(what, m_project.name());
    const Project project = m_project;
    const int number = round->number;
    Dialogs::ask(
        this, tr("%1 retest round %2").arg(RetestRoundCloser::verb(action)).arg(number), text,
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No,
        [this, project, number, action, cancel](QMessageBox::StandardButton answer) {
            if (answer != QMessageBox::Yes || project.id() != m_project.id())
                return;
            if (!m_closer->close(m_project, number, action))
                return;
            Q_EMIT statusMessagePosted(
                tr("%1 retest round %2…").arg(cancel ? tr("Cancelling") : tr("Completing")).arg(number));
            updateActions();
        },
        {{QMessageBox::Yes, cancel ? tr("Cancel round") : tr("Complete round")},
         {QMessageBox::No, cancel ? tr("Keep round") : tr("Not yet")}});
}

void RetestRoundsPanel::showContextMenu(const QPoint& pos)
{
    const QModelIndex index = m_roundsView->indexAt(pos);
    if (index.isValid())
        m_roundsView->setCurrentIndex(index);
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setObjectName(u"roundsContextMenu"_s);
    menu->addAction(m_newRetestAction);
    menu->addSeparator();
    menu->addAction(m_updateRoundAction);
    menu->addAction(m_cancelRoundAction);
    menu->addAction(m_completeRoundAction);
    menu->popup(m_roundsView->viewport()->mapToGlobal(pos));
}

void RetestRoundsPanel::exportIcs()
{
    if (m_project.id().isEmpty())
        return;
    QString base = m_project.code().isEmpty() ? m_project.id() : m_project.code();
    base.replace(QRegularExpression(u"[^A-Za-z0-9_-]+"_s), u"-"_s);
    IcsFileSaver::save(this, u"%1-retests.ics"_s.arg(base), IcsExporter::exportProject(m_project),
                       [this](bool, const QString& message) { Q_EMIT statusMessagePosted(message); });
}

void RetestRoundsPanel::checkForDuplicates(const Project& after)
{
    if (!m_sent || m_sent->projectId != after.id())
        return;
    const SentRequest sent = *std::exchange(m_sent, std::nullopt);
    const QList<RetestRound> created =
        RetestPlanning::createdRounds(sent.roundsBefore, after.facts().retestRounds, sent.request);
    if (created.size() < 2)
        return;
    QStringList numbers;
    for (const RetestRound& r : created)
        numbers << QString::number(r.number);
    const QString text =
        tr("The project now has %1 new retest rounds with the window you sent (rounds %2): the "
           "request reached the server more than once. Cancel the extra rounds in AttackForge.")
            .arg(created.size())
            .arg(numbers.join(u", "_s));
    Q_EMIT statusMessagePosted(text);
    Dialogs::warn(this, tr("Duplicate retest rounds"), text);
}
