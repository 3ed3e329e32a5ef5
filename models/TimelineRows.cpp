#include "models/TimelineRows.h"

#include "models/CalendarIndex.h"

#include <algorithm>
#include <string_view>

namespace {

// Every name case-folded into one buffer, and per row the first four folded units in one number that
// orders as they do. Names on a real tenant share long prefixes ("Umbrella Health SAP Gateway …"), so
// ties are common; they compare in the buffer, not through each QString's own allocation.
struct SortKey
{
    quint64 prefix;
    qsizetype offset;
    qsizetype length;
    int row;
};

} // namespace

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
    const QString* previous = nullptr;
    qsizetype nameUnits = 0;
    for (int i : index.entriesBetween(first, last)) {
        const CalendarEntry& e = all.at(i);
        // The same project's entries share its id's data: most steps end at the pointer comparison.
        if (!previous || (previous->constData() != e.projectId.constData() && *previous != e.projectId)) {
            ids.append(e.projectId);
            names.append(e.projectName.isEmpty() ? e.projectId : e.projectName);
            nameUnits += names.constLast().size();
            entries.append(QList<int>());
            previous = &e.projectId;
        }
        entries.last().append(i);
    }

    QList<char16_t> folded(nameUnits);
    QList<SortKey> keys;
    keys.reserve(ids.size());
    qsizetype at = 0;
    for (int r = 0; r < ids.size(); ++r) {
        const QString& name = names.at(r);
        SortKey key{0, at, name.size(), r};
        for (const QChar c : name)
            folded[at++] = QChar::toCaseFolded(c.unicode());
        for (qsizetype i = 0; i < 4; ++i)
            key.prefix = (key.prefix << 16) | (i < key.length ? folded.at(key.offset + i) : u'\0');
        keys.append(key);
    }
    const char16_t* text = folded.constData();
    auto nameOf = [text](const SortKey& k) { return std::u16string_view(text + k.offset, k.length); };
    std::sort(keys.begin(), keys.end(), [&nameOf](const SortKey& a, const SortKey& b) {
        if (a.prefix != b.prefix)
            return a.prefix < b.prefix;
        const int byName = nameOf(a).compare(nameOf(b));
        return byName != 0 ? byName < 0 : a.row < b.row; // equal names keep the list's order
    });

    found.m_order.reserve(keys.size());
    for (qsizetype k = 0; k < keys.size(); ++k) {
        const SortKey& key = keys.at(k);
        // Among the rows of the same name before this one (usually none), the first of the same
        // project: that one is kept, and a later run's entries come after its own.
        int into = -1;
        for (qsizetype j = k - 1;
             j >= 0 && keys.at(j).prefix == key.prefix && nameOf(keys.at(j)) == nameOf(key); --j) {
            if (ids.at(keys.at(j).row) == ids.at(key.row))
                into = keys.at(j).row;
        }
        if (into >= 0)
            entries[into].append(entries.at(key.row));
        else
            found.m_order.append(key.row);
    }
    return found;
}

const QList<int>& TimelineRows::entries(int row) const
{
    static const QList<int> none;
    return inRange(row) ? m_entries.at(m_order.at(row)) : none;
}
