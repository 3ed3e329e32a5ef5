#pragma once

#include "api/EventsNotification.h"
#include "ui/main/SessionController.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

class EventsClient;
class ProjectEditor;
class ProjectListModel;
class QLabel;
class QStatusBar;
class RetestCalendarView;
class RetestRoundsPanel;

// Live updates for the main window: runs the session's events connection, says in the status bar
// whether it is on (and for which events), and turns each event into one re-read of its project
// (bursts coalesced per project) that updates the list row, rounds, calendar and open editor in place.
class LiveUpdates : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        ProjectListModel* list = nullptr;
        ProjectEditor* editor = nullptr;
        RetestRoundsPanel* rounds = nullptr;
        RetestCalendarView* calendar = nullptr;
        QStatusBar* statusBar = nullptr;
    };

    LiveUpdates(SessionController* session, const Parts& parts, QObject* parent = nullptr);

    EventsClient* client() const { return m_client; }
    QLabel* statusLabel() const { return m_label; }
    void setCoalesceDelay(int milliseconds) { m_coalesce.setInterval(milliseconds); }

Q_SIGNALS:
    // After an event's re-read reached every view.
    void projectRefreshed(const QString& projectId);

private:
    void onSessionState(SessionController::State state);
    void onNotification(const EventsNotification& notification);
    void fetchPending();
    void apply(const Project& project, const EventsNotification& cause);
    void showStatus();

    SessionController* m_session;
    Parts m_parts;
    EventsClient* m_client;
    QLabel* m_label;
    QString m_profileId; // the connection the events client runs for
    QTimer m_coalesce;
    QHash<QString, EventsNotification> m_pending; // latest event per project, not yet re-read
    QSet<QString> m_inFlight;
    int m_generation = 0;
};
