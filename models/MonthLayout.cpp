#include "models/MonthLayout.h"

#include "models/CalendarIndex.h"

#include <algorithm>

namespace {

// An entry's place in lane order as one integer: project ranges after retest windows, then the earlier
// first day, then the later last day (the longer bar); ties by index. Days are kept relative to the
// grid in 22 bits each, clamped: an entry some 5,000 years away lays out the same either way.
constexpr int kDayBits = 22;
constexpr quint64 kDayMask = (quint64(1) << kDayBits) - 1;
constexpr qint64 kDayBias = qint64(1) << (kDayBits - 1);

struct Key
{
    quint64 order;
    int id;
    bool operator<(const Key& other) const
    {
        return order != other.order ? order < other.order : id < other.id;
    }
};

quint64 relative(qint32 day, qint32 gridFirst)
{
    return quint64(std::clamp<qint64>(qint64(day) - gridFirst + kDayBias, 0, qint64(kDayMask)));
}

Key keyOf(const CalendarIndex::Span& span, qint32 gridFirst, int id)
{
    return {(quint64(span.range) << 63) | (relative(span.first, gridFirst) << (63 - kDayBits)) |
                ((kDayMask - relative(span.last, gridFirst)) << (63 - 2 * kDayBits)),
            id};
}

qint32 firstOf(const Key& k, qint32 gridFirst)
{
    return qint32(qint64((k.order >> (63 - kDayBits)) & kDayMask) - kDayBias + gridFirst);
}

qint32 lastOf(const Key& k, qint32 gridFirst)
{
    return qint32(qint64(kDayMask - ((k.order >> (63 - 2 * kDayBits)) & kDayMask)) - kDayBias + gridFirst);
}

} // namespace

MonthLayout MonthLayout::of(const CalendarIndex& index, QDate firstDay, int lanes)
{
    MonthLayout out;
    if (!firstDay.isValid())
        return out;
    lanes = std::max(lanes, 0);
    // One pass over the six weeks' entries (tens of thousands at 100,000 projects, for a few lanes)
    // keeps, for each day, only the first `lanes` entries in lane order whose bar would start there
    // in some week: any later one finds every lane taken on that day (those before it either hold a
    // lane covering it or found none free, and lanes only fill up), so it could only be counted.
    const auto gridFirst = qint32(firstDay.toJulianDay());
    const auto perDay = size_t(lanes);
    QList<Key> starting(qsizetype(kDays * perDay));
    std::array<int, kDays> startingCount{};
    // Difference arrays over the grid's days, then the counts: every entry, and open retest windows.
    std::array<int, kDays + 1> counts{};
    std::array<int, kDays + 1> open{};
    index.forEachBetween(firstDay, firstDay.addDays(kDays - 1), [&](int id) {
        const CalendarIndex::Span& span = index.spans().at(id);
        const int a = std::max(span.first - gridFirst, 0);
        const int b = std::min(span.last - gridFirst, kDays - 1);
        const int afterB = b + 1;
        ++counts[size_t(a)];
        --counts[size_t(afterB)];
        if (span.openWindow) {
            ++open[size_t(a)];
            --open[size_t(afterB)];
        }
        if (perDay == 0)
            return;
        const Key key = keyOf(span, gridFirst, id);
        // Its bar starts on its first day, and again on the first day of each later week it reaches.
        for (int day = a; day <= b; day = (day / 7 + 1) * 7) {
            Key* top = starting.data() + size_t(day) * perDay;
            int& n = startingCount[size_t(day)];
            if (size_t(n) == perDay && !(key < top[perDay - 1]))
                continue;
            size_t at = size_t(n) < perDay ? size_t(n++) : perDay - 1;
            for (; at > 0 && key < top[at - 1]; --at)
                top[at] = top[at - 1];
            top[at] = key;
        }
    });
    for (size_t d = 1; d < counts.size(); ++d) {
        counts[d] += counts[d - 1];
        open[d] += open[d - 1];
    }
    std::copy(open.cbegin(), open.cbegin() + kDays, out.m_openWindows.begin());

    for (int week = 0; week < 6; ++week) {
        const qint32 weekFirst = gridFirst + week * 7;
        const qint32 weekLast = weekFirst + 6;
        QList<Key> candidates;
        for (int day = week * 7; day < week * 7 + 7; ++day) {
            const Key* top = starting.constData() + size_t(day) * perDay;
            for (int i = 0; i < startingCount[size_t(day)]; ++i)
                candidates.append(top[i]);
        }
        std::sort(candidates.begin(), candidates.end());
        QList<qint32> laneEnd(lanes, weekFirst - 1);
        // A lane is free on a day when it ends before it, so none is free on `from` <= freeFrom.
        qint32 freeFrom = lanes == 0 ? weekLast : weekFirst - 1;
        std::array<int, 8> placed{}; // a difference array over the week's days
        for (const Key& k : std::as_const(candidates)) {
            if (freeFrom >= weekLast)
                break;
            const qint32 first = firstOf(k, gridFirst);
            const qint32 last = lastOf(k, gridFirst);
            const qint32 from = std::max(first, weekFirst);
            const qint32 to = std::min(last, weekLast);
            if (from <= freeFrom)
                continue;
            const auto lane =
                std::find_if(laneEnd.begin(), laneEnd.end(), [from](qint32 end) { return end < from; });
            *lane = to;
            freeFrom = *std::min_element(laneEnd.cbegin(), laneEnd.cend());
            const int fromCol = from - weekFirst;
            const int afterCol = to - weekFirst + 1;
            ++placed[size_t(fromCol)];
            --placed[size_t(afterCol)];
            out.m_bars.append({week, int(lane - laneEnd.begin()), from - gridFirst, to - gridFirst, k.id,
                               from == first || from == weekFirst, to == last});
        }
        int withBar = 0;
        for (int col = 0; col < 7; ++col) {
            withBar += placed[size_t(col)];
            const int dayIndex = week * 7 + col;
            const auto day = size_t(dayIndex);
            out.m_hidden[day] = counts[day] - withBar;
        }
    }
    return out;
}
