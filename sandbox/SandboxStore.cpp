#include "sandbox/SandboxStore.h"

#include "models/ProjectFactKeys.h"

#include "sandbox/VulnerabilityCounts.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QThread>
#include <QtConcurrentMap>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSandboxStore, "forgedesk.sandbox.store")

namespace {

constexpr int kFormatVersion = 1;
// Fewer rows than this are produced on the calling thread: handing them out costs more than it saves.
constexpr qsizetype kParallelFrom = 32;

QJsonArray toArray(const QList<QJsonObject>& list)
{
    QJsonArray array;
    for (const QJsonObject& o : list)
        array.append(o);
    return array;
}

QList<QJsonObject> toList(const QJsonValue& value)
{
    QList<QJsonObject> list;
    const QJsonArray array = value.toArray();
    list.reserve(array.size());
    for (const QJsonValue& v : array) {
        if (v.isObject())
            list.append(v.toObject());
    }
    return list;
}

} // namespace

SandboxStore::SandboxStore(const QString& dataFile, QObject* parent)
    : QObject(parent)
    , m_dataFile(dataFile)
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(0);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] { save(); });
    m_catalog.groupsKnown = true;
    m_catalog.portfoliosKnown = true;
    // The calling thread works too while it waits (blockingMapped), so one core is left to it.
    m_pool.setMaxThreadCount(qMax(1, QThread::idealThreadCount() - 1));
}

SandboxStore::~SandboxStore()
{
    if (m_dirty)
        save();
}

bool SandboxStore::load(bool* found, QString* error)
{
    *found = false;
    if (m_dataFile.isEmpty())
        return true;
    QFile file(m_dataFile);
    if (!file.exists())
        return true;
    *found = true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(m_dataFile, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = u"%1 is not a sandbox data file: %2"_s.arg(m_dataFile, parseError.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    if (root.value(u"version"_s).toInt() != kFormatVersion) {
        *error = u"%1 has an unknown format version"_s.arg(m_dataFile);
        return false;
    }
    clear();
    setGroups(toList(root.value(u"groups"_s)));
    setPortfolios(toList(root.value(u"portfolios"_s)));
    m_projects = toList(root.value(u"projects"_s));
    rebuildIndex();
    const QJsonObject vulns = root.value(u"vulnerabilities"_s).toObject();
    for (auto it = vulns.begin(); it != vulns.end(); ++it)
        m_vulnerabilities.insert(it.key(), toList(it.value()));
    m_dirty = false;
    return true;
}

bool SandboxStore::save(QString* error)
{
    m_saveTimer.stop();
    if (m_dataFile.isEmpty()) {
        m_dirty = false;
        return true;
    }
    QJsonObject vulns;
    for (const QString& id : std::as_const(m_ids))
        vulns.insert(id, toArray(vulnerabilities(id)));
    const QJsonObject root{{u"format"_s, u"forgedesk-sandbox"_s}, {u"version"_s, kFormatVersion},
                           {u"groups"_s, toArray(m_groups)},      {u"portfolios"_s, toArray(m_portfolios)},
                           {u"projects"_s, toArray(projects())},  {u"vulnerabilities"_s, vulns}};
    QSaveFile file(m_dataFile);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) < 0 || !file.commit()) {
        const QString message = u"cannot write %1: %2"_s.arg(m_dataFile, file.errorString());
        qCWarning(lcSandboxStore).noquote() << message;
        if (error)
            *error = message;
        return false;
    }
    m_dirty = false;
    return true;
}

void SandboxStore::clear()
{
    m_ids.clear();
    m_projects.clear();
    m_produced.clear();
    m_unproduced = 0;
    m_projectSource = nullptr;
    m_json.clear();
    m_index.clear();
    m_vulnerabilities.clear();
    m_source = nullptr;
    setGroups({});
    setPortfolios({});
}

const QJsonObject* SandboxStore::project(const QString& id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &projectAt(it.value());
}

const QList<QJsonObject>& SandboxStore::projects() const
{
    produce(0, m_projects.size(), false);
    return m_projects;
}

const QJsonObject& SandboxStore::projectAt(qsizetype row) const
{
    produce(row, row + 1, false);
    return m_projects.at(row);
}

void SandboxStore::prepareRows(qsizetype from, qsizetype to) const
{
    produce(from, to, true);
}

