#include "ui/main/SessionController.h"

#include "api/ApiKeyStore.h"
#include "api/SsapiCall.h"
#include "api/SsapiClient.h"
#include "models/BackgroundPool.h"
#include "models/CaCertificateFile.h"
#include "models/ProjectField.h"
#include "models/ProjectListCache.h"
#include "models/ProjectListModel.h"
#include "models/ThreadPriority.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

SessionController::SessionController(SsapiClient* client, ApiKeyStore* keys, ProjectListCache* cache,
                                     QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_keys(keys)
    , m_cache(cache)
{
    m_cacheThread.setMaxThreadCount(1);
    m_cacheDebounce.setSingleShot(true);
    m_cacheDebounce.setInterval(1000);
    connect(&m_cacheDebounce, &QTimer::timeout, this, &SessionController::saveCache);
}

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
                            Q_EMIT keyRequested(profile, error);
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
    m_client->setPageConcurrency(
        QSettings().value(u"network/pageConcurrency"_s, SsapiClient::kDefaultPageConcurrency).toInt());
    // The byte limit guards against a server that never ends a list; rows are summaries now, so the
    // pages' bytes are not kept, and a 100,000-project tenant sends more than the default 512 MiB.
    PagingLimits limits;
    limits.maxBytes = qint64{4} * 1024 * 1024 * 1024;
    m_client->setPagingLimits(limits);
    m_loading.clear();
    Q_EMIT projectsLoading();
    m_projectsCall = m_client->fetchProjectSummaries(
        {}, this,
        [this, generation](const QList<ProjectSummary>& batch) {
            if (generation != m_generation)
                return;
            m_loading.append(batch);
            Q_EMIT projectsArrived(batch);
        },
        [this, generation](const ApiResult<int>& result) {
            if (generation != m_generation)
                return;
            if (!result.isOk()) {
                m_loading.clear();
                if (result.error().category() == ApiError::Category::Cancelled) {
                    setState(m_projects.isEmpty() ? State::Failed : State::Online,
                             tr("Loading was cancelled."));
                    return;
                }
                fallBackToCache(result.error().userMessage());
                if (result.error().category() == ApiError::Category::Auth)
                    Q_EMIT keyRequested(m_profile, result.error().userMessage());
                return;
            }
            // The list a reload replaces may hold the last reference to 100,000 rows.
            BackgroundPool::release(std::exchange(m_projects, std::move(m_loading)));
            m_loading = {};
            m_cacheDebounce.stop();
            saveCache();
            setState(State::Online, {});
            Q_EMIT projectsLoaded(m_projects, false);
            loadCatalog();
        });
    connect(m_projectsCall, &SsapiCall::pageReceived, this, [this, generation](int done, int total) {
        if (generation != m_generation)
            return;
        // One buffer, not a copy of the rows at each growth; the count is the server's word, so capped.
        if (const qsizetype rows = std::min<qsizetype>(total, ProjectListModel::kMostRowsReserved);
            rows > m_loading.capacity())
            m_loading.reserve(rows);
        Q_EMIT loadProgressed(done, total);
    });
}

void SessionController::saveCache()
{
    if (m_profile.transient)
        return;
    // A copy shares the rows; the file is written on the cache thread.
    (void)QtConcurrent::run(&m_cacheThread, [cache = m_cache, id = m_profile.id, rows = m_projects] {
        ThreadPriority::yieldToInteractive();
        cache->save(id, rows);
    });
}

void SessionController::loadCatalog()
{
    // Groups and portfolios are looked up separately: access is granted per endpoint, and a key that
    // may not read one of them can still edit projects (ids are then not checked before sending).
    const int generation = m_generation;
    indexCodes();
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
    if (m_profile.transient || !m_cache->contains(m_profile.id)) {
        setState(State::Failed, reason);
        return;
    }
    struct Cached
    {
        QList<ProjectSummary> projects;
        QDateTime savedAt;
    };
    const int generation = m_generation;
    auto* watcher = new QFutureWatcher<Cached>(this);
    watcher->setObjectName(QStringLiteral("cachedList")); // names it in stall traces
    connect(watcher, &QFutureWatcher<Cached>::finished, this, [this, watcher, generation, reason] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const Cached cached = watcher->result();
        if (cached.projects.isEmpty()) {
            setState(State::Failed, reason);
            return;
        }
        m_projects = cached.projects;
        setState(State::Offline,
                 reason + tr("\nShowing the list saved on %1.")
                              .arg(QLocale().toString(cached.savedAt.toLocalTime(), QLocale::ShortFormat)));
        Q_EMIT projectsLoaded(m_projects, true);
    });
    watcher->setFuture(QtConcurrent::run(&m_cacheThread, [cache = m_cache, id = m_profile.id] {
        ThreadPriority::yieldToInteractive();
        Cached c;
        c.projects = cache->load(id, &c.savedAt);
        return c;
    }));
}

void SessionController::indexCodes()
{
    // The codes in use, for the editor's uniqueness hints; counted on a worker, since at 100,000
    // projects the pass would hold the GUI thread for a few hundred milliseconds.
    using CodeIndexes = QHash<QString, CodeIndex>;
    const int generation = m_generation;
    auto* watcher = new QFutureWatcher<CodeIndexes>(this);
    watcher->setObjectName(QStringLiteral("codeIndex")); // names it in stall traces
    connect(watcher, &QFutureWatcher<CodeIndexes>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_catalog.codesInUse = watcher->result();
        Q_EMIT catalogLoaded(m_catalog);
    });
    watcher->setFuture(QtConcurrent::run(BackgroundPool::instance(), [rows = m_projects] {
        ThreadPriority::yieldToInteractive();
        QStringList codes;
        QStringList vulnerabilityCodes;
        codes.reserve(rows.size());
        vulnerabilityCodes.reserve(rows.size());
        for (const ProjectSummary& p : rows) {
            codes.append(p.code);
            vulnerabilityCodes.append(p.vulnerabilityCode);
        }
        return CodeIndexes{{ProjectFields::Code, CodeIndex(codes)},
                           {ProjectFields::VulnerabilityCode, CodeIndex(vulnerabilityCodes)}};
    }));
}

void SessionController::cancel()
{
    if (m_projectsCall)
        m_projectsCall->cancel();
}

void SessionController::rememberProject(const Project& project)
{
    const ProjectSummary summary = ProjectSummary::fromProject(project);
    for (ProjectSummary& p : m_projects) {
        if (p.id == summary.id) {
            p = summary;
            break;
        }
    }
    // A burst of saves or live updates writes the file once.
    if (!m_cacheDebounce.isActive())
        m_cacheDebounce.start();
}
