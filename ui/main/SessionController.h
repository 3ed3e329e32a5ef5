#pragma once

#include "models/Catalog.h"
#include "models/ConnectionProfile.h"
#include "models/Project.h"

#include <QObject>
#include <QPointer>
#include <QSslCertificate>

class ApiKeyStore;
class ProjectListCache;
class SsapiCall;
class SsapiClient;

// One connection at a time: which profile, its key (from the keychain, the environment or the demo
// sandbox), the client configured for it, and loading the project list and the tenant's groups and
// portfolios. Falls back to the cached list when the tenant cannot be reached.
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
    const QList<Project>& projects() const { return m_projects; }
    const Catalog& catalog() const { return m_catalog; }

    // Uses `key` when given (demo sandbox, FORGEDESK_API_KEY), otherwise reads the keychain and emits
    // keyRequired() when there is none.
    void connectProfile(const ConnectionProfile& profile, const QString& key = {});
    void reload();
    void cancel();
    void rememberProject(const Project& project);

    // The private CA certificates the client trusts for `profile`'s origin only: those of its CA file,
    // none when it names no file. `problem` (optional) gets why a named file gives none.
    static QList<QSslCertificate> caCertificatesFor(const ConnectionProfile& profile,
                                                    QString* problem = nullptr);

Q_SIGNALS:
    void stateChanged(SessionController::State state, const QString& message);
    void projectsLoaded(const QList<Project>& projects, bool fromCache);
    void catalogLoaded(const Catalog& catalog);
    void loadProgressed(int done, int total);
    void keyRequired(const ConnectionProfile& profile, const QString& reason);

private:
    void setState(State state, const QString& message);
    void start(const QString& key);
    void loadCatalog();
    void fallBackToCache(const QString& reason);

    SsapiClient* m_client;
    ApiKeyStore* m_keys;
    ProjectListCache* m_cache;
    ConnectionProfile m_profile;
    State m_state = State::Disconnected;
    QList<Project> m_projects;
    Catalog m_catalog;
    QPointer<SsapiCall> m_projectsCall;
    int m_generation = 0; // results of an earlier connection are dropped
};
