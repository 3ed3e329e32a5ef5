#include "ui/retest/RetestCalendarView.h"
#include "ui/common/ActionIcons.h"
#include "ui/common/FittedRowDelegate.h"
#include "ui/common/ThemeColors.h"

#include "models/IcsExporter.h"
#include "ui/retest/DayEntriesModel.h"
#include "ui/retest/IcsFileSaver.h"
#include "ui/retest/RequestRetestDialog.h"
#include "ui/retest/RetestCalls.h"
#include "ui/retest/RetestMonthGrid.h"
#include "ui/retest/RetestTimeline.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHash>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QSet>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString swatch(const QColor& color, const QString& text)
{
    return u"<span style=\"color:%1\">■</span> %2"_s.arg(color.name(), text);
}
} // namespace

RetestCalendarView::RetestCalendarView(QWidget* parent)
    : QWidget(parent)
    , m_refreshTimer(new QTimer(this))
    , m_previousButton(new QToolButton(this))
    , m_todayButton(new QToolButton(this))
    , m_nextButton(new QToolButton(this))
    , m_monthLabel(new QLabel(this))
    , m_groupCombo(new QComboBox(this))
    , m_onHoldCheck(new QCheckBox(tr("Show on-hold projects"), this))
    , m_rangesCheck(new QCheckBox(tr("Project dates"), this))
    , m_retestsCheck(new QCheckBox(tr("Retest windows"), this))
    , m_exportIcsButton(new QToolButton(this))
    , m_viewTabs(new QTabWidget(this))
    , m_monthGrid(new RetestMonthGrid(&m_indexer.index(), this))
    , m_timeline(new RetestTimeline(&m_indexer.index(), this))
    , m_dayLabel(new QLabel(this))
    , m_dayList(new QListView(this))
    , m_dayEntries(new DayEntriesModel(this))
    , m_legendLabel(new QLabel(this))
    , m_exportIcsAction(new QAction(tr("Export calendar (.ics)…"), this))
{
    m_previousButton->setObjectName(u"previousButton"_s);
    m_todayButton->setObjectName(u"todayButton"_s);
    m_nextButton->setObjectName(u"nextButton"_s);
    m_monthLabel->setObjectName(u"monthLabel"_s);
    m_groupCombo->setObjectName(u"groupCombo"_s);
    m_onHoldCheck->setObjectName(u"onHoldCheck"_s);
    m_rangesCheck->setObjectName(u"rangesCheck"_s);
    m_retestsCheck->setObjectName(u"retestsCheck"_s);
    m_exportIcsButton->setObjectName(u"exportIcsButton"_s);
    m_monthGrid->setObjectName(u"monthGrid"_s);
    m_timeline->setObjectName(u"timeline"_s);
    m_viewTabs->setObjectName(u"viewTabs"_s);
    m_viewTabs->addTab(m_monthGrid, tr("&Month"));
    m_viewTabs->addTab(m_timeline, tr("Time&line"));
    m_viewTabs->setDocumentMode(true);
    m_dayLabel->setObjectName(u"dayLabel"_s);
    m_dayList->setObjectName(u"dayList"_s);
    m_dayList->setModel(m_dayEntries);
    // Every item has two lines, neither wrapped (a long title is elided in the middle, and whole in
    // its tooltip): laying out a day with thousands of windows measures one item, not each, and a
    // wrapped title would be cut off at the first item's height.
    m_dayList->setUniformItemSizes(true);
    m_dayList->setWordWrap(false);
    m_dayList->setTextElideMode(Qt::ElideMiddle);
    m_dayList->setItemDelegate(new FittedRowDelegate(m_dayList));
    m_dayList->setResizeMode(QListView::Adjust); // the items follow the panel's width
    m_legendLabel->setObjectName(u"legendLabel"_s);
    m_exportIcsAction->setIcon(ActionIcons::icon(u"document-export"_s));
    m_exportIcsAction->setObjectName(u"exportIcsAction"_s);

    m_previousButton->setText(u"◀"_s);
    m_previousButton->setAccessibleName(tr("Previous month"));
    m_previousButton->setToolTip(tr("Previous month (Page Up)"));
    m_previousButton->setShortcut(QKeySequence(Qt::Key_PageUp));
    m_nextButton->setText(u"▶"_s);
    m_nextButton->setAccessibleName(tr("Next month"));
    m_nextButton->setToolTip(tr("Next month (Page Down)"));
    m_nextButton->setShortcut(QKeySequence(Qt::Key_PageDown));
    m_todayButton->setText(tr("Today"));
    m_todayButton->setAccessibleName(tr("Today"));
    QFont bold = m_monthLabel->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_monthLabel->setFont(bold);
    m_monthLabel->setMinimumWidth(150);

    auto* groupLabel = new QLabel(tr("&Group"), this);
    groupLabel->setBuddy(m_groupCombo);
    m_groupCombo->setAccessibleName(tr("Group"));
    m_groupCombo->addItem(tr("All groups"), QString());
    m_groupCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_onHoldCheck->setAccessibleName(m_onHoldCheck->text());
    m_onHoldCheck->setChecked(true);
    m_rangesCheck->setAccessibleName(m_rangesCheck->text());
    m_rangesCheck->setChecked(true);
    m_retestsCheck->setAccessibleName(m_retestsCheck->text());
    m_retestsCheck->setChecked(true);
    m_exportIcsAction->setToolTip(tr("Save what the calendar shows (current filter) as an iCalendar file"));
    m_exportIcsButton->setDefaultAction(m_exportIcsAction);
    m_exportIcsButton->setAccessibleName(tr("Export calendar (.ics)"));
    m_dayList->setAccessibleName(tr("Scheduled on the selected day"));
    m_dayLabel->setBuddy(m_dayList);
    m_dayLabel->setWordWrap(true);

    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(m_previousButton);
    toolbar->addWidget(m_todayButton);
    toolbar->addWidget(m_nextButton);
    toolbar->addWidget(m_monthLabel);
    toolbar->addStretch(1);
    toolbar->addWidget(groupLabel);
    toolbar->addWidget(m_groupCombo);
    toolbar->addWidget(m_onHoldCheck);
    toolbar->addWidget(m_rangesCheck);
    toolbar->addWidget(m_retestsCheck);
    toolbar->addWidget(m_exportIcsButton);

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_dayLabel);
    sideLayout->addWidget(m_dayList, 1);
    // Wide enough for the longest second line of the day list, a retest window's.
    const int detailsWidth =
        m_dayList->fontMetrics().horizontalAdvance(u"Requested · 2026-12-31 → 2026-12-31"_s);
    side->setMinimumWidth(std::max(220, detailsWidth + 60)); // its dot, margins and a scroll bar

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_viewTabs);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    m_legendLabel->setText(
        QStringList{swatch(ThemeColors::category(ThemeColors::Category::ProjectDates), tr("Project dates")),
                    swatch(ThemeColors::category(ThemeColors::Category::OnHold), tr("On hold")),
                    swatch(ThemeColors::category(ThemeColors::Category::Requested), tr("Retest requested")),
                    swatch(ThemeColors::category(ThemeColors::Category::Completed), tr("Retest completed")),
                    swatch(ThemeColors::category(ThemeColors::Category::Cancelled), tr("Retest cancelled")),
                    tr("→ open-ended window (no end date)")}
            .join(u"&nbsp;&nbsp;&nbsp;"_s));
    m_legendLabel->setTextFormat(Qt::RichText);
    m_legendLabel->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_legendLabel);

    setTabOrder(m_previousButton, m_todayButton);
    setTabOrder(m_todayButton, m_nextButton);
    setTabOrder(m_nextButton, m_groupCombo);
    setTabOrder(m_groupCombo, m_onHoldCheck);
    setTabOrder(m_onHoldCheck, m_rangesCheck);
    setTabOrder(m_rangesCheck, m_retestsCheck);
    setTabOrder(m_retestsCheck, m_exportIcsButton);
    setTabOrder(m_exportIcsButton, m_viewTabs);
    setTabOrder(m_viewTabs, m_monthGrid);
    setTabOrder(m_monthGrid, m_timeline);
    setTabOrder(m_timeline, m_dayList);

    connect(m_previousButton, &QToolButton::clicked, this, [this] {
        const QDate d = QDate(m_monthGrid->year(), m_monthGrid->month(), 1).addMonths(-1);
        m_monthGrid->setMonth(d.year(), d.month());
    });
    connect(m_nextButton, &QToolButton::clicked, this, [this] {
        const QDate d = QDate(m_monthGrid->year(), m_monthGrid->month(), 1).addMonths(1);
        m_monthGrid->setMonth(d.year(), d.month());
    });
    connect(m_todayButton, &QToolButton::clicked, this,
            [this] { m_monthGrid->setSelectedDay(m_indexer.today()); });
    connect(m_monthGrid, &RetestMonthGrid::monthChanged, this, &RetestCalendarView::updateMonthLabel);
    connect(m_timeline, &RetestTimeline::projectActivated, this, &RetestCalendarView::projectActivated);
    connect(m_timeline, &RetestTimeline::retestRequested, this, &RetestCalendarView::requestRetest);
    connect(m_monthGrid, &RetestMonthGrid::retestRequested, this, &RetestCalendarView::requestFromMonth);
    // From the day list, Ctrl+N requests a retest of the chosen item's project over the grid's days.
    auto* requestFromList = new QAction(tr("Request &retest…"), m_dayList);
    requestFromList->setObjectName(u"dayListRequestRetestAction"_s);
    m_dayList->addAction(requestFromList);
    m_dayList->installEventFilter(this);
    m_dayList->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(requestFromList, &QAction::triggered, this,
            [this] { requestFromMonth(m_monthGrid->rangeFirst(), m_monthGrid->rangeLast()); });
    connect(m_monthGrid, &RetestMonthGrid::daySelected, this, &RetestCalendarView::showDay);
    connect(m_groupCombo, &QComboBox::currentIndexChanged, this, &RetestCalendarView::applyFilter);
    connect(m_onHoldCheck, &QCheckBox::toggled, this, &RetestCalendarView::applyFilter);
    connect(m_rangesCheck, &QCheckBox::toggled, this, &RetestCalendarView::applyFilter);
    connect(m_retestsCheck, &QCheckBox::toggled, this, &RetestCalendarView::applyFilter);
    connect(m_dayList, &QListView::activated, this, &RetestCalendarView::onItemActivated);
    connect(m_exportIcsAction, &QAction::triggered, this, &RetestCalendarView::exportIcs);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(200);
    connect(m_refreshTimer, &QTimer::timeout, this, &RetestCalendarView::refreshShownParts);
    connect(&m_indexer, &CalendarIndexer::indexChanged, this, [this](bool whole) {
        if (whole)
            showRebuiltIndex();
        else
            showIndexChange();
    });
    updateMonthLabel();
    showDay(m_monthGrid->selectedDay());
}

