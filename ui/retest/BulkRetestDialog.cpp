#include "ui/retest/BulkRetestDialog.h"
#include "ui/common/ThemeColors.h"

#include "models/BulkRetestModel.h"
#include "models/IsoDate.h"
#include "ui/common/UtcDateEdit.h"
#include "ui/retest/BulkRetestRun.h"
#include "ui/retest/RetestCalls.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using State = BulkRetestModel::State;

BulkRetestDialog::BulkRetestDialog(SsapiClient* client, const QList<Project>& projects, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_model(new BulkRetestModel(this))
    , m_run(new BulkRetestRun(client, m_model, projects, this))
    , m_startEdit(new UtcDateEdit(this))
    , m_endEdit(new UtcDateEdit(this))
    , m_projectsView(new QTreeView(this))
    , m_issuesLabel(new QLabel(this))
    , m_summaryLabel(new QLabel(this))
    , m_progressBar(new QProgressBar(this))
    , m_startButton(new QPushButton(tr("&Request retests"), this))
    , m_retryButton(new QPushButton(tr("Retry &failed"), this))
    , m_cancelButton(new QPushButton(tr("&Stop"), this))
    , m_closeButton(new QPushButton(tr("Close"), this))
{
    setObjectName(u"BulkRetestDialog"_s);
    setWindowTitle(tr("Request retests for %n projects", nullptr, int(projects.size())));
    m_startEdit->setObjectName(u"startEdit"_s);
    m_endEdit->setObjectName(u"endEdit"_s);
    m_projectsView->setObjectName(u"projectsView"_s);
    m_issuesLabel->setObjectName(u"issuesLabel"_s);
    m_summaryLabel->setObjectName(u"summaryLabel"_s);
    m_progressBar->setObjectName(u"progressBar"_s);
    m_startButton->setObjectName(u"startButton"_s);
    m_retryButton->setObjectName(u"retryButton"_s);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    m_closeButton->setObjectName(u"closeButton"_s);

    m_model->setProjects(projects);
    m_startEdit->setAnchor(UtcDateEdit::Anchor::StartOfDay);
    m_startEdit->setUtcValue(IsoDate::startOfLocalDay(QDate::currentDate()));
    m_endEdit->setAnchor(UtcDateEdit::Anchor::EndOfDay);
    m_endEdit->setOptional(true);
    m_startEdit->setAccessibleName(tr("Window start"));
    m_endEdit->setAccessibleName(tr("Window end"));
    m_projectsView->setModel(m_model);
    m_projectsView->setAccessibleName(tr("Projects and their findings"));
    m_projectsView->setAccessibleDescription(
        tr("Right arrow expands a project to its findings ready for retest; Space ticks or unticks."));
    m_projectsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_projectsView->setUniformRowHeights(true);
    m_projectsView->setAllColumnsShowFocus(true);
    m_projectsView->setWordWrap(false);
    auto* header = m_projectsView->header();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(BulkRetestModel::ProjectColumn, QHeaderView::Interactive);
    header->setStretchLastSection(true);
    m_projectsView->setColumnWidth(BulkRetestModel::ProjectColumn, 260);
    m_issuesLabel->setStyleSheet(ThemeColors::textStyle(ThemeColors::Mark::Error, palette()));
    m_issuesLabel->setWordWrap(true);
    m_startButton->setDefault(true);
    m_cancelButton->setToolTip(tr("Stop after the project being sent: the others are not started"));
    m_retryButton->setToolTip(tr("Send again only the projects that failed"));

    auto* startLabel = new QLabel(tr("Window &start"), this);
    auto* endLabel = new QLabel(tr("Window &end"), this);
    startLabel->setBuddy(m_startEdit);
    endLabel->setBuddy(m_endEdit);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(startLabel, m_startEdit);
    form->addRow(endLabel, m_endEdit);
    auto* hint =
        new QLabel(tr("Each ticked project gets one round with this window, covering the findings "
                      "ticked under it: expand a project to see its vulnerabilities in Retest status, "
                      "all ticked at first. Projects are sent one after the other."),
                   this);
    hint->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_summaryLabel, 1);
    buttons->addWidget(m_startButton);
    buttons->addWidget(m_retryButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_closeButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_projectsView, 1);
    layout->addWidget(m_issuesLabel);
    layout->addWidget(m_progressBar);
    layout->addLayout(buttons);
    setTabOrder(m_startEdit, m_endEdit);
    setTabOrder(m_endEdit, m_projectsView);
    setTabOrder(m_projectsView, m_startButton);
    setTabOrder(m_startButton, m_retryButton);
    setTabOrder(m_retryButton, m_cancelButton);
    setTabOrder(m_cancelButton, m_closeButton);

    connect(m_startEdit, &UtcDateEdit::utcValueChanged, this, &BulkRetestDialog::refresh);
    connect(m_endEdit, &UtcDateEdit::utcValueChanged, this, &BulkRetestDialog::refresh);
    connect(m_model, &BulkRetestModel::inclusionChanged, this, &BulkRetestDialog::refresh);
    connect(m_model, &BulkRetestModel::findingsRequested, this, &BulkRetestDialog::loadFindings);
    connect(m_startButton, &QPushButton::clicked, this, [this] { m_run->start(window()); });
    connect(m_retryButton, &QPushButton::clicked, m_run, &BulkRetestRun::retryFailed);
    connect(m_cancelButton, &QPushButton::clicked, m_run, &BulkRetestRun::stop);
    connect(m_run, &BulkRetestRun::progressed, this, [this](int finished, int total) {
        m_progressBar->setRange(0, total);
        m_progressBar->setValue(finished);
        refresh();
    });
    connect(m_run, &BulkRetestRun::runFinished, this, &BulkRetestDialog::runFinished);
    connect(m_run, &BulkRetestRun::projectRefreshed, this, &BulkRetestDialog::projectRefreshed);
    connect(m_closeButton, &QPushButton::clicked, this, &BulkRetestDialog::reject);
    resize(820, 520);
    refresh();
}

