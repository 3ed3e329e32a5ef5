#pragma once

#include <QDate>
#include <QList>
#include <QStringList>

class CalendarIndex;

// The rows of the retest timeline over a span of days: one per project with an entry in the span,
// ordered by name as the project list sorts names (case-folded), each with the indices of its entries
// in the index. Built when the timeline is shown or its span changes; at 100,000 projects a span of
// four months holds tens of thousands of rows, so it neither hashes each entry nor compares names (it
// sorts by the index's name ranks), and it keeps the rows where it found them, with their order beside.
class TimelineRows
{
public:
    static TimelineRows of(const CalendarIndex& index, QDate first, QDate last);

    int size() const { return int(m_order.size()); }
    bool isEmpty() const { return m_order.isEmpty(); }
    // Out of range: an empty id or name and no entries.
    QString id(int row) const { return inRange(row) ? m_ids.at(m_order.at(row)) : QString(); }
    QString name(int row) const { return inRange(row) ? m_names.at(m_order.at(row)) : QString(); }
    const QList<int>& entries(int row) const;

private:
    bool inRange(int row) const { return row >= 0 && row < m_order.size(); }

    QStringList m_ids;
    QStringList m_names; // the id when a project has no name
    QList<QList<int>> m_entries;
    QList<int> m_order; // row -> where the row's project is in the lists above
};
