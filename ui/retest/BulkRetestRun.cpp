#include "ui/retest/BulkRetestRun.h"

#include "models/BulkRetestModel.h"
#include "models/RetestPlanning.h"
#include "ui/retest/RetestCalls.h"

using namespace Qt::StringLiterals;
using State = BulkRetestModel::State;

BulkRetestRun::BulkRetestRun(SsapiClient* client, BulkRetestModel* model, const QList<Project>& projects,
                             QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
    , m_projects(projects)
{}

void BulkRetestRun::start(const RetestRequest& window)
{
    if (m_running)
        return;
    QList<int> rows;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        const BulkRetestModel::Row& r = m_model->row(i);
        if (r.included)
            rows << i;
        else
            m_model->setState(i, State::Skipped,
                              r.findingsLoaded && !r.findings.isEmpty() ? tr("No finding ticked")
                                                                        : tr("Not included"));
    }
    m_window = window;
    m_window.vulnerabilityIds.clear();
    run(rows);
}

void BulkRetestRun::retryFailed()
{
    QList<int> rows;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        if (m_model->row(i).state == State::Failed)
            rows << i;
    }
    run(rows);
}

void BulkRetestRun::run(const QList<int>& rows)
{
    if (rows.isEmpty() || m_running)
        return;
    m_queue = rows;
    for (int row : rows)
        m_model->setState(row, State::Pending, QString());
    m_total = int(rows.size());
    m_running = true;
    processNext();
}

void BulkRetestRun::stop()
{
    for (int row : std::as_const(m_queue))
        m_model->setState(row, State::Cancelled, tr("Stopped before it started"));
    m_queue.clear();
    Q_EMIT progressed(finishedCount(), m_total);
}

void BulkRetestRun::processNext()
{
    if (m_queue.isEmpty()) {
        m_running = false;
        m_current = -1;
        Q_EMIT progressed(m_total, m_total);
        Q_EMIT runFinished();
        return;
    }
    m_current = m_queue.takeFirst();
    Q_EMIT progressed(finishedCount(), m_total);
    if (m_unverified.contains(m_current))
        check(m_current, tr("The earlier attempt's outcome was unknown."), true);
    else
        fetchScope(m_current);
}

void BulkRetestRun::fetchScope(int row)
{
    if (m_model->row(row).findingsLoaded) {
        // The user saw this project's findings (and may have unticked some): exactly the ticked ones
        // are sent, not a fresh list that could hold findings nobody looked at.
        const QStringList ids = m_model->tickedIds(row);
        m_model->setVulnerabilityCount(row, int(ids.size()));
        if (ids.isEmpty()) {
            m_model->setState(row, State::Skipped,
                              m_model->row(row).findings.isEmpty() ? tr("No vulnerability in Retest status")
                                                                   : tr("No finding ticked"));
            finishRow();
            return;
        }
        send(row, ids);
        return;
    }
    m_model->setState(row, State::Fetching);
    const QString id = m_model->row(row).projectId;
    m_call = RetestCalls::fetchVulnerabilities(
        m_client, this, id, true, [this, row, id](const ApiResult<QList<Vulnerability>>& r) {
            m_call = nullptr;
            if (!r.isOk()) {
                m_model->setState(row, State::Failed,
                                  tr("Could not load vulnerabilities: %1").arg(r.error().userMessage()));
                finishRow();
                return;
            }
            // Never expanded: all its findings ready for retest, now listed under its row.
            m_model->setFindings(id, r.value());
            const QStringList ids = m_model->tickedIds(row);
            m_model->setVulnerabilityCount(row, int(ids.size()));
            if (ids.isEmpty()) {
                m_model->setState(row, State::Skipped, tr("No vulnerability in Retest status"));
                finishRow();
                return;
            }
            send(row, ids);
        });
}

void BulkRetestRun::rememberRoundsBefore(int row)
{
    if (!m_roundsBefore.contains(row))
        m_roundsBefore.insert(row, m_projects.value(row).facts().retestRounds);
}

void BulkRetestRun::send(int row, const QStringList& ids)
{
    m_model->setState(row, State::Sending);
    RetestRequest body = m_window;
    body.vulnerabilityIds = ids;
    const QString id = m_model->row(row).projectId;
    rememberRoundsBefore(row);
    m_call = RetestCalls::requestRetest(m_client, this, id, body, [this, row](const ApiResult<QString>& r) {
        m_call = nullptr;
        if (r.isOk()) {
            confirm(row, r.value());
        } else if (r.error().leavesDoubt()) {
            check(row, r.error().userMessage(), false);
        } else {
            m_model->setState(row, State::Failed, r.error().userMessage());
            finishRow();
        }
    });
}

void BulkRetestRun::check(int row, const QString& failure, bool thenSend)
{
    m_model->setState(row, State::Checking, failure);
    const QString id = m_model->row(row).projectId;
    rememberRoundsBefore(row);
    m_call = RetestCalls::fetchProject(
        m_client, this, id, [this, row, failure, thenSend](const ApiResult<Project>& r) {
            m_call = nullptr;
            if (!r.isOk()) {
                m_unverified.insert(row);
                m_model->setState(
                    row, State::Failed,
                    tr("%1 Unknown whether the round was created (checking failed: %2); a retry checks "
                       "first.")
                        .arg(failure, r.error().userMessage()));
                finishRow();
                return;
            }
            m_unverified.remove(row);
            Q_EMIT projectRefreshed(r.value());
            const auto created = RetestPlanning::createdRound(m_roundsBefore.value(row),
                                                              r.value().facts().retestRounds, m_window);
            if (created) {
                m_model->setState(row, State::Succeeded,
                                  tr("Round %1 exists with this window (the answer was lost: %2)")
                                      .arg(created->number)
                                      .arg(failure));
                finishRow();
            } else if (thenSend) {
                fetchScope(row);
            } else {
                m_model->setState(row, State::Failed, tr("%1 The round was not created.").arg(failure));
                finishRow();
            }
        });
}

void BulkRetestRun::confirm(int row, const QString& status)
{
    // Re-read the project: the calendar gets the new round, and a request that reached the server twice
    // (QtNetwork resends a request whose connection closed before any answer) does not go unnoticed.
    m_model->setState(row, State::Checking, status);
    const QString id = m_model->row(row).projectId;
    m_call = RetestCalls::fetchProject(m_client, this, id, [this, row, status](const ApiResult<Project>& r) {
        m_call = nullptr;
        if (!r.isOk()) {
            m_model->setState(row, State::Succeeded, status + tr(" (could not re-read the project)"));
            finishRow();
            return;
        }
        Q_EMIT projectRefreshed(r.value());
        const QList<RetestRound> created = RetestPlanning::createdRounds(
            m_roundsBefore.value(row), r.value().facts().retestRounds, m_window);
        QStringList numbers;
        for (const RetestRound& round : created)
            numbers << QString::number(round.number);
        m_model->setState(
            row, State::Succeeded,
            created.size() > 1
                ? tr("Requested more than once: rounds %1 have this window; cancel the extra ones.")
                      .arg(numbers.join(u", "_s))
                : status);
        finishRow();
    });
}

void BulkRetestRun::finishRow()
{
    m_current = -1;
    processNext();
}
