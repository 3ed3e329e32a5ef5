#pragma once

#include "models/Project.h"

#include <QAbstractTableModel>

// The project list: one row per project, the columns a security manager scans for. Sorting uses
// SortRole (dates as instants, on-hold as bool) so the proxy sorts by value, not by display text.
class ProjectListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        CodeColumn,
        StartColumn,
        EndColumn,
        OnHoldColumn,
        GroupsColumn,
        UpdatedColumn,
        StatusColumn,     // Waiting-to-Start, Testing, Completed, On-Hold
        NextRetestColumn, // the earliest window start of an open retest round
        ColumnCount
    };
    enum Role
    {
        ProjectIdRole = Qt::UserRole + 1,
        SortRole,
        SearchTextRole
    };

    explicit ProjectListModel(QObject* parent = nullptr);

    void setProjects(const QList<Project>& projects);
    // Replaces one project in place (after a save or a refresh); appends it when new.
    void updateProject(const Project& project);
    const QList<Project>& projects() const { return m_projects; }
    const Project* project(const QString& id) const;
    QModelIndex indexOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString groupsText(const Project& project) const;
    static QString nextRetestStart(const Project& project);

    QList<Project> m_projects;
    QHash<QString, int> m_rowById;
};
