#pragma once

#include "models/Project.h"
#include "models/Vulnerability.h"

#include <QAbstractItemModel>
#include <QSet>

// A bulk retest request as a tree: one row per project (whether it is included, how many findings it
// will send, where its request stands, the server's message when it failed), and under it, once
// expanded, its findings ready for retest, each with a check box, all ticked by default. The project's
// box follows its findings (partly ticked when some are); a project with none ticked is not included.
// Findings are loaded on demand: expanding a project asks for them (findingsRequested) and whoever
// holds the client answers with setFindings(). No widget and no network here.
class BulkRetestModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class State
    {
        Pending,
        Fetching, // loading its vulnerabilities in Retest status
        Sending,  // POST in flight
        Checking, // the POST's outcome was uncertain: re-reading the project
        Succeeded,
        Failed,
        Skipped,   // nothing in Retest status or nothing ticked, or not included
        Cancelled, // not started when the run was cancelled
    };
    Q_ENUM(State)
    enum Column
    {
        ProjectColumn,         // project name, or the finding's id and title
        VulnerabilitiesColumn, // findings to send, or the finding's priority
        ResultColumn,
        MessageColumn,
        ColumnCount
    };
    enum Role
    {
        ProjectIdRole = Qt::UserRole + 1,
        StateRole,
        VulnerabilityIdRole // on a finding's row
    };
    struct Row
    {
        QString projectId;
        QString name;
        bool included = true;
        State state = State::Pending;
        int vulnerabilityCount = -1; // sent (or to send); -1: not known yet
        QString message;
        bool findingsLoaded = false;
        bool findingsRequested = false;
        QList<Vulnerability> findings; // ready for retest, in the server's order
        QSet<QString> ticked;
    };

    explicit BulkRetestModel(QObject* parent = nullptr);

    void setProjects(const QList<Project>& projects);
    const QList<Row>& rows() const { return m_rows; }
    const Row& row(int i) const { return m_rows.at(i); }
    int projectRow(const QString& projectId) const;
    void setIncluded(int row, bool included);
    void setState(int row, State state, const QString& message = {});
    void setVulnerabilityCount(int row, int count);
    // A project's findings as the server listed them; only those ready for retest are kept, ticked
    // when the project is included. Ignored once the project's findings are loaded.
    void setFindings(const QString& projectId, const QList<Vulnerability>& vulnerabilities);
    // Loading them failed: the message shows on the project's row and expanding asks again.
    void setFindingsFailed(const QString& projectId, const QString& message);
    void setFindingTicked(int row, const QString& vulnerabilityId, bool ticked);
    // The ticked findings' ids in list order (empty until loaded).
    QStringList tickedIds(int row) const;
    // While a run is going, inclusion and ticks cannot change.
    void setLocked(bool locked);
    static QString stateText(State state);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void inclusionChanged();
    // A project row was expanded before its findings were loaded.
    void findingsRequested(const QString& projectId);

private:
    // A finding's index carries its project's row + 1; a project's index carries 0.
    static constexpr quintptr kProjectLevel = 0;
    bool isFinding(const QModelIndex& index) const { return index.internalId() != kProjectLevel; }
    QVariant projectData(const Row& r, int column, int role) const;
    QVariant findingData(const Row& r, const Vulnerability& v, int column, int role) const;
    Qt::CheckState checkState(const Row& r) const;
    void emitRowChanged(int row);

    QList<Row> m_rows;
    bool m_locked = false;
};
