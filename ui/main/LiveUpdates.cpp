#include "ui/main/LiveUpdates.h"

#include "api/EventsClient.h"
#include "api/EventsProtocol.h"
#include "api/SsapiClient.h"
#include "models/IsoDate.h"
#include "models/ProjectListModel.h"
#include "ui/editor/ProjectEditor.h"
#include "ui/retest/RetestCalendarView.h"
#include "ui/retest/RetestRoundsPanel.h"

#include <QLabel>
#include <QStatusBar>

using namespace Qt::StringLiterals;

LiveUpdates::LiveUpdates(SessionController* session, const Parts& parts, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_parts(parts)
    , m_client(new EventsClient(this))
    , m_label(new QLabel)
{
    setObjectName(u"liveUpdates"_s);
    m_label->setObjectName(u"liveUpdatesLabel"_s);
    m_label->setAccessibleName(tr("Live updates status"));
    if (m_parts.statusBar)
        m_parts.statusBar->addPermanentWidget(m_label);
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(150);
    connect(&m_coalesce, &QTimer::timeout, this, &LiveUpdates::fetchPending);
    connect(m_client, &EventsClient::stateChanged, this, &LiveUpdates::showStatus);
    connect(m_client, &EventsClient::subscribed, this, &LiveUpdates::showStatus);
    connect(m_client, &EventsClient::notificationReceived, this, &LiveUpdates::onNotification);
    connect(m_session, &SessionController::stateChanged, this,
            [this](SessionController::State state) { onSessionState(state); });
    showStatus();
}

void LiveUpdates::onSessionState(SessionController::State state)
{
    using S = SessionController::State;
    const ConnectionProfile profile = m_session->profile();
    if (state == S::Online) {
        const bool running = m_client->state() != EventsClient::State::Stopped;
        if (running && profile.id == m_profileId)
            return; // a reload (F5) of the same connection keeps the stream
        m_profileId = profile.id;
        const QString problem = m_client->setBaseUrl(profile.baseUrl);
        m_client->setApiKey(m_session->client()->apiKey());
        // The REST client's trust, as SessionController set it for this connection: the socket trusts
        // exactly what REST trusts for this origin, and nothing from another connection's CA.
        m_client->setOriginTrust(m_session->client()->originTrust());
        // The demo sandbox is new each run: nothing to resume there.
        m_client->setProfileId(profile.transient ? QString() : profile.id);
        if (problem.isEmpty())
            m_client->start();
        return;
    }
    if (state == S::Loading)
        return;
    // Another connection, or none reachable: the stream belongs to the old one.
    ++m_generation;
    m_pending.clear();
    m_inFlight.clear();
    m_profileId.clear();
    m_client->stop();
}

void LiveUpdates::onNotification(const EventsNotification& notification)
{
    m_pending.insert(notification.projectId, notification);
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

void LiveUpdates::fetchPending()
{
    const QList<QString> ids = m_pending.keys();
    for (const QString& id : ids) {
        if (m_inFlight.contains(id))
            continue; // re-read again once the current read is back
        const EventsNotification cause = m_pending.take(id);
        m_inFlight.insert(id);
        const int generation = m_generation;
        m_session->client()->fetchProject(
            id, this, [this, id, cause, generation](const ApiResult<Project>& result) {
                if (generation != m_generation)
                    return;
                m_inFlight.remove(id);
                if (result.isOk())
                    apply(result.value(), cause);
                else if (m_parts.statusBar)
                    m_parts.statusBar->showMessage(
                        tr("A live update could not be loaded: ") + result.error().userMessage(), 8000);
                if (m_pending.contains(id) && !m_coalesce.isActive())
                    m_coalesce.start();
            });
    }
}

void LiveUpdates::apply(const Project& project, const EventsNotification& cause)
{
    // updateProject changes the row in place (or appends a new one): no reset, the selection stays.
    m_parts.list->updateProject(project);
    m_session->rememberProject(project);
    if (m_parts.calendar)
        m_parts.calendar->updateProject(ProjectSummary::fromProject(project));
    if (m_parts.rounds && m_parts.rounds->project().id() == project.id())
        m_parts.rounds->setProject(project);
    if (m_parts.editor && m_parts.editor->loadedProject().id() == project.id())
        m_parts.editor->offerServerVersion(project, cause.who, IsoDate::parse(cause.timestamp));
    Q_EMIT projectRefreshed(project.id());
}

void LiveUpdates::showStatus()
{
    using St = EventsClient::State;
    QString text;
    switch (m_client->state()) {
    case St::Stopped:
        text = tr("Live updates: off");
        break;
    case St::Connecting:
        text = tr("Live updates: connecting…");
        break;
    case St::Waiting:
        text = tr("Live updates: reconnecting…");
        break;
    case St::NotGranted:
        text = tr("Live updates: off (not granted)");
        break;
    case St::Refused:
        text = tr("Live updates: off (refused)");
        break;
    case St::Untrusted:
        text = tr("Live updates: off, %1").arg(m_client->problem());
        break;
    case St::Live: {
        const QStringList granted = m_client->granted();
        text = granted.size() >= m_client->events().size()
                   ? tr("Live updates: on")
                   : tr("Live updates: on for ") + granted.join(u", "_s);
        break;
    }
    }
    m_label->setText(text);
    m_label->setToolTip(m_client->state() == St::NotGranted
                            ? tr("This key may not receive project events; an administrator can grant "
                                 "them. F5 still reloads.")
                            : QString());
}
