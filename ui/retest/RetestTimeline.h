#pragma once

#include <QAbstractScrollArea>
#include <QDate>
#include <QStringList>

class CalendarIndex;

// A Gantt-like strip per project beside the month view: each row is one project, its start–end range
// as a thin bar and its retest windows as coloured blocks, over a span of months. Only the rows in view
// are painted, so thousands of projects scroll smoothly. Double-click (or Enter) activates a project.
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
    int projectRowCount() const { return int(m_projectIds.size()); }
    QString projectAtRow(int row) const { return m_projectIds.value(row); }
    int currentRow() const { return m_current; }
    void setCurrentRow(int row);

Q_SIGNALS:
    void projectActivated(const QString& projectId);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    static constexpr int kRowHeight = 22;
    static constexpr int kHeaderHeight = 24;
    int labelWidth() const;
    double dayWidth() const;
    int rowAt(int y) const;
    void updateScrollBars();

    const CalendarIndex* m_index;
    QDate m_first;
    QDate m_last;
    QStringList m_projectIds;
    QStringList m_projectNames;
    QList<QList<int>> m_rowEntries; // entry indices per row
    int m_current = -1;
};
