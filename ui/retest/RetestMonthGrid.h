#pragma once

#include <algorithm>

#include <QDate>
#include <QList>
#include <QWidget>

#include "ui/common/StaticTextCache.h"

class QAction;

class CalendarIndex;
struct CalendarEntry;

// A month painted as six weeks of day cells, with project ranges and retest windows as bars across
// the days they cover (coloured by status; open-ended windows fade out with an arrow and a label).
// It only asks the index for the entries touching each visible week, so thousands of projects paint
// quickly. Clicking a day selects it; the arrow keys move the selection; Shift+arrows or a mouse drag
// select a range of days. Ctrl+N, Enter or the context menu's "Request retest…" ask for a retest over
// the selected range (retestRequested). Screen readers see each day as a cell ("Monday 14 December
// 2026, 3 items") and each bar on it as an item naming its project and window (MonthGridAccessible).
class RetestMonthGrid : public QWidget
{
    Q_OBJECT
public:
    explicit RetestMonthGrid(const CalendarIndex* index, QWidget* parent = nullptr);

    void setMonth(int year, int month);
    int year() const { return m_year; }
    int month() const { return m_month; }
    QDate firstVisibleDay() const;
    QDate selectedDay() const { return m_selected; }
    // Moves the cursor to `day`; the range collapses to it unless `extend` (then it reaches from the anchor).
    void setSelectedDay(QDate day, bool extend = false);
    QDate rangeFirst() const { return std::min(m_anchor, m_selected); }
    QDate rangeLast() const { return std::max(m_anchor, m_selected); }
    bool inRange(QDate day) const { return day >= rangeFirst() && day <= rangeLast(); }
    const CalendarIndex* index() const { return m_index; }
    QAction* requestRetestAction() const { return m_requestRetestAction; }
    // The cell rectangle of a visible day (tests click it).
    QRect dayRect(QDate day) const;
    QDate dayAt(const QPoint& pos) const;

    static QColor colorFor(const CalendarEntry& entry);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void daySelected(QDate day);
    void monthChanged(int year, int month);
    void retestRequested(QDate first, QDate last);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    static constexpr int kHeaderHeight = 22;
    int barHeight() const;
    // One entry's bar within a week; `lastShownDay`: the bar ends where the entry's shown days end.
    void paintBar(QPainter& painter, const CalendarEntry& entry, const QRect& bar, bool titled,
                  bool lastShownDay);

    const CalendarIndex* m_index;
    StaticTextCache m_texts;
    int m_year;
    int m_month;
    QDate m_selected; // the cursor
    QDate m_anchor;   // where the range selection started
    QAction* m_requestRetestAction;
};
