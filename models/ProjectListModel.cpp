#include "models/ProjectListModel.h"

#include "models/IsoDate.h"

#include <algorithm>

using namespace Qt::StringLiterals;

ProjectListModel::ProjectListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

FoldedSearchText ProjectListModel::foldedTextOf(const ProjectSummary& p)
{
    return p.searchText.isNull() ? FoldedSearchText::fold(p.name, p.code, p.groupsText()) : p.searchText;
}

void ProjectListModel::setProjects(const QList<ProjectSummary>& projects)
{
    beginResetModel();
    m_refreshing = false;
    m_seen.clear();
    m_projects = projects;
    m_folded.clear();
    m_folded.reserve(m_projects.size());
    m_rowById.clear();
    m_rowById.reserve(m_projects.size());
    for (int row = 0; row < m_projects.size(); ++row) {
        m_folded.append(foldedTextOf(m_projects.at(row)));
        m_rowById.insert(m_projects.at(row).id, row);
    }
    m_haystack.build(m_folded, [](const FoldedSearchText& f) -> const QString& { return f.text; });
    m_haystackStale = false;
    endResetModel();
}

void ProjectListModel::beginRefresh()
{
    m_refreshing = true;
    m_seen.fill(false, m_projects.size());
}

void ProjectListModel::endRefresh()
{
    if (!m_refreshing)
        return;
    m_refreshing = false;
    // From the end, one contiguous run at a time, so each removal leaves the rows before it in place.
    int row = int(m_projects.size()) - 1;
    bool removed = false;
    while (row >= 0) {
        if (m_seen.value(row, true)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !m_seen.value(first - 1, true))
            --first;
        m_haystackStale = true;
        beginRemoveRows({}, first, row);
        m_projects.remove(first, row - first + 1);
        m_folded.remove(first, row - first + 1);
        m_seen.remove(first, row - first + 1);
        endRemoveRows();
        removed = true;
        row = first - 1;
    }
    m_seen.clear();
    if (removed) {
        m_rowById.clear();
        for (int i = 0; i < m_projects.size(); ++i)
            m_rowById.insert(m_projects.at(i).id, i);
    }
}

void ProjectListModel::reserve(qsizetype rows)
{
    rows = std::min(rows, kMostRowsReserved);
    if (rows <= m_projects.capacity())
        return;
    m_projects.reserve(rows);
    m_folded.reserve(rows);
    m_rowById.reserve(rows);
}

void ProjectListModel::appendProjects(const QList<ProjectSummary>& batch)
{
    QList<ProjectSummary> fresh;
    fresh.reserve(batch.size());
    for (const ProjectSummary& p : batch) {
        if (m_rowById.contains(p.id))
            updateProject(p); // a live update that arrived while the list was loading
        else
            fresh.append(p);
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_projects.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (ProjectSummary& p : fresh) {
        m_rowById.insert(p.id, int(m_projects.size()));
        if (m_refreshing)
            m_seen.append(true);
        // Moved, not shared: the row keeps no second reference to it.
        m_folded.append(p.searchText.isNull() ? foldedTextOf(p) : std::move(p.searchText));
        if (!m_haystackStale) // grows with the list, so the first keystroke after a load is not a rebuild
            m_haystack.append(m_folded.constLast().text);
        m_projects.append(std::move(p));
    }
    endInsertRows();
}

void ProjectListModel::updateProject(const ProjectSummary& project)
{
    const auto it = m_rowById.constFind(project.id);
    if (it == m_rowById.cend()) {
        appendProjects({project});
        return;
    }
    if (m_projects.at(*it) == project) { // most rows of a reload (F5) come back as they were
        if (m_refreshing)
            m_seen[*it] = true;
        return;
    }
    m_projects[*it] = project;
    m_folded[*it] = foldedTextOf(project);
    if (!m_haystack.replaceInPlace(*it, m_folded.at(*it).text))
        m_haystackStale = true;
    if (m_refreshing)
        m_seen[*it] = true;
    Q_EMIT dataChanged(index(*it, 0), index(*it, ColumnCount - 1));
}

void ProjectListModel::updateProject(const Project& project)
{
    updateProject(ProjectSummary::fromProject(project));
}

const ProjectSummary* ProjectListModel::project(const QString& id) const
{
    const auto it = m_rowById.constFind(id);
    return it == m_rowById.cend() ? nullptr : &m_projects.at(*it);
}

QModelIndex ProjectListModel::indexOf(const QString& id) const
{
    const auto it = m_rowById.constFind(id);
    return it == m_rowById.cend() ? QModelIndex() : index(*it, 0);
}

int ProjectListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_projects.size());
}

int ProjectListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QList<bool> ProjectListModel::rowsContaining(QStringView foldedNeedle) const
{
    if (m_haystackStale) {
        m_haystack.build(m_folded, [](const FoldedSearchText& f) -> const QString& { return f.text; });
        m_haystackStale = false;
    }
    return m_haystack.rowsContaining(foldedNeedle);
}

int ProjectListModel::compare(int leftRow, int rightRow, int column) const
{
    const ProjectSummary& l = m_projects.at(leftRow);
    const ProjectSummary& r = m_projects.at(rightRow);
    const FoldedSearchText& lf = m_folded.at(leftRow);
    const FoldedSearchText& rf = m_folded.at(rightRow);
    auto order = [](auto a, auto b) { return a < b ? -1 : (b < a ? 1 : 0); };
    switch (column) {
    case NameColumn:
        return lf.name().compare(rf.name());
    case CodeColumn:
        return lf.code().compare(rf.code());
    case StartColumn:
        return order(l.startMs, r.startMs);
    case EndColumn:
        return order(l.endMs, r.endMs);
    case OnHoldColumn:
        return order(l.onHold, r.onHold);
    case GroupsColumn: // as the joined names compare
        return lf.groups().compare(rf.groups());
    case UpdatedColumn:
        return order(l.lastModifiedMs, r.lastModifiedMs);
    case StatusColumn:
        return l.status.compare(r.status, Qt::CaseInsensitive);
    case NextRetestColumn:
        return order(l.nextRetestMs, r.nextRetestMs);
    }
    return 0;
}

QVariant ProjectListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ProjectSummary& p = m_projects.at(index.row());
    if (role == ProjectIdRole)
        return p.id;
    if (role == SearchTextRole)
        return QStringList{p.name, p.code, p.groupsText()}.join(u' ');
    const bool sorting = role == SortRole;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && !sorting)
        return {};
    auto instant = [](qint64 ms) {
        return ms == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    };
    switch (index.column()) {
    case NameColumn:
        return p.name;
    case CodeColumn:
        return p.code;
    case StartColumn:
        return sorting ? QVariant(instant(p.startMs)) : IsoDate::displayDate(p.startDate);
    case EndColumn:
        return sorting ? QVariant(instant(p.endMs)) : IsoDate::displayDate(p.endDate);
    case OnHoldColumn:
        return sorting ? QVariant(p.onHold) : QVariant(p.onHold ? tr("On hold") : QString());
    case GroupsColumn:
        return p.groupsText();
    case UpdatedColumn:
        return sorting ? QVariant(instant(p.lastModifiedMs)) : IsoDate::displayDate(p.lastModified);
    case StatusColumn:
        return p.status;
    case NextRetestColumn: {
        return sorting ? QVariant(instant(p.nextRetestMs)) : IsoDate::displayDate(p.nextRetestStart());
    }
    }
    return {};
}

QVariant ProjectListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case CodeColumn:
        return tr("Code");
    case StartColumn:
        return tr("Start");
    case EndColumn:
        return tr("End");
    case OnHoldColumn:
        return tr("On hold");
    case GroupsColumn:
        return tr("Groups");
    case UpdatedColumn:
        return tr("Last updated");
    case StatusColumn:
        return tr("Status");
    case NextRetestColumn:
        return tr("Next retest");
    }
    return {};
}
