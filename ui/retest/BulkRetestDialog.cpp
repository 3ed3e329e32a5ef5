#include "ui/retest/BulkRetestDialog.h"

#include "models/BulkRetestModel.h"
#include "models/IsoDate.h"
#include "models/RetestPlanning.h"
#include "ui/common/UtcDateEdit.h"
#include "ui/retest/RetestCalls.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using State = BulkRetestModel::State;

BulkRetestDialog::BulkRetestDialog(SsapiClient* client, const QList<Project>& projects, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_projects(projects)
    , m_model(new BulkRetestModel(this))
    , m_startEdit(new UtcDateEdit(this))
    , m_endEdit(new UtcDateEdit(this))
    , m_projectsView(new QTableView(this))
    , m_issuesLabel(new QLabel(this))
    , m_summaryLabel(new QLabel(this))
    , m_progressBar(new QProgressBar(this))
    , m_startButton(new QPushButton(u"&Request retests"_s, this))
    , m_retryButton(new QPushButton(u"Retry &failed"_s, this))
    , m_cancelButton(new QPushButton(u"&Stop"_s, this))
    , m_closeButton(new QPushButton(u"Close"_s, this))
{
    setObjectName(u"BulkRetestDialog"_s);
    setWindowTitle(u"Request retests for %1 projects"_s.arg(projects.size()));
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
    m_startEdit->setAccessibleName(u"Window start"_s);
    m_endEdit->setAccessibleName(u"Window end"_s);
    m_projectsView->setModel(m_model);
    m_projectsView->setAccessibleName(u"Projects"_s);
    m_projectsView->verticalHeader()->hide();
    m_projectsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_projectsView->setWordWrap(false);
    auto* header = m_projectsView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(BulkRetestModel::ProjectColumn, QHeaderView::Interactive);
    header->setStretchLastSection(true);
    m_projectsView->setColumnWidth(BulkRetestModel::ProjectColumn, 260);
    m_issuesLabel->setStyleSheet(u"QLabel { color: #b00020; }"_s);
    m_issuesLabel->setWordWrap(true);
    m_startButton->setDefault(true);
    m_cancelButton->setToolTip(u"Stop after the project being sent: the others are not started"_s);
    m_retryButton->setToolTip(u"Send again only the projects that failed"_s);

    auto* startLabel = new QLabel(u"Window &start"_s, this);
    auto* endLabel = new QLabel(u"Window &end"_s, this);
    startLabel->setBuddy(m_startEdit);
    endLabel->setBuddy(m_endEdit);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(startLabel, m_startEdit);
    form->addRow(endLabel, m_endEdit);
    auto* hint = new QLabel(u"Each included project gets one round with this window, covering all its "
                            "vulnerabilities in Retest status. Projects are sent one after the other."_s,
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
    connect(m_startButton, &QPushButton::clicked, this, &BulkRetestDialog::start);
    connect(m_retryButton, &QPushButton::clicked, this, &BulkRetestDialog::retryFailed);
    connect(m_cancelButton, &QPushButton::clicked, this, &BulkRetestDialog::cancelRun);
    connect(m_closeButton, &QPushButton::clicked, this, &BulkRetestDialog::reject);
    resize(820, 520);
    refresh();
}

BulkRetestDialog::~BulkRetestDialog()
{
    // An in-flight POST is left to finish on the server side; its answer is simply not awaited.
    m_queue.clear();
}

RetestRequest BulkRetestDialog::window() const
{
    RetestRequest r;
    r.windowStart = m_startEdit->utcValue();
    r.windowEnd = m_endEdit->utcValue();
    return r;
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
        issues << u"Include at least one project."_s;
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
    m_summaryLabel->setText(started ? u"%1 requested · %2 failed · %3 skipped · %4 not started"_s.arg(done)
                                          .arg(failed)
                                          .arg(skipped)
                                          .arg(cancelled)
                                    : u"%1 of %2 projects included"_s.arg(included).arg(rows.size()));
    m_startButton->setEnabled(!m_running && !started && issues.isEmpty());
    m_retryButton->setEnabled(!m_running && failed > 0 && issues.isEmpty());
    m_cancelButton->setEnabled(m_running && !m_queue.isEmpty());
    m_closeButton->setEnabled(!m_running);
    m_startEdit->setEnabled(!m_running && !started);
    m_endEdit->setEnabled(!m_running && !started);
    m_model->setLocked(m_running || started);
    m_progressBar->setVisible(started);
}

void BulkRetestDialog::start()
{
    QList<int> rows;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        if (m_model->row(i).included)
            rows << i;
        else
            m_model->setState(i, State::Skipped, u"Not included"_s);
    }
    m_window = window();
    run(rows);
}

void BulkRetestDialog::retryFailed()
{
    QList<int> rows;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        if (m_model->row(i).state == State::Failed)
            rows << i;
    }
    run(rows);
}

void BulkRetestDialog::run(const QList<int>& rows)
{
    if (rows.isEmpty() || m_running)
        return;
    m_queue = rows;
    for (int row : rows)
        m_model->setState(row, State::Pending, QString());
    m_total = int(rows.size());
    m_progressBar->setRange(0, m_total);
    m_progressBar->setValue(0);
    m_running = true;
    processNext();
}

