#include "models/ProjectListModel.h"

#include "models/IsoDate.h"

using namespace Qt::StringLiterals;

ProjectListModel::ProjectListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ProjectListModel::setProjects(const QList<Project>& projects)
{
    beginResetModel();
    m_projects = projects;
    m_rowById.clear();
    for (int row = 0; row < m_projects.size(); ++row)
        m_rowById.insert(m_projects.at(row).id(), row);
    endResetModel();
}

void ProjectListModel::updateProject(const Project& project)
{
    const auto it = m_rowById.constFind(project.id());
    if (it == m_rowById.cend()) {
        const int row = int(m_projects.size());
        beginInsertRows({}, row, row);
        m_projects.append(project);
        m_rowById.insert(project.id(), row);
        endInsertRows();
        return;
    }
    m_projects[*it] = project;
    Q_EMIT dataChanged(index(*it, 0), index(*it, ColumnCount - 1));
}

const Project* ProjectListModel::project(const QString& id) const
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

QString ProjectListModel::groupsText(const Project& project) const
{
    QStringList names;
    for (const QString& id : project.groupIds())
        names.append(project.facts().names.value(id, id));
    return names.join(u", "_s);
}

QString ProjectListModel::nextRetestStart(const Project& project)
{
    QString earliest;
    qint64 earliestMs = 0;
    for (const RetestRound& round : project.facts().retestRounds) {
        if (!round.isOpen())
            continue;
        const qint64 ms = IsoDate::parse(round.windowStart).toMSecsSinceEpoch();
        if (earliest.isEmpty() || ms < earliestMs) {
            earliest = round.windowStart;
            earliestMs = ms;
        }
    }
    return earliest;
}

QVariant ProjectListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Project& p = m_projects.at(index.row());
    if (role == ProjectIdRole)
        return p.id();
    if (role == SearchTextRole)
        return QStringList{p.name(), p.code(), groupsText(p)}.join(u' ');
    const bool sorting = role == SortRole;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && !sorting)
        return {};
    switch (index.column()) {
    case NameColumn:
        return p.name();
    case CodeColumn:
        return p.code();
    case StartColumn:
        return sorting ? QVariant(IsoDate::parse(p.startDate())) : IsoDate::displayDate(p.startDate());
    case EndColumn:
        return sorting ? QVariant(IsoDate::parse(p.endDate())) : IsoDate::displayDate(p.endDate());
    case OnHoldColumn:
        return sorting ? QVariant(p.isOnHold()) : QVariant(p.isOnHold() ? tr("On hold") : QString());
    case GroupsColumn:
        return groupsText(p);
    case UpdatedColumn:
        return sorting ? QVariant(IsoDate::parse(p.facts().lastModified))
                       : IsoDate::displayDate(p.facts().lastModified);
    case StatusColumn:
        return p.facts().status;
    case NextRetestColumn: {
        const QString next = nextRetestStart(p);
        return sorting ? QVariant(IsoDate::parse(next)) : IsoDate::displayDate(next);
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