void RetestCalendarView::setProjects(const QList<ProjectSummary>& projects, const Catalog& catalog)
{
    m_catalog = catalog;
    m_groupNames.clear();
    refreshGroups(projects);
    applyFilter();
    m_indexer.setProjects(projects);
}

void RetestCalendarView::setProjects(const QList<Project>& projects, const Catalog& catalog)
{
    QList<ProjectSummary> summaries;
    for (const Project& p : projects)
        summaries.append(ProjectSummary::fromProject(p));
    setProjects(summaries, catalog);
}

void RetestCalendarView::addProjects(const QList<ProjectSummary>& batch)
{
    refreshGroups(batch);
    m_indexer.addProjects(batch); // shown when indexed (indexChanged)
}

void RetestCalendarView::updateProject(const ProjectSummary& project)
{
    refreshGroups({project});
    m_indexer.updateProject(project);
}

void RetestCalendarView::setCatalog(const Catalog& catalog)
{
    m_catalog = catalog;
    refreshGroups({});
}

void RetestCalendarView::refreshGroups(const QList<ProjectSummary>& added)
{
    // Only new group ids change the combo: a batch of a large list usually brings none.
    bool changed = added.isEmpty();
    for (const ProjectSummary& p : added) {
        for (qsizetype i = 0; i < p.groupIds.size(); ++i) {
            const QString& id = p.groupIds.at(i);
            const QString name = p.groupNames.value(i);
            const auto known = m_groupNames.constFind(id);
            const bool better = known != m_groupNames.cend() && *known == id && !name.isEmpty() && name != id;
            if (known == m_groupNames.cend() || better) {
                m_groupNames.insert(id, name);
                changed = true;
            }
        }
    }
    if (!changed)
        return;
    QList<QPair<QString, QString>> groups; // name, id
    for (auto it = m_groupNames.cbegin(); it != m_groupNames.cend(); ++it) {
        QString name = m_catalog.groupName(it.key());
        if (name.isEmpty() || name == it.key())
            name = it.value();
        groups.append({name.isEmpty() ? it.key() : name, it.key()});
    }
    std::sort(groups.begin(), groups.end());
    const QString current = m_groupCombo->currentData().toString();
    const QSignalBlocker blocker(m_groupCombo);
    m_groupCombo->clear();
    m_groupCombo->addItem(tr("All groups"), QString());
    for (const auto& [name, id] : std::as_const(groups))
        m_groupCombo->addItem(name, id);
    m_groupCombo->setCurrentIndex(std::max(0, m_groupCombo->findData(current)));
}

