#pragma once

#include <QDate>
#include <QWidget>

class CalendarIndex;
struct CalendarEntry;

// A month painted as six weeks of day cells, with project ranges and retest windows as bars across
// the days they cover (coloured by status; open-ended windows fade out with an arrow and a label).
// It only asks the index for the entries touching each visible week, so thousands of projects paint
// quickly. Clicking a day selects it; the arrow keys move the selection.
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
    void setSelectedDay(QDate day);
    // The cell rectangle of a visible day (tests click it).
    QRect dayRect(QDate day) const;
    QDate dayAt(const QPoint& pos) const;

    static QColor colorFor(const CalendarEntry& entry);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void daySelected(QDate day);
    void monthChanged(int year, int month);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    static constexpr int kHeaderHeight = 22;
    void paintWeek(QPainter& painter, int row);

    const CalendarIndex* m_index;
    int m_year;
    int m_month;
    QDate m_selected;
};
