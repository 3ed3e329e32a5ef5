#pragma once

#include "models/ProjectSummary.h"
#include "models/SearchHaystack.h"

#include <QAbstractTableModel>
#include <QHash>

class Project;

// The project list: one ProjectSummary per row, the columns a security manager scans for. It grows
// batch by batch while a list loads (beginInsertRows, never a reset per page). Sorting uses SortRole
// (dates as instants, on-hold as bool) so a proxy sorts by value, not by display text; compare() and
// searchText() give a proxy the same answers without building a QVariant or folding a string per row.
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

    void setProjects(const QList<ProjectSummary>& projects);
    void clear() { setProjects({}); }
    // Room for `rows` rows in all, once a loading list's count is known: at 100,000 rows each growth
    // of the row buffers would copy tens of megabytes on the GUI thread.
    // A count above kMostRowsReserved reserves that many: the count is the server's word, not a fact.
    void reserve(qsizetype rows);
    static constexpr qsizetype kMostRowsReserved = 1'000'000;
    // Appends a batch of a list being loaded; rows already present are replaced in place.
    void appendProjects(const QList<ProjectSummary>& batch);
    // A reload: rows that arrive until endRefresh() replace those shown; the rest are removed then.
    void beginRefresh();
    void endRefresh();
    // Replaces one project in place (after a save or a refresh); appends it when new.
    void updateProject(const ProjectSummary& project);
    void updateProject(const Project& project);
    const QList<ProjectSummary>& projects() const { return m_projects; }
    const ProjectSummary* project(const QString& id) const;
    QModelIndex indexOf(const QString& id) const;

    // Name, code and group names, case-folded: what the filter matches.
    const QString& searchText(int row) const { return m_folded.at(row).text; }
    // For every row, whether its search text contains `foldedNeedle`: one pass over all rows' texts.
    QList<bool> rowsContaining(QStringView foldedNeedle) const;
    // <0, 0 or >0 as the left row sorts before, with or after the right one by `column`.
    int compare(int leftRow, int rightRow, int column) const;
    bool lessThan(int leftRow, int rightRow, int column) const
    {
        return compare(leftRow, rightRow, column) < 0;
    }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // The summary's own when its decoder folded it.
    static FoldedSearchText foldedTextOf(const ProjectSummary& p);

    QList<ProjectSummary> m_projects;
    QList<FoldedSearchText> m_folded; // apart from the rows, so sorting walks a small array
    // The search texts in one piece: grown with the list, rebuilt when a filter first needs it after a
    // change it cannot follow in place (a removal, a text of another length).
    mutable SearchHaystack m_haystack;
    mutable bool m_haystackStale = false;
    QHash<QString, int> m_rowById;
    QList<bool> m_seen; // during a refresh: rows the reload has brought
    bool m_refreshing = false;
};