BulkRetestDialog::~BulkRetestDialog() = default;

RetestRequest BulkRetestDialog::window() const
{
    RetestRequest r;
    r.windowStart = m_startEdit->utcValue();
    r.windowEnd = m_endEdit->utcValue();
    return r;
}

void BulkRetestDialog::loadFindings(const QString& projectId)
{
    // The same list the single request dialog offers: the project's findings in Retest status.
    RetestCalls::fetchVulnerabilities(
        m_client, this, projectId, true, [this, projectId](const ApiResult<QList<Vulnerability>>& r) {
            if (r.isOk())
                m_model->setFindings(projectId, r.value());
            else
                m_model->setFindingsFailed(
                    projectId, tr("Could not load its findings: %1").arg(r.error().userMessage()));
        });
}

void BulkRetestDialog::refresh()
{
    QStringList issues;
    for (const ValidationIssue& issue : window().validate()) {
        if (issue.field != u"vulnerability_ids"_s)
            issues << issue.message;
    }
    const auto& rows = m_model->rows();
    const int included =
        int(std::count_if(rows.begin(), rows.end(), [](const auto& r) { return r.included; }));
    if (included == 0)
        issues << tr("Include at least one project.");
    m_issuesLabel->setText(issues.join(u'\n'));
    m_issuesLabel->setVisible(!issues.isEmpty());

    int done = 0, failed = 0, skipped = 0, cancelled = 0;
    bool started = false;
    for (const auto& r : rows) {
        done += r.state == State::Succeeded;
        failed += r.state == State::Failed;
        skipped += r.state == State::Skipped;
        cancelled += r.state == State::Cancelled;
        started = started || r.state != State::Pending;
    }
    m_summaryLabel->setText(started
                                ? tr("%1 requested · %2 failed · %3 skipped · %4 not started")
                                      .arg(done)
                                      .arg(failed)
                                      .arg(skipped)
                                      .arg(cancelled)
                                : tr("%1 of %n projects included", nullptr, int(rows.size())).arg(included));
    const bool running = m_run->isRunning();
    m_startButton->setEnabled(!running && !started && issues.isEmpty());
    m_retryButton->setEnabled(!running && failed > 0 && issues.isEmpty());
    m_cancelButton->setEnabled(running && m_run->hasQueued());
    m_closeButton->setEnabled(!running);
    m_startEdit->setEnabled(!running && !started);
    m_endEdit->setEnabled(!running && !started);
    m_model->setLocked(running || started);
    m_progressBar->setVisible(started);
}

void BulkRetestDialog::reject()
{
    if (!m_run->isRunning())
        QDialog::reject();
}

bool BulkRetestDialog::isRunning() const
{
    return m_run->isRunning();
}
