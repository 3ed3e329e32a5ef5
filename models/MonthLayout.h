#pragma once

#include <QDate>
#include <QList>

#include <array>

class CalendarIndex;

// Where the month view's bars go: six weeks of seven days from `firstDay`, each week with `lanes`
// rows of bars. Retest windows take lanes first (they are what the view is for), then project ranges;
// within each, earlier and longer first, so a bar keeps its lane across a week. What finds no lane is
// counted per day ("+3 more"). Kept apart from the widget so the layout can be checked without pixels.
class MonthLayout
{
public:
    static constexpr int kDays = 42;

    struct Bar
    {
        int week = 0;          // 0..5
        int lane = 0;          // 0..lanes-1
        int fromDay = 0;       // first day of the bar in the grid, 0..41
        int toDay = 0;         // last day of the bar in the grid (inclusive)
        int entry = 0;         // index into the index's entries()
        bool titled = false;   // the entry's title goes on it: its first day, or the start of a week
        bool endsHere = false; // the entry's shown days end with this bar
        bool operator==(const Bar&) const = default;
    };

    static MonthLayout of(const CalendarIndex& index, QDate firstDay, int lanes);

    const QList<Bar>& bars() const { return m_bars; }
    // Entries shown on grid day `day` (0..41) that have no bar there.
    int hidden(int day) const { return m_hidden.at(size_t(day)); }
    // Retest windows still open on grid day `day` (CalendarIndex::openWindowCount), from the same pass.
    int openWindows(int day) const { return m_openWindows.at(size_t(day)); }

private:
    QList<Bar> m_bars;
    std::array<int, kDays> m_hidden{};
    std::array<int, kDays> m_openWindows{};
};
