#pragma once

#include "models/TimelineRows.h"

#include <algorithm>

#include <QAbstractScrollArea>
#include <QColor>
#include <QDate>
#include <QStringList>

class QAction;

class CalendarIndex;

// A Gantt-like strip per project beside the month view: each row is one project, its start–end range
// as a thin bar and its retest windows as coloured blocks, over a span of months. Only the rows in view
// are painted, so thousands of projects scroll smoothly. Double-click (or Enter without a day range)
// activates a project. Left/Right move a day cursor along the current row, Shift+Left/Right or a mouse
// drag along a row select that project and a range of days; Ctrl+N, Enter or the context menu's
// "Request retest…" then ask for a retest of that project over those days (retestRequested). Screen
// readers see one row per project, with one item per bar (TimelineAccessible).
class RetestTimeline : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit RetestTimeline(const CalendarIndex* index, QWidget* parent = nullptr);

    // Call after the index changed (projects or filter).
    void reload();
    // Shows [first, first + months) on the horizontal axis.
    void setSpan(QDate first, int months);
    QDate spanStart() const { return m_first; }
    QDate spanEnd() const { return m_last; }
    int projectRowCount() const { return rows().size(); }
    QString projectAtRow(int row) const { return rows().id(row); }
    int currentRow() const { return m_current; }
    void setCurrentRow(int row);
    // The load row under the month names, for tests and screen readers.
    QRect loadRowRect() const { return QRect(0, kMonthHeight, viewport()->width(), kLoadHeight); }
    // The selected days on the current row (invalid when none).
    QDate rangeFirst() const { return std::min(m_anchorDay, m_cursorDay); }
    QDate rangeLast() const { return std::max(m_anchorDay, m_cursorDay); }
    QDate cursorDay() const { return m_cursorDay; }
    void setCursorDay(QDate day, bool extend = false);
    // The bars (entry indices into the index) of a row, and where a row or a bar is painted.
    QList<int> rowEntries(int row) const { return rows().entries(row); }
    QString projectNameAtRow(int row) const { return rows().name(row); }
    QRect rowRect(int row) const;
    QRect barRect(int row, int entryIndex) const;
    QDate dayAtX(int x) const;
    int xOfDay(QDate day) const;
    const CalendarIndex* index() const { return m_index; }
    QAction* requestRetestAction() const { return m_requestRetestAction; }
    // What the load row's bars and the on-hold shading (a hatch) are painted with; tests compare the
    // rendered pixels with them.
    static QColor loadColor();
    QColor holdShadeColor() const;

Q_SIGNALS:
    void projectActivated(const QString& projectId);
    void retestRequested(const QString& projectId, QDate first, QDate last);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    static constexpr int kRowHeight = 22;
    static constexpr int kMonthHeight = 24; // month names
    static constexpr int kLoadHeight = 16;  // the load row: retest windows open per day
    static constexpr int kHeaderHeight = kMonthHeight + kLoadHeight;
    int labelWidth() const;
    double dayWidth() const;
    int rowAt(int y) const;
    void updateScrollBars();
    // The rows, rebuilt first when the index or the span changed.
    const TimelineRows& rows() const;
    // Current row, day cursor and scroll range brought in line with the rows.
    void settle();

    const CalendarIndex* m_index;
    QDate m_first;
    QDate m_last;
    mutable TimelineRows m_rows; // of [m_first, m_last]; rebuilt on first use after a change
    mutable bool m_rowsStale = true;
    int m_current = -1;
    QDate m_cursorDay;
    QDate m_anchorDay;
    QAction* m_requestRetestAction;
};
