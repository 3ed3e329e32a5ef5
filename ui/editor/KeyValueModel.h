#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>

// The rows of a key/value list ([{key, value}]) for a table view. Values that are lists (the server
// allows them) are shown as JSON and kept as they are unless edited. Invalid keys are marked as you go.
class KeyValueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        KeyColumn,
        ValueColumn,
        ColumnCount
    };

    explicit KeyValueModel(QObject* parent = nullptr);

    QJsonArray entries() const { return m_entries; }
    void setEntries(const QJsonArray& entries);
    void appendEntry();
    void removeRowsAt(QList<int> rows);
    // Why a key is not acceptable at `row` (empty when it is).
    QString keyProblem(const QString& key, int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void entriesEdited();

private:
    QJsonArray m_entries;
};
