#pragma once

#include "models/RetestRound.h"
#include "models/RetestRoundUpdate.h"

#include <QAbstractTableModel>
#include <QHash>

// The retest rounds of one project as a table. The requested and completed dates are in no documented
// read: a date the server returns wins; otherwise the model shows what this session last sent for that
// round (remembered per project and round), marked as such.
class RetestRoundListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        StatusColumn,
        WindowStartColumn,
        WindowEndColumn,
        RequestedColumn,
        CompletedColumn,
        VulnerabilitiesColumn,
        ColumnCount
    };
    enum Role
    {
        RoundNumberRole = Qt::UserRole + 1,
        SortRole
    };

    explicit RetestRoundListModel(QObject* parent = nullptr);

    void setRounds(const QString& projectId, const QList<RetestRound>& rounds);
    const QList<RetestRound>& rounds() const { return m_rounds; }
    QString projectId() const { return m_projectId; }
    // Remembers the dates sent for a round (only those set in `sent` replace earlier memory).
    void rememberSent(const QString& projectId, int round, const RetestRoundUpdate& sent);
    // The round as shown: server dates, or the remembered ones where the server says nothing.
    RetestRound displayedRound(int row) const;
    int rowOfRound(int number) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_projectId;
    QList<RetestRound> m_rounds;
    QHash<QString, QHash<int, RetestRoundUpdate>> m_sent; // project id -> round -> last sent dates
};
