#include "models/RetestRoundListModel.h"

#include "models/IsoDate.h"

#include <algorithm>

using namespace Qt::StringLiterals;

RetestRoundListModel::RetestRoundListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void RetestRoundListModel::setRounds(const QString& projectId, const QList<RetestRound>& rounds)
{
    beginResetModel();
    m_projectId = projectId;
    m_rounds = rounds;
    std::sort(m_rounds.begin(), m_rounds.end(),
              [](const RetestRound& a, const RetestRound& b) { return a.number < b.number; });
    endResetModel();
}

void RetestRoundListModel::rememberSent(const QString& projectId, int round, const RetestRoundUpdate& sent)
{
    RetestRoundUpdate& memory = m_sent[projectId][round];
    if (!sent.requestedDate.isEmpty())
        memory.requestedDate = sent.requestedDate;
    if (!sent.completedDate.isEmpty())
        memory.completedDate = sent.completedDate;
    if (projectId != m_projectId)
        return;
    const int row = rowOfRound(round);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, RequestedColumn), index(row, CompletedColumn));
}

RetestRound RetestRoundListModel::displayedRound(int row) const
{
    RetestRound round = m_rounds.value(row);
    const RetestRoundUpdate memory = m_sent.value(m_projectId).value(round.number);
    if (round.requestedDate.isEmpty())
        round.requestedDate = memory.requestedDate;
    if (round.completedDate.isEmpty())
        round.completedDate = memory.completedDate;
    return round;
}

int RetestRoundListModel::rowOfRound(int number) const
{
    for (int row = 0; row < m_rounds.size(); ++row) {
        if (m_rounds.at(row).number == number)
            return row;
    }
    return -1;
}

int RetestRoundListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rounds.size());
}

int RetestRoundListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RetestRoundListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const RetestRound& round = m_rounds.at(index.row());
    const RetestRoundUpdate memory = m_sent.value(m_projectId).value(round.number);
    const bool requestedFromMemory = round.requestedDate.isEmpty() && !memory.requestedDate.isEmpty();
    const bool completedFromMemory = round.completedDate.isEmpty() && !memory.completedDate.isEmpty();
    const int column = index.column();

    if (role == RoundNumberRole)
        return round.number;
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        auto date = [sort](const QString& text) -> QVariant {
            return sort ? QVariant(IsoDate::parse(text)) : QVariant(IsoDate::displayDate(text));
        };
        switch (column) {
        case NumberColumn:
            return round.number;
        case StatusColumn:
            return round.status;
        case WindowStartColumn:
            return date(round.windowStart);
        case WindowEndColumn:
            return round.windowEnd.isEmpty() && !sort ? QVariant(tr("Open-ended")) : date(round.windowEnd);
        case RequestedColumn: {
            const QString value = requestedFromMemory ? memory.requestedDate : round.requestedDate;
            if (sort)
                return date(value);
            return requestedFromMemory ? tr("%1 (sent)").arg(IsoDate::displayDate(value)) : date(value);
        }
        case CompletedColumn: {
            const QString value = completedFromMemory ? memory.completedDate : round.completedDate;
            if (sort)
                return date(value);
            return completedFromMemory ? tr("%1 (sent)").arg(IsoDate::displayDate(value)) : date(value);
        }
        case VulnerabilitiesColumn:
            return int(round.vulnerabilities.size());
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if ((column == RequestedColumn && requestedFromMemory) ||
            (column == CompletedColumn && completedFromMemory))
            return tr("The server does not report this date; this is what you last sent.");
        if (column == WindowEndColumn && round.windowEnd.isEmpty())
            return tr("The window has no end date.");
        if (column == WindowStartColumn || column == WindowEndColumn)
            return column == WindowStartColumn ? round.windowStart : round.windowEnd;
        return {};
    }
    if (role == Qt::TextAlignmentRole && (column == NumberColumn || column == VulnerabilitiesColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RetestRoundListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Round");
    case StatusColumn:
        return tr("Status");
    case WindowStartColumn:
        return tr("Window start");
    case WindowEndColumn:
        return tr("Window end");
    case RequestedColumn:
        return tr("Requested");
    case CompletedColumn:
        return tr("Completed");
    case VulnerabilitiesColumn:
        return tr("Vulnerabilities");
    }
    return {};
}