void SandboxStore::produce(qsizetype from, qsizetype to, bool serialise) const
{
    if (m_unproduced == 0 && !serialise)
        return;
    QList<qsizetype> rows;
    for (qsizetype row = from; row < to; ++row) {
        if (!m_produced.at(row) || (serialise && m_json.at(row).isEmpty()))
            rows.append(row);
    }
    if (rows.isEmpty())
        return;
    struct Made
    {
        QJsonObject project;
        QByteArray json;
    };
    // Workers only read (the source, produced rows) while this thread waits; it alone writes.
    auto make = [this, serialise](qsizetype row) {
        Made made{m_produced.at(row) ? m_projects.at(row) : m_projectSource(row), {}};
        if (serialise)
            made.json = QJsonDocument(made.project).toJson(QJsonDocument::Compact);
        return made;
    };
    QList<Made> made;
    if (rows.size() < kParallelFrom) {
        made.reserve(rows.size());
        for (const qsizetype row : std::as_const(rows))
            made.append(make(row));
    } else {
        made = QtConcurrent::blockingMapped<QList<Made>>(&m_pool, rows, make);
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const qsizetype row = rows.at(i);
        if (!m_produced.at(row)) {
            m_projects[row] = std::move(made[i].project);
            m_produced[row] = true;
            --m_unproduced;
        }
        if (serialise)
            m_json[row] = std::move(made[i].json);
    }
}

void SandboxStore::putProject(const QJsonObject& readJson)
{
    const QString id = readJson.value(ProjectFactKeys::Id).toString();
    if (const auto it = m_index.constFind(id); it != m_index.cend()) {
        const qsizetype row = it.value();
        if (!m_produced.at(row))
            --m_unproduced;
        m_projects[row] = readJson;
        m_produced[row] = true;
        m_json[row].clear();
    } else {
        m_index.insert(id, m_ids.size());
        m_ids.append(id);
        m_projects.append(readJson);
        m_produced.append(true);
        m_json.append(QByteArray());
    }
    markChanged();
}

void SandboxStore::setProjectSource(const QStringList& ids, ProjectSource source)
{
    m_ids = ids;
    m_projects = QList<QJsonObject>(ids.size());
    m_produced = QList<bool>(ids.size(), false);
    m_unproduced = ids.size();
    m_projectSource = std::move(source);
    m_json = QList<QByteArray>(ids.size());
    m_index.clear();
    m_index.reserve(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i)
        m_index.insert(ids.at(i), i);
    markChanged();
}

void SandboxStore::materialise(const QString& projectId) const
{
    if (m_vulnerabilities.contains(projectId))
        return;
    m_vulnerabilities.insert(projectId, m_source && m_index.contains(projectId) ? m_source(projectId)
                                                                                : QList<QJsonObject>());
}

QList<QJsonObject> SandboxStore::vulnerabilities(const QString& projectId) const
{
    materialise(projectId);
    return m_vulnerabilities.value(projectId);
}

void SandboxStore::setVulnerabilities(const QString& projectId, const QList<QJsonObject>& list)
{
    m_vulnerabilities.insert(projectId, list);
    if (const auto it = m_index.constFind(projectId); it != m_index.cend()) {
        projectAt(it.value());
        VulnerabilityCounts::update(m_projects[it.value()], list);
        m_json[it.value()].clear();
    }
    markChanged();
}

void SandboxStore::setGroups(const QList<QJsonObject>& groups)
{
    m_groups = groups;
    m_catalog.groups = this->groups();
    markChanged();
}

void SandboxStore::setPortfolios(const QList<QJsonObject>& portfolios)
{
    m_portfolios = portfolios;
    m_catalog.portfolios = this->portfolios();
    markChanged();
}

QList<Group> SandboxStore::groups() const
{
    QList<Group> list;
    for (const QJsonObject& g : m_groups)
        list.append(Group::fromJson(g));
    return list;
}

QList<Portfolio> SandboxStore::portfolios() const
{
    QList<Portfolio> list;
    for (const QJsonObject& p : m_portfolios)
        list.append(Portfolio::fromJson(p));
    return list;
}

void SandboxStore::markChanged()
{
    if (m_dataFile.isEmpty())
        return;
    m_dirty = true;
    m_saveTimer.start();
}

QByteArray SandboxStore::projectJson(qsizetype row) const
{
    QByteArray& json = m_json[row];
    if (json.isEmpty())
        json = QJsonDocument(projectAt(row)).toJson(QJsonDocument::Compact);
    return json;
}

void SandboxStore::rebuildIndex()
{
    m_json = QList<QByteArray>(m_projects.size());
    m_produced = QList<bool>(m_projects.size(), true);
    m_unproduced = 0;
    m_ids.clear();
    m_ids.reserve(m_projects.size());
    m_index.clear();
    m_index.reserve(m_projects.size());
    for (qsizetype i = 0; i < m_projects.size(); ++i) {
        m_ids.append(m_projects.at(i).value(ProjectFactKeys::Id).toString());
        m_index.insert(m_ids.constLast(), i);
    }
}
