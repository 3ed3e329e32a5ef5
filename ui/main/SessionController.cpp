#include "ui/main/SessionController.h"

#include "api/ApiKeyStore.h"
#include "api/SsapiCall.h"
#include "api/SsapiClient.h"
#include "models/CaCertificateFile.h"
#include "models/ProjectListCache.h"

#include <QLocale>

using namespace Qt::StringLiterals;

SessionController::SessionController(SsapiClient* client, ApiKeyStore* keys, ProjectListCache* cache,
                                     QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_keys(keys)
    , m_cache(cache)
{}

void SessionController::setState(State state, const QString& message)
{
    m_state = state;
    Q_EMIT stateChanged(state, message);
}

void SessionController::connectProfile(const ConnectionProfile& profile, const QString& key)
{
    cancel();
    ++m_generation;
    m_profile = profile;
    m_projects.clear();
    m_catalog = {};
    setState(State::Connecting, {});
    if (!key.isEmpty()) {
        start(key);
        return;
    }
    const int generation = m_generation;
    m_keys->readKey(profile.id, this,
                    [this, generation, profile](const QString& stored, const QString& error) {
                        if (generation != m_generation)
                            return;
                        if (stored.isEmpty()) {
                            fallBackToCache(error);
                            Q_EMIT keyRequired(profile, error);
                            return;
                        }
                        start(stored);
                    });
}

QList<QSslCertificate> SessionController::caCertificatesFor(const ConnectionProfile& profile,
                                                            QString* problem)
{
    const CaCertificateFile file = CaCertificateFile::read(profile.caCertificatePath);
    if (problem)
        *problem = file.error;
    return file.certificates;
}

void SessionController::start(const QString& key)
{
    const QString problem = m_client->setBaseUrl(m_profile.baseUrl);
    if (!problem.isEmpty()) {
        setState(State::Failed, problem);
        return;
    }
    // The one place that decides which private CAs the client trusts (for this origin only). A CA file
    // that cannot be used fails the connection: the system's trust store alone would only give a
    // less clear TLS error later.
    QString caProblem;
    const QList<QSslCertificate> caCertificates = caCertificatesFor(m_profile, &caProblem);
    if (!caProblem.isEmpty()) {
        setState(State::Failed, tr("Private CA: ") + caProblem);
        return;
    }
    // Always set, so a profile without a CA clears the previous profile's.
    m_client->setCaCertificates(caCertificates);
    m_client->setApiKey(key);
    reload();
}

void SessionController::reload()
{
    if (!m_profile.isValid())
        return;
    if (m_projectsCall)
        m_projectsCall->cancel();
    setState(State::Loading, {});
    const int generation = m_generation;
    m_projectsCall =
        m_client->fetchProjects({}, this, [this, generation](const ApiResult<QList<Project>>& result) {
            if (generation != m_generation)
                return;
            if (!result.isOk()) {
                if (result.error().category() == ApiError::Category::Cancelled) {
                    setState(m_projects.isEmpty() ? State::Failed : State::Online,
                             tr("Loading was cancelled."));
                    return;
                }
                fallBackToCache(result.error().userMessage());
                if (result.error().category() == ApiError::Category::Auth)
                    Q_EMIT keyRequired(m_profile, result.error().userMessage());
                return;
            }
            m_projects = result.value();
            if (!m_profile.transient)
                m_cache->save(m_profile.id, m_projects);
            setState(State::Online, {});
            Q_EMIT projectsLoaded(m_projects, false);
            loadCatalog();
        });
    connect(m_projectsCall, &SsapiCall::progress, this, &SessionController::loadProgressed);
}

void SessionController::loadCatalog()
{
    // Groups and portfolios are looked up separately: access is granted per endpoint, and a key that
    // may not read one of them can still edit projects (ids are then not checked before sending).
    const int generation = m_generation;
    m_catalog.codesInUse.clear();
    for (const Project& p : std::as_const(m_projects)) {
        for (const QString& key : {u"code"_s, u"vulnerability_code"_s})
            m_catalog.codesInUse[key].append(p.text(key));
    }
    Q_EMIT catalogLoaded(m_catalog); // the codes now; groups and portfolios when they come
    // Every group of the tenant first (admins only), so a project's groups outside the user's own still
    // have names; when the server refuses, the user's own groups.
    auto loaded = [this, generation](const ApiResult<QList<Group>>& result) {
        if (generation != m_generation || !result.isOk())
            return;
        m_catalog.groups = result.value();
        m_catalog.groupsKnown = true;
        Q_EMIT catalogLoaded(m_catalog);
    };
    m_client->fetchGroups(true, this, [this, generation, loaded](const ApiResult<QList<Group>>& result) {
        if (generation != m_generation)
            return;
        const ApiError::Category refused =
            result.isOk() ? ApiError::Category::None : result.error().category();
        if (refused == ApiError::Category::Auth || refused == ApiError::Category::Validation ||
            refused == ApiError::Category::Client)
            m_client->fetchGroups(false, this, loaded);
        else
            loaded(result);
    });
    m_client->fetchPortfolios(this, [this, generation](const ApiResult<QList<Portfolio>>& result) {
        if (generation != m_generation || !result.isOk())
            return;
        m_catalog.portfolios = result.value();
        m_catalog.portfoliosKnown = true;
        Q_EMIT catalogLoaded(m_catalog);
    });
}

void SessionController::fallBackToCache(const QString& reason)
{
    QDateTime savedAt;
    const QList<Project> cached =
        m_profile.transient ? QList<Project>() : m_cache->load(m_profile.id, &savedAt);
    if (cached.isEmpty()) {
        setState(State::Failed, reason);
        return;
    }
    m_projects = cached;
    setState(State::Offline,
             reason + tr("\nShowing the list saved on %1.")
                          .arg(QLocale().toString(savedAt.toLocalTime(), QLocale::ShortFormat)));
    Q_EMIT projectsLoaded(m_projects, true);
}

void SessionController::cancel()
{
    if (m_projectsCall)
        m_projectsCall->cancel();
}

void SessionController::rememberProject(const Project& project)
{
    for (Project& p : m_projects) {
        if (p.id() == project.id()) {
            p = project;
            break;
        }
    }
    if (!m_profile.transient)
        m_cache->save(m_profile.id, m_projects);
}
