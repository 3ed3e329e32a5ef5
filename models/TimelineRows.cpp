#include "models/TimelineRows.h"

#include "models/CalendarIndex.h"

#include <QHash>

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
    // so in entry order a new row starts where the project changes; the hash only catches a project
    // the list held twice.
    TimelineRows found;
    QStringList& ids = found.m_ids;
    QStringList& names = found.m_names;
    QList<QList<int>>& entries = found.m_entries;
    QHash<QString, int> rowOf;
    const QList<CalendarEntry>& all = index.entries();
    const QString* previous = nullptr;
    int row = -1;
    for (int i : index.entriesBetween(first, last)) {
        const CalendarEntry& e = all.at(i);
        // The same project's entries share its id's data: most steps end at the pointer comparison.
        if (!previous || (previous->constData() != e.projectId.constData() && *previous != e.projectId)) {
            auto it = rowOf.constFind(e.projectId);
            if (it == rowOf.cend()) {
                it = rowOf.insert(e.projectId, int(ids.size()));
                ids.append(e.projectId);
                names.append(e.projectName.isEmpty() ? e.projectId : e.projectName);
                entries.append(QList<int>());
            }
            row = *it;
            previous = &e.projectId;
        }
        entries[row].append(i);
    }

    QList<char16_t> folded;
    QList<SortKey> keys;
    keys.reserve(ids.size());
    for (int r = 0; r < ids.size(); ++r) {
        const QString& name = names.at(r);
        SortKey key{0, folded.size(), name.size(), r};
        for (const QChar c : name)
            folded.append(QChar::toCaseFolded(c.unicode()));
        for (qsizetype i = 0; i < 4; ++i)
            key.prefix = (key.prefix << 16) | (i < key.length ? folded.at(key.offset + i) : u'\0');
        keys.append(key);
    }
    const char16_t* text = folded.constData();
    std::sort(keys.begin(), keys.end(), [text](const SortKey& a, const SortKey& b) {
        if (a.prefix != b.prefix)
            return a.prefix < b.prefix;
        const int byName = std::u16string_view(text + a.offset, a.length)
                               .compare(std::u16string_view(text + b.offset, b.length));
        return byName != 0 ? byName < 0 : a.row < b.row; // equal names keep the list's order
    });

    found.m_order.reserve(keys.size());
    for (const SortKey& k : std::as_const(keys))
        found.m_order.append(k.row);
    return found;
}

const QList<int>& TimelineRows::entries(int row) const
{
    static const QList<int> none;
    return inRange(row) ? m_entries.at(m_order.at(row)) : none;
}