void BulkRetestDialog::cancelRun()
{
    for (int row : std::as_const(m_queue))
        m_model->setState(row, State::Cancelled, u"Stopped before it started"_s);
    m_queue.clear();
    refresh();
}

void BulkRetestDialog::processNext()
{
    if (m_queue.isEmpty()) {
        m_running = false;
        m_current = -1;
        refresh();
        Q_EMIT runFinished();
        return;
    }
    m_current = m_queue.takeFirst();
    m_progressBar->setValue(m_total - int(m_queue.size()) - 1);
    refresh();
    if (m_unverified.contains(m_current))
        check(m_current, u"The earlier attempt's outcome was unknown."_s, true);
    else
        fetchScope(m_current);
}

void BulkRetestDialog::fetchScope(int row)
{
    m_model->setState(row, State::Fetching);
    const QString id = m_model->row(row).projectId;
    m_call = RetestCalls::fetchVulnerabilities(
        m_client, this, id, true, [this, row](const RetestCalls::Result<QList<Vulnerability>>& r) {
            m_call = nullptr;
            if (!r.ok()) {
                m_model->setState(row, State::Failed,
                                  u"Could not load vulnerabilities: %1"_s.arg(r.failure.message));
                finishRow();
                return;
            }
            QStringList ids;
            for (const Vulnerability& v : *r.value) {
                if (v.isReadyForRetest())
                    ids << v.id;
            }
            m_model->setVulnerabilityCount(row, int(ids.size()));
            if (ids.isEmpty()) {
                m_model->setState(row, State::Skipped, u"No vulnerability in Retest status"_s);
                finishRow();
                return;
            }
            send(row, ids);
        });
}

void BulkRetestDialog::send(int row, const QStringList& ids)
{
    m_model->setState(row, State::Sending);
    RetestRequest body = m_window;
    body.vulnerabilityIds = ids;
    const QString id = m_model->row(row).projectId;
    if (!m_roundsBefore.contains(row))
        m_roundsBefore.insert(row, m_projects.value(row).facts().retestRounds);
    m_call = RetestCalls::requestRetest(m_client, this, id, body,
                                        [this, row](const RetestCalls::Result<QString>& r) {
                                            m_call = nullptr;
                                            if (r.ok()) {
                                                confirm(row, *r.value);
                                            } else if (r.failure.doubtful) {
                                                check(row, r.failure.message, false);
                                            } else {
                                                m_model->setState(row, State::Failed, r.failure.message);
                                                finishRow();
                                            }
                                        });
}

void BulkRetestDialog::check(int row, const QString& failure, bool thenSend)
{
    m_model->setState(row, State::Checking, failure);
    const QString id = m_model->row(row).projectId;
    if (!m_roundsBefore.contains(row))
        m_roundsBefore.insert(row, m_projects.value(row).facts().retestRounds);
    m_call = RetestCalls::fetchProject(
        m_client, this, id, [this, row, failure, thenSend](const RetestCalls::Result<Project>& r) {
            m_call = nullptr;
            if (!r.ok()) {
                m_unverified.insert(row);
                m_model->setState(
                    row, State::Failed,
                    u"%1 Unknown whether the round was created (checking failed: %2); a retry checks "
                    "first."_s.arg(failure, r.failure.message));
                finishRow();
                return;
            }
            m_unverified.remove(row);
            Q_EMIT projectRefreshed(*r.value);
            const auto created = RetestPlanning::createdRound(m_roundsBefore.value(row),
                                                              r.value->facts().retestRounds, m_window);
            if (created) {
                m_model->setState(
                    row, State::Succeeded,
                    u"Round %1 exists with this window (the answer was lost: %2)"_s.arg(created->number)
                        .arg(failure));
                finishRow();
            } else if (thenSend) {
                fetchScope(row);
            } else {
                m_model->setState(row, State::Failed, u"%1 The round was not created."_s.arg(failure));
                finishRow();
            }
        });
}

void BulkRetestDialog::confirm(int row, const QString& status)
{
    // Re-read the project: the calendar gets the new round, and a request that reached the server twice
    // (QtNetwork resends a request whose connection closed before any answer) does not go unnoticed.
    m_model->setState(row, State::Checking, status);
    const QString id = m_model->row(row).projectId;
    m_call = RetestCalls::fetchProject(
        m_client, this, id, [this, row, status](const RetestCalls::Result<Project>& r) {
            m_call = nullptr;
            if (!r.ok()) {
                m_model->setState(row, State::Succeeded, status + u" (could not re-read the project)"_s);
                finishRow();
                return;
            }
            Q_EMIT projectRefreshed(*r.value);
            const QList<RetestRound> created = RetestPlanning::createdRounds(
                m_roundsBefore.value(row), r.value->facts().retestRounds, m_window);
            QStringList numbers;
            for (const RetestRound& round : created)
                numbers << QString::number(round.number);
            m_model->setState(
                row, State::Succeeded,
                created.size() > 1
                    ? u"Requested more than once: rounds %1 have this window; cancel the extra ones."_s.arg(
                          numbers.join(u", "_s))
                    : status);
            finishRow();
        });
}

void BulkRetestDialog::finishRow()
{
    m_progressBar->setValue(m_total - int(m_queue.size()));
    processNext();
}

void BulkRetestDialog::reject()
{
    if (!m_running)
        QDialog::reject();
}
