#pragma once

#include "models/CalendarIndex.h"
#include "models/Catalog.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QToolButton;
class QTabWidget;
class RetestMonthGrid;
class RetestTimeline;

// What is scheduled when, across every loaded project: a painted month of project ranges and retest
// windows, filters by group and on-hold, the list of what falls on the chosen day, and an .ics export
// of what the filter shows. Activating a listed item asks the main window to open that project.
class RetestCalendarView : public QWidget
{
    Q_OBJECT
public:
    explicit RetestCalendarView(QWidget* parent = nullptr);

    void setProjects(const QList<Project>& projects, const Catalog& catalog);
    QAction* exportIcsAction() const { return m_exportIcsAction; }

    const CalendarIndex& index() const { return m_index; }
    RetestMonthGrid* monthGrid() const { return m_monthGrid; }
    RetestTimeline* timeline() const { return m_timeline; }
    QListWidget* dayList() const { return m_dayList; }
    // Tests pin "today" (open-ended windows that are still open reach it).
    void setToday(QDate today);
    // The .ics text of what the filter currently shows.
    QByteArray icsForCurrentFilter() const;

Q_SIGNALS:
    void projectActivated(const QString& projectId);
    void statusMessage(const QString& text);

private:
    void applyFilter();
    void showDay(QDate day);
    void updateMonthLabel();
    void exportIcs();
    void onItemActivated(QListWidgetItem* item);

    CalendarIndex m_index;
    Catalog m_catalog;
    QToolButton* m_previousButton;
    QToolButton* m_todayButton;
    QToolButton* m_nextButton;
    QLabel* m_monthLabel;
    QComboBox* m_groupCombo;
    QCheckBox* m_onHoldCheck;
    QCheckBox* m_rangesCheck;
    QCheckBox* m_retestsCheck;
    QToolButton* m_exportIcsButton;
    QTabWidget* m_viewTabs;
    RetestMonthGrid* m_monthGrid;
    RetestTimeline* m_timeline;
    QLabel* m_dayLabel;
    QListWidget* m_dayList;
    QLabel* m_legendLabel;
    QAction* m_exportIcsAction;
};
