#pragma once

#include "models/Project.h"

#include <QAbstractTableModel>

// One row per project in a bulk retest request: whether it is included, how many vulnerabilities in
// Retest status it will send, and where its request stands (with the server's message when it failed).
class BulkRetestModel : public QAbstractTableModel
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
        Skipped,   // nothing in Retest status, or not included
        Cancelled, // not started when the run was cancelled
    };
    Q_ENUM(State)
    enum Column
    {
        ProjectColumn,
        VulnerabilitiesColumn,
        ResultColumn,
        MessageColumn,
        ColumnCount
    };
    enum Role
    {
        ProjectIdRole = Qt::UserRole + 1,
        StateRole
    };
    struct Row
    {
        QString projectId;
        QString name;
        bool included = true;
        State state = State::Pending;
        int vulnerabilityCount = -1; // -1: not fetched yet
        QString message;
    };

    explicit BulkRetestModel(QObject* parent = nullptr);

    void setProjects(const QList<Project>& projects);
    const QList<Row>& rows() const { return m_rows; }
    const Row& row(int i) const { return m_rows.at(i); }
    void setIncluded(int row, bool included);
    void setState(int row, State state, const QString& message = {});
    void setVulnerabilityCount(int row, int count);
    // While a run is going, inclusion cannot change.
    void setLocked(bool locked);
    static QString stateText(State state);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void inclusionChanged();

private:
    void emitRowChanged(int row);

    QList<Row> m_rows;
    bool m_locked = false;
};