void RetestCalendarView::showIndexChange()
{
    m_exportIcsAction->setEnabled(!index().entries().isEmpty());
    m_stale = true;
    if (!m_refreshTimer->isActive())
        m_refreshTimer->start();
}

void RetestCalendarView::refreshShownParts()
{
    if (!m_stale || !isVisible())
        return; // the timeline's rows and the day list are rebuilt when the calendar is shown
    m_stale = false;
    m_monthGrid->update();
    m_timeline->reload();
    showDay(m_monthGrid->selectedDay());
}

void RetestCalendarView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refreshShownParts();
}

void RetestCalendarView::showRebuiltIndex()
{
    m_refreshTimer->stop();
    m_stale = false;
    m_exportIcsAction->setEnabled(!index().entries().isEmpty());
    m_monthGrid->update();
    m_timeline->reload();
    showDay(m_monthGrid->selectedDay());
}

void RetestCalendarView::setToday(QDate today)
{
    m_monthGrid->setSelectedDay(today);
    m_indexer.setToday(today);
}

void RetestCalendarView::applyFilter()
{
    CalendarIndex::Filter filter;
    filter.groupId = m_groupCombo->currentData().toString();
    filter.includeOnHold = m_onHoldCheck->isChecked();
    filter.showProjectRanges = m_rangesCheck->isChecked();
    filter.showRetestWindows = m_retestsCheck->isChecked();
    m_indexer.setFilter(filter); // shown when rebuilt (indexChanged)
}

