#include "ui/retest/RetestRoundCloser.h"

#include "models/IsoDate.h"
#include "ui/retest/RetestCalls.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const RetestRound* findRound(const Project& project, int number)
{
    const QList<RetestRound>& rounds = project.facts().retestRounds;
    const auto it = std::find_if(rounds.begin(), rounds.end(),
                                 [number](const RetestRound& r) { return r.number == number; });
    return it == rounds.end() ? nullptr : &*it;
}

Project withStatus(Project project, int number, const QString& status)
{
    for (RetestRound& r : project.facts().retestRounds) {
        if (r.number == number)
            r.status = status;
    }
    return project;
}

} // namespace

RetestRoundCloser::RetestRoundCloser(SsapiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{}

QString RetestRoundCloser::verb(Action action)
{
    return action == Action::Cancel ? tr("Cancel") : tr("Complete");
}

QString RetestRoundCloser::pastTense(Action action)
{
    return action == Action::Cancel ? u"cancelled"_s : u"completed"_s;
}

QString RetestRoundCloser::resultingStatus(Action action)
{
    return action == Action::Cancel ? tr("Cancelled") : tr("Completed");
}

QString RetestRoundCloser::describe(const RetestRound& round)
{
    const QString end = round.windowEnd.isEmpty() ? u"open-ended"_s : IsoDate::displayDate(round.windowEnd);
    return tr("round %1 (window %2 – %3)")
        .arg(round.number)
        .arg(IsoDate::displayDate(round.windowStart), end);
}

bool RetestRoundCloser::close(const Project& project, int roundNumber, Action action)
{
    const RetestRound* round = findRound(project, roundNumber);
    if (m_busy || !round || !round->isOpen())
        return false;
    m_busy = true;
    const auto done = [this, project, roundNumber, action](const ApiResult<QString>& r) {
        if (r.isOk()) {
            m_busy = false;
            const QString text = r.value().isEmpty()
                                     ? tr("Retest round %1 %2.").arg(roundNumber).arg(pastTense(action))
                                     : r.value();
            Q_EMIT roundClosed(withStatus(project, roundNumber, resultingStatus(action)), roundNumber, action,
                               text);
            return;
        }
        if (r.error().leavesDoubt()) {
            checkAfterDoubt(project, roundNumber, action, r.error().userMessage());
            return;
        }
        m_busy = false;
        Q_EMIT closeFailed(
            project.id(), roundNumber, action,
            tr("Retest round %1 was not %2: %3")
                .arg(QString::number(roundNumber), pastTense(action), r.error().userMessage()));
    };
    if (action == Action::Cancel)
        RetestCalls::cancelRetestRound(m_client, this, project.id(), roundNumber, done);
    else
        RetestCalls::completeRetestRound(m_client, this, project.id(), roundNumber, done);
    return true;
}

void RetestRoundCloser::checkAfterDoubt(const Project& before, int roundNumber, Action action,
                                        const QString& failure)
{
    RetestCalls::fetchProject(
        m_client, this, before.id(),
        [this, roundNumber, action, failure, id = before.id()](const ApiResult<Project>& r) {
            m_busy = false;
            if (!r.isOk()) {
                Q_EMIT closeFailed(
                    id, roundNumber, action,
                    tr("%1 Checking the project failed too (%2): it is unknown whether round %3 was %4. Look "
                       "at the round before trying again.")
                        .arg(failure, r.error().userMessage(), QString::number(roundNumber),
                             pastTense(action)));
                return;
            }
            const Project& after = r.value();
            Q_EMIT projectRefreshed(after);
            const RetestRound* round = findRound(after, roundNumber);
            if (round && round->status.compare(resultingStatus(action), Qt::CaseInsensitive) == 0) {
                Q_EMIT roundClosed(after, roundNumber, action,
                                   tr("The server did not answer, but round %1 is now %2: it was %3. Nothing "
                                      "was sent again.")
                                       .arg(QString::number(roundNumber), round->status, pastTense(action)));
                return;
            }
            const QString now =
                round ? tr("is still %1").arg(round->status.isEmpty() ? tr("open") : round->status)
                      : tr("no longer exists");
            Q_EMIT closeFailed(
                id, roundNumber, action,
                tr("%1 The project was re-read: round %2 %3, so it was not %4. Nothing was sent "
                   "again.")
                    .arg(failure, QString::number(roundNumber), now, pastTense(action)));
        });
}
