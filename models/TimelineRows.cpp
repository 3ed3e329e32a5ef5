#include "models/TimelineRows.h"

#include "models/CalendarIndex.h"

#include <algorithm>

TimelineRows TimelineRows::of(const CalendarIndex& index, QDate first, QDate last)
{
    // A project's entries are next to each other in the index (it adds a project's entries together),
    // so in entry order a new row starts where the project changes. A project the list held twice
    // makes two rows with one name; they meet in the sorted order and are merged there.
    TimelineRows found;
    QStringList& ids = found.m_ids;
    QStringList& names = found.m_names;
    QList<QList<int>>& entries = found.m_entries;
    const QList<CalendarEntry>& all = index.entries();
    const CalendarEntry* previous = nullptr;
    for (int i : index.entriesBetween(first, last)) {
        const CalendarEntry& e = all.at(i);
        if (CalendarIndex::startsRun(previous, e)) {
            ids.append(e.projectId);
            names.append(e.projectLabel());
            entries.append(QList<int>());
        }
        previous = &e;
        entries.last().append(i);
    }

    // By the names' ranks (FoldedNameRanks, computed once per index), then the list's order.
    const QList<int>& ranks = index.nameRanks();
    QList<std::pair<int, int>> keys; // rank, row
    keys.reserve(ids.size());
    for (int r = 0; r < ids.size(); ++r)
        keys.append({ranks.at(entries.at(r).first()), r});
    std::sort(keys.begin(), keys.end());

    found.m_order.reserve(keys.size());
    for (qsizetype k = 0; k < keys.size(); ++k) {
        const auto [rank, row] = keys.at(k);
        // Among the rows of the same name before this one (usually none), the first of the same
        // project: that one is kept, and a later run's entries come after its own.
        int into = -1;
        for (qsizetype j = k - 1; j >= 0 && keys.at(j).first == rank; --j) {
            if (ids.at(keys.at(j).second) == ids.at(row))
                into = keys.at(j).second;
        }
        if (into >= 0)
            entries[into].append(entries.at(row));
        else
            found.m_order.append(row);
    }
    return found;
}

const QList<int>& TimelineRows::entries(int row) const
{
    static const QList<int> none;
    return inRange(row) ? m_entries.at(m_order.at(row)) : none;
}