void RetestCalendarView::updateMonthLabel()
{
    // The timeline shows the month in view with one month before and two after.
    m_timeline->setSpan(QDate(m_monthGrid->year(), m_monthGrid->month(), 1).addMonths(-1), 4);
    m_monthLabel->setText(
        QLocale().toString(QDate(m_monthGrid->year(), m_monthGrid->month(), 1), u"MMMM yyyy"_s));
}

void RetestCalendarView::showDay(QDate day)
{
    QList<CalendarEntry> entries = index().entriesOn(day);
    m_dayLabel->setText(u"<b>%1</b> — %2"_s.arg(QLocale().toString(day, QLocale::LongFormat))
                            .arg(entries.isEmpty()     ? tr("nothing scheduled")
                                 : entries.size() == 1 ? tr("1 item")
                                                       : tr("%n items", nullptr, int(entries.size()))));
    m_dayEntries->setEntries(std::move(entries));
}

void RetestCalendarView::onItemActivated(const QModelIndex& item)
{
    if (item.isValid())
        Q_EMIT projectActivated(item.data(DayEntriesModel::ProjectIdRole).toString());
}

bool RetestCalendarView::eventFilter(QObject* watched, QEvent* event)
{
    // Ctrl+N in the day list: taken as a key press (not the window's "new retest" shortcut, which would
    // be ambiguous) and turned into a request for the chosen item's project over the grid's days.
    if (watched == m_dayList &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) &&
        static_cast<QKeyEvent*>(event)->matches(QKeySequence::New)) {
        event->accept();
        if (event->type() == QEvent::KeyPress)
            requestFromMonth(m_monthGrid->rangeFirst(), m_monthGrid->rangeLast());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void RetestCalendarView::requestFromMonth(QDate first, QDate last)
{
    const QModelIndex current = m_dayList->currentIndex();
    if (current.isValid() && m_dayList->selectionModel()->isSelected(current)) {
        requestRetest(current.data(DayEntriesModel::ProjectIdRole).toString(), first, last);
        return;
    }
    if (m_indexer.projects().isEmpty()) {
        Q_EMIT statusMessagePosted(tr("No project is loaded."));
        return;
    }
    auto* picker = new QInputDialog(this);
    picker->setObjectName(u"projectPicker"_s);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setWindowTitle(tr("Request a retest"));
    picker->setLabelText(tr("Retest which project from %1 to %2?")
                             .arg(QLocale().toString(first, QLocale::ShortFormat),
                                  QLocale().toString(last, QLocale::ShortFormat)));
    QStringList names;
    for (const ProjectSummary& p : m_indexer.projects())
        names << u"%1 (%2)"_s.arg(p.name, p.code.isEmpty() ? p.id : p.code);
    picker->setComboBoxItems(names);
    picker->setComboBoxEditable(false);
    connect(picker, &QInputDialog::accepted, this, [this, picker, names, first, last] {
        const qsizetype row = names.indexOf(picker->textValue());
        if (row >= 0 && row < m_indexer.projects().size())
            requestRetest(m_indexer.projects().at(row).id, first, last);
    });
    picker->open();
}

void RetestCalendarView::requestRetest(const QString& projectId, QDate first, QDate last)
{
    const auto it = std::find_if(m_indexer.projects().begin(), m_indexer.projects().end(),
                                 [&projectId](const ProjectSummary& p) { return p.id == projectId; });
    if (it == m_indexer.projects().end())
        return;
    if (!m_client) {
        Q_EMIT statusMessagePosted(tr("Not connected: a retest cannot be requested."));
        return;
    }
    // The request dialog's warnings read the dates, hold state and rounds a summary has; the dialog
    // re-reads the project after the request.
    auto* dialog = new RequestRetestDialog(m_client, it->toProject(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindow(first, last);
    dialog->setOtherProjects(m_indexer.projects());
    connect(dialog, &RequestRetestDialog::projectRefreshed, this,
            [this](const Project& p) { Q_EMIT projectRefreshed(p); });
    connect(dialog, &RequestRetestDialog::retestRequested, this,
            [this](const QString& id, const RetestRequest&, const QString& status) {
                Q_EMIT statusMessagePosted(status.isEmpty() ? tr("Retest requested.") : status);
                rereadProject(id);
            });
    dialog->open();
}

void RetestCalendarView::rereadProject(const QString& projectId)
{
    RetestCalls::fetchProject(m_client, this, projectId, [this](const ApiResult<Project>& r) {
        if (!r.isOk()) {
            Q_EMIT statusMessagePosted(tr("Could not reload the project: %1").arg(r.error().userMessage()));
            return;
        }
        // Shown at once here; the main window also updates its list (and may call setProjects again).
        updateProject(ProjectSummary::fromProject(r.value()));
        Q_EMIT projectRefreshed(r.value());
    });
}

QByteArray RetestCalendarView::icsForCurrentFilter() const
{
    return IcsExporter::exportEntries(index().entries());
}

void RetestCalendarView::exportIcs()
{
    IcsFileSaver::save(this, u"forgedesk-retests.ics"_s, icsForCurrentFilter(),
                       [this](bool, const QString& message) { Q_EMIT statusMessagePosted(message); });
}
