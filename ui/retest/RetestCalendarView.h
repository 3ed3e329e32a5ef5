#pragma once

#include "models/CalendarIndexer.h"
#include "models/Catalog.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class DayEntriesModel;
class QListView;
class QModelIndex;
class QToolButton;
class QTabWidget;
class QTimer;
class RetestMonthGrid;
class RetestTimeline;
class SsapiClient;

// What is scheduled when, across every loaded project: a painted month of project ranges and retest
// windows, filters by group and on-hold, the list of what falls on the chosen day, and an .ics export
// of what the filter shows. Activating a listed item asks the main window to open that project.
class RetestCalendarView : public QWidget
{
    Q_OBJECT
public:
    explicit RetestCalendarView(QWidget* parent = nullptr);

    void setProjects(const QList<ProjectSummary>& projects, const Catalog& catalog);
    void setProjects(const QList<Project>& projects, const Catalog& catalog);
    // A batch of a list being loaded: indexed incrementally, the month repainted once.
    void addProjects(const QList<ProjectSummary>& batch);
    // One project changed (saved, refreshed, live update).
    void updateProject(const ProjectSummary& project);
    void setCatalog(const Catalog& catalog);
    // Without a client the calendar only shows; with one, "Request retest…" opens the request dialog.
    void setClient(SsapiClient* client) { m_client = client; }
    // Opens the request dialog for `projectId` with the window [first, last] filled in.
    void requestRetest(const QString& projectId, QDate first, QDate last);
    QAction* exportIcsAction() const { return m_exportIcsAction; }

    const CalendarIndex& index() const { return m_indexer.index(); }
    // Indexes a large list on a worker; tests shrink its synchronous limit to see that path.
    CalendarIndexer* indexer() { return &m_indexer; }
    RetestMonthGrid* monthGrid() const { return m_monthGrid; }
    RetestTimeline* timeline() const { return m_timeline; }
    QListView* dayList() const { return m_dayList; }
    // Tests pin "today" (open-ended windows that are still open reach it).
    void setToday(QDate today);
    // The .ics text of what the filter currently shows.
    QByteArray icsForCurrentFilter() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

Q_SIGNALS:
    void projectActivated(const QString& projectId);
    void statusMessagePosted(const QString& text);
    // A project was re-read after a retest was requested from the calendar.
    void projectRefreshed(const Project& project);

private:
    void applyFilter();
    void refreshGroups(const QList<ProjectSummary>& added);
    void showIndexChange();
    // A rebuilt index (reload, filter, today): every part on screen at once.
    void showRebuiltIndex();
    // What the index now holds, shown in the parts on screen; the hidden ones catch up when shown.
    void refreshShownParts();
    void showDay(QDate day);
    void updateMonthLabel();
    void exportIcs();
    void onItemActivated(const QModelIndex& item);
    // Month view: the project chosen in the day list, or a picker of the loaded projects.
    void requestFromMonth(QDate first, QDate last);
    void rereadProject(const QString& projectId);

    SsapiClient* m_client = nullptr;
    QHash<QString, QString> m_groupNames; // every group id of the loaded projects -> its name
    QTimer* m_refreshTimer;               // batches of a loading list are shown a few times a second
    bool m_stale = false;

    CalendarIndexer m_indexer; // before the views that keep a pointer to its index
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
    QListView* m_dayList;
    DayEntriesModel* m_dayEntries;
    QLabel* m_legendLabel;
    QAction* m_exportIcsAction;
};
