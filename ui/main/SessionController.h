#pragma once

#include "models/Catalog.h"
#include "models/ConnectionProfile.h"
#include "models/Project.h"
#include "models/ProjectSummary.h"

#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QThreadPool>
#include <QTimer>

class ApiKeyStore;
class ProjectListCache;
class SsapiCall;
class SsapiClient;

// One connection at a time: which profile, its key (from the keychain, the environment or the demo
// sandbox), the client configured for it, and loading the project list and the tenant's groups and
// portfolios. Falls back to the cached list when the tenant cannot be reached. The list is loaded as
// ProjectSummary rows, handed on batch by batch as pages arrive (pages in flight at once: the
// "network/pageConcurrency" setting, default SsapiClient::kDefaultPageConcurrency); the offline cache
// is read and written on a worker thread of its own, in order.
class SessionController : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Disconnected,
        Connecting,
        Loading,
        Online,
        Offline,
        Failed
    };
    Q_ENUM(State)

    SessionController(SsapiClient* client, ApiKeyStore* keys, ProjectListCache* cache,
                      QObject* parent = nullptr);

    SsapiClient* client() const { return m_client; }
    ProjectListCache* cache() const { return m_cache; }
    ConnectionProfile profile() const { return m_profile; }
    State state() const { return m_state; }
    const QList<ProjectSummary>& projects() const { return m_projects; }
    const Catalog& catalog() const { return m_catalog; }

    // Uses `key` when given (demo sandbox, FORGEDESK_API_KEY), otherwise reads the keychain and emits
    // keyRequested() when there is none.
    void connectProfile(const ConnectionProfile& profile, const QString& key = {});
    void reload();
    void cancel();
    void rememberProject(const Project& project);
    // Waits for cache writes under way (tests, and before the process ends).
    void waitForCache() { m_cacheThread.waitForDone(); }
    ~SessionController() override { m_cacheThread.waitForDone(); }

    // The private CA certificates the client trusts for `profile`'s origin only: those of its CA file,
    // none when it names no file. `problem` (optional) gets why a named file gives none.
    static QList<QSslCertificate> caCertificatesFor(const ConnectionProfile& profile,
                                                    QString* problem = nullptr);

Q_SIGNALS:
    void stateChanged(SessionController::State state, const QString& message);
    // A reload began: rows arriving now replace those shown; at projectsLoaded the others go.
    void projectsLoading();
    // The next rows of the list, in list order, while it loads.
    void projectsArrived(const QList<ProjectSummary>& batch);
    // The whole list: after the last batch, or the cached list (fromCache) when offline.
    void projectsLoaded(const QList<ProjectSummary>& projects, bool fromCache);
    void catalogLoaded(const Catalog& catalog);
    void loadProgressed(int done, int total);
    void keyRequested(const ConnectionProfile& profile, const QString& reason);

private:
    void setState(State state, const QString& message);
    void start(const QString& key);
    void loadCatalog();
    void indexCodes();
    void fallBackToCache(const QString& reason);
    void saveCache();

    SsapiClient* m_client;
    ApiKeyStore* m_keys;
    ProjectListCache* m_cache;
    ConnectionProfile m_profile;
    State m_state = State::Disconnected;
    QList<ProjectSummary> m_projects;
    QList<ProjectSummary> m_loading; // rows of the reload under way
    QThreadPool m_cacheThread;       // one thread: cache reads and writes happen in order
    QTimer m_cacheDebounce;
    Catalog m_catalog;
    QPointer<SsapiCall> m_projectsCall;
    int m_generation = 0; // results of an earlier connection are dropped
};
