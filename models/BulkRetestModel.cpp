#include "models/BulkRetestModel.h"

#include "api/Numerus.h"

using namespace Qt::StringLiterals;

BulkRetestModel::BulkRetestModel(QObject* parent)
    : QAbstractItemModel(parent)
{}

void BulkRetestModel::setProjects(const QList<Project>& projects)
{
    beginResetModel();
    m_rows.clear();
    for (const Project& p : projects) {
        Row row;
        row.projectId = p.id();
        row.name = p.name().isEmpty() ? p.id() : p.name();
        m_rows.append(row);
    }
    endResetModel();
    Q_EMIT inclusionChanged();
}

int BulkRetestModel::projectRow(const QString& projectId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).projectId == projectId)
            return i;
    }
    return -1;
}

void BulkRetestModel::emitRowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    const qsizetype findings = m_rows.at(row).findings.size();
    if (findings > 0) {
        const QModelIndex parent = index(row, 0);
        Q_EMIT dataChanged(index(0, 0, parent), index(int(findings) - 1, ColumnCount - 1, parent));
    }
}

void BulkRetestModel::setIncluded(int row, bool included)
{
    if (row < 0 || row >= m_rows.size())
        return;
    Row& r = m_rows[row];
    QSet<QString> ticked;
    if (included) {
        for (const Vulnerability& v : std::as_const(r.findings))
            ticked.insert(v.id);
    }
    if (r.included == included && r.ticked == ticked)
        return;
    // Ticking a project ticks all its findings; unticking it unticks them.
    r.included = included;
    r.ticked = ticked;
    emitRowChanged(row);
    Q_EMIT inclusionChanged();
}

void BulkRetestModel::setState(int row, State state, const QString& message)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row].state = state;
    m_rows[row].message = message;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void BulkRetestModel::setVulnerabilityCount(int row, int count)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row].vulnerabilityCount = count;
    Q_EMIT dataChanged(index(row, VulnerabilitiesColumn), index(row, VulnerabilitiesColumn));
}

void BulkRetestModel::setFindings(const QString& projectId, const QList<Vulnerability>& vulnerabilities)
{
    const int row = projectRow(projectId);
    if (row < 0 || m_rows.at(row).findingsLoaded)
        return;
    QList<Vulnerability> ready;
    for (const Vulnerability& v : vulnerabilities) {
        if (v.isReadyForRetest())
            ready.append(v);
    }
    Row& r = m_rows[row];
    if (!ready.isEmpty())
        beginInsertRows(index(row, 0), 0, int(ready.size()) - 1);
    r.findings = ready;
    r.findingsLoaded = true;
    r.findingsRequested = false;
    r.ticked.clear();
    if (r.included) {
        for (const Vulnerability& v : std::as_const(ready))
            r.ticked.insert(v.id);
    }
    if (!ready.isEmpty())
        endInsertRows();
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void BulkRetestModel::setFindingsFailed(const QString& projectId, const QString& message)
{
    const int row = projectRow(projectId);
    if (row < 0 || m_rows.at(row).findingsLoaded)
        return;
    m_rows[row].findingsRequested = false;
    m_rows[row].message = message;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void BulkRetestModel::setFindingTicked(int row, const QString& vulnerabilityId, bool ticked)
{
    if (row < 0 || row >= m_rows.size())
        return;
    Row& r = m_rows[row];
    const auto at =
        std::find_if(r.findings.cbegin(), r.findings.cend(),
                     [&vulnerabilityId](const Vulnerability& v) { return v.id == vulnerabilityId; });
    if (at == r.findings.cend() || r.ticked.contains(vulnerabilityId) == ticked)
        return;
    if (ticked)
        r.ticked.insert(vulnerabilityId);
    else
        r.ticked.remove(vulnerabilityId);
    // A project with no finding ticked has nothing to request: it is left out, as if unticked.
    r.included = !r.ticked.isEmpty();
    const QModelIndex finding = index(int(at - r.findings.cbegin()), 0, index(row, 0));
    Q_EMIT dataChanged(finding, finding.siblingAtColumn(ColumnCount - 1));
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT inclusionChanged();
}

QStringList BulkRetestModel::tickedIds(int row) const
{
    QStringList ids;
    if (row < 0 || row >= m_rows.size())
        return ids;
    for (const Vulnerability& v : m_rows.at(row).findings) {
        if (m_rows.at(row).ticked.contains(v.id))
            ids.append(v.id);
    }
    return ids;
}

void BulkRetestModel::setLocked(bool locked)
{
    if (m_locked == locked)
        return;
    m_locked = locked;
    for (int row = 0; row < m_rows.size(); ++row)
        emitRowChanged(row);
}

QString BulkRetestModel::stateText(State state)
{
    switch (state) {
    case State::Pending:
        return tr("Waiting");
    case State::Fetching:
        return tr("Loading vulnerabilities…");
    case State::Sending:
        return tr("Sending…");
    case State::Checking:
        return tr("Checking…");
    case State::Succeeded:
        return tr("Requested");
    case State::Failed:
        return tr("Failed");
    case State::Skipped:
        return tr("Skipped");
    case State::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QModelIndex BulkRetestModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kProjectLevel);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex BulkRetestModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || !isFinding(child))
        return {};
    return createIndex(int(child.internalId() - 1), 0, kProjectLevel);
}

int BulkRetestModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    if (isFinding(parent) || parent.column() != 0)
        return 0;
    return int(m_rows.at(parent.row()).findings.size());
}

int BulkRetestModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

bool BulkRetestModel::hasChildren(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return !m_rows.isEmpty();
    if (isFinding(parent) || parent.column() != 0)
        return false;
    // Until loaded a project may have findings: the view shows it as expandable.
    const Row& r = m_rows.at(parent.row());
    return !r.findingsLoaded || !r.findings.isEmpty();
}

bool BulkRetestModel::canFetchMore(const QModelIndex& parent) const
{
    if (!parent.isValid() || isFinding(parent) || parent.column() != 0)
        return false;
    const Row& r = m_rows.at(parent.row());
    return !r.findingsLoaded && !r.findingsRequested;
}

void BulkRetestModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_rows[parent.row()].findingsRequested = true;
    Q_EMIT findingsRequested(m_rows.at(parent.row()).projectId);
}

Qt::CheckState BulkRetestModel::checkState(const Row& r) const
{
    if (!r.findingsLoaded || r.findings.isEmpty())
        return r.included ? Qt::Checked : Qt::Unchecked;
    if (r.ticked.isEmpty())
        return Qt::Unchecked;
    return r.ticked.size() == r.findings.size() ? Qt::Checked : Qt::PartiallyChecked;
}

QVariant BulkRetestModel::projectData(const Row& r, int column, int role) const
{
    if (role == ProjectIdRole)
        return r.projectId;
    if (role == StateRole)
        return QVariant::fromValue(r.state);
    if (role == Qt::CheckStateRole && column == ProjectColumn)
        return checkState(r);
    if (role == Qt::AccessibleTextRole && column == ProjectColumn) {
        if (!r.findingsLoaded)
            return r.name;
        {
            const qint64 total = r.findings.size();
            const QString english = u"%1, %2 of "_s + QString::number(total) + u" findings ticked"_s;
            return Numerus::text("BulkRetestModel",
                                 QT_TRANSLATE_N_NOOP("BulkRetestModel", "%1, %2 of %n finding(s) ticked"),
                                 total, english, english)
                .arg(r.name, QString::number(r.ticked.size()));
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case ProjectColumn:
        return r.name;
    case VulnerabilitiesColumn:
        if (r.findingsLoaded && r.ticked.size() != r.findings.size())
            return tr("%1 of %2").arg(r.ticked.size()).arg(r.findings.size());
        if (r.findingsLoaded)
            return int(r.findings.size());
        return r.vulnerabilityCount < 0 ? QVariant(u"—"_s) : QVariant(r.vulnerabilityCount);
    case ResultColumn:
        return r.included || r.state != State::Pending ? stateText(r.state) : tr("Not included");
    case MessageColumn:
        return r.message;
    }
    return {};
}

QVariant BulkRetestModel::findingData(const Row& r, const Vulnerability& v, int column, int role) const
{
    const QString label = (v.alternateId.isEmpty() ? v.id : v.alternateId) + u" · "_s + v.title;
    if (role == ProjectIdRole)
        return r.projectId;
    if (role == VulnerabilityIdRole)
        return v.id;
    if (role == Qt::CheckStateRole && column == ProjectColumn)
        return r.ticked.contains(v.id) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::AccessibleTextRole && column == ProjectColumn)
        return tr("%1, %2, in %3").arg(label, v.priority, r.name);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (column == ProjectColumn)
        return label;
    if (column == VulnerabilitiesColumn)
        return v.priority;
    return {};
}

QVariant BulkRetestModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (!isFinding(index))
        return projectData(m_rows.at(index.row()), index.column(), role);
    const Row& r = m_rows.at(int(index.internalId() - 1));
    return findingData(r, r.findings.at(index.row()), index.column(), role);
}

bool BulkRetestModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::CheckStateRole ||
        index.column() != ProjectColumn || m_locked)
        return false;
    const bool ticked = static_cast<Qt::CheckState>(value.toInt()) == Qt::Checked;
    if (!isFinding(index)) {
        setIncluded(index.row(), ticked);
        return true;
    }
    const int row = int(index.internalId() - 1);
    setFindingTicked(row, m_rows.at(row).findings.at(index.row()).id, ticked);
    return true;
}

Qt::ItemFlags BulkRetestModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isFinding(index))
        f |= Qt::ItemNeverHasChildren;
    if (index.column() == ProjectColumn && !m_locked)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant BulkRetestModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case ProjectColumn:
        return tr("Project / finding");
    case VulnerabilitiesColumn:
        return tr("Vulnerabilities");
    case ResultColumn:
        return tr("Result");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}
