#include "models/BulkRetestModel.h"

using namespace Qt::StringLiterals;

BulkRetestModel::BulkRetestModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void BulkRetestModel::setProjects(const QList<Project>& projects)
{
    beginResetModel();
    m_rows.clear();
    for (const Project& p : projects)
        m_rows.append({p.id(), p.name().isEmpty() ? p.id() : p.name(), true, State::Pending, -1, {}});
    endResetModel();
    Q_EMIT inclusionChanged();
}

void BulkRetestModel::emitRowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void BulkRetestModel::setIncluded(int row, bool included)
{
    if (row < 0 || row >= m_rows.size() || m_rows[row].included == included)
        return;
    m_rows[row].included = included;
    emitRowChanged(row);
    Q_EMIT inclusionChanged();
}

void BulkRetestModel::setState(int row, State state, const QString& message)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row].state = state;
    m_rows[row].message = message;
    emitRowChanged(row);
}

void BulkRetestModel::setVulnerabilityCount(int row, int count)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row].vulnerabilityCount = count;
    emitRowChanged(row);
}

void BulkRetestModel::setLocked(bool locked)
{
    if (m_locked == locked)
        return;
    m_locked = locked;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, ProjectColumn), index(int(m_rows.size()) - 1, ProjectColumn));
}

QString BulkRetestModel::stateText(State state)
{
    switch (state) {
    case State::Pending:
        return u"Waiting"_s;
    case State::Fetching:
        return u"Loading vulnerabilities…"_s;
    case State::Sending:
        return u"Sending…"_s;
    case State::Checking:
        return u"Checking…"_s;
    case State::Succeeded:
        return u"Requested"_s;
    case State::Failed:
        return u"Failed"_s;
    case State::Skipped:
        return u"Skipped"_s;
    case State::Cancelled:
        return u"Cancelled"_s;
    }
    return {};
}

int BulkRetestModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BulkRetestModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BulkRetestModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows.at(index.row());
    if (role == ProjectIdRole)
        return r.projectId;
    if (role == StateRole)
        return QVariant::fromValue(r.state);
    if (role == Qt::CheckStateRole && index.column() == ProjectColumn)
        return r.included ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case ProjectColumn:
            return r.name;
        case VulnerabilitiesColumn:
            return r.vulnerabilityCount < 0 ? QVariant(u"—"_s) : QVariant(r.vulnerabilityCount);
        case ResultColumn:
            return r.included || r.state != State::Pending ? stateText(r.state) : u"Not included"_s;
        case MessageColumn:
            return r.message;
        }
    }
    return {};
}

bool BulkRetestModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid) ||
        role != Qt::CheckStateRole || index.column() != ProjectColumn || m_locked)
        return false;
    setIncluded(index.row(), static_cast<Qt::CheckState>(value.toInt()) == Qt::Checked);
    return true;
}

Qt::ItemFlags BulkRetestModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == ProjectColumn && !m_locked)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant BulkRetestModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProjectColumn:
        return u"Project"_s;
    case VulnerabilitiesColumn:
        return u"Vulnerabilities"_s;
    case ResultColumn:
        return u"Result"_s;
    case MessageColumn:
        return u"Message"_s;
    }
    return {};
}
