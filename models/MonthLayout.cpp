#include "models/MonthLayout.h"

#include "models/CalendarIndex.h"

#include <algorithm>

namespace {

struct Key
{
    bool range;
    qint32 first, last; // Julian days it is shown on
    int id;
};

} // namespace

MonthLayout MonthLayout::of(const CalendarIndex& index, QDate firstDay, int lanes)
{
    MonthLayout out;
    if (!firstDay.isValid())
        return out;
    lanes = std::max(lanes, 0);
    // The six weeks' entries, read from the index's day spans once and put in lane order once: the
    // order does not depend on the week, so each week only walks it. A busy six weeks at 100,000
    // projects holds tens of thousands of entries for a few lanes.
    const auto gridFirst = qint32(firstDay.toJulianDay());
    QList<Key> shown;
    std::array<int, kDays + 1> counts{}; // a difference array over the grid's days, then the counts
    for (int id : index.entriesBetween(firstDay, firstDay.addDays(kDays - 1))) {
        const CalendarIndex::Span& span = index.spans().at(id);
        shown.append({span.range, span.first, span.last, id});
        ++counts[size_t(std::max(span.first - gridFirst, 0))];
        --counts[size_t(std::min(span.last - gridFirst, kDays - 1) + 1)];
    }
    for (size_t d = 1; d < counts.size(); ++d)
        counts[d] += counts[d - 1];
    std::sort(shown.begin(), shown.end(), [](const Key& x, const Key& y) {
        if (x.range != y.range)
            return !x.range;
        if (x.first != y.first)
            return x.first < y.first;
        if (x.last != y.last)
            return x.last > y.last;
        return x.id < y.id;
    });

    for (int week = 0; week < 6; ++week) {
        const qint32 weekFirst = gridFirst + week * 7;
        const qint32 weekLast = weekFirst + 6;
        QList<qint32> laneEnd(lanes, weekFirst - 1);
        // A lane is free on a day when it ends before it, so none is free on `from` <= freeFrom.
        qint32 freeFrom = lanes == 0 ? weekLast : weekFirst - 1;
        std::array<int, 8> placed{}; // a difference array over the week's days
        // The walk ends once every lane is taken to the week's end; what found no lane is counted
        // from the day counts rather than entry by entry.
        for (const Key& k : std::as_const(shown)) {
            if (freeFrom >= weekLast)
                break;
            if (k.first > weekLast || k.last < weekFirst)
                continue;
            const qint32 from = std::max(k.first, weekFirst);
            const qint32 to = std::min(k.last, weekLast);
            if (from <= freeFrom)
                continue;
            const auto lane =
                std::find_if(laneEnd.begin(), laneEnd.end(), [from](qint32 end) { return end < from; });
            *lane = to;
            freeFrom = *std::min_element(laneEnd.cbegin(), laneEnd.cend());
            ++placed[size_t(from - weekFirst)];
            --placed[size_t(to - weekFirst + 1)];
            out.m_bars.append({week, int(lane - laneEnd.begin()), from - gridFirst, to - gridFirst, k.id,
                               from == k.first || from == weekFirst, to == k.last});
        }
        int withBar = 0;
        for (int col = 0; col < 7; ++col) {
            withBar += placed[size_t(col)];
            const size_t day = size_t(week * 7 + col);
            out.m_hidden[day] = counts[day] - withBar;
        }
    }
    return out;
}
