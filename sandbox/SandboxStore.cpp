#include "sandbox/SandboxStore.h"

#include "models/ProjectFactKeys.h"

#include "sandbox/VulnerabilityCounts.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSandboxStore, "forgedesk.sandbox.store")

namespace {

constexpr int kFormatVersion = 1;

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
    for (const QJsonObject& p : std::as_const(m_projects)) {
        const QString id = p.value(ProjectFactKeys::Id).toString();
        vulns.insert(id, toArray(vulnerabilities(id)));
    }
    const QJsonObject root{{u"format"_s, u"forgedesk-sandbox"_s}, {u"version"_s, kFormatVersion},
                           {u"groups"_s, toArray(m_groups)},      {u"portfolios"_s, toArray(m_portfolios)},
                           {u"projects"_s, toArray(m_projects)},  {u"vulnerabilities"_s, vulns}};
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
    m_projects.clear();
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
    return it == m_index.cend() ? nullptr : &m_projects.at(it.value());
}

QStringList SandboxStore::projectIds() const
{
    QStringList ids;
    ids.reserve(m_projects.size());
    for (const QJsonObject& p : m_projects)
        ids.append(p.value(ProjectFactKeys::Id).toString());
    return ids;
}

void SandboxStore::putProject(const QJsonObject& readJson)
{
    const QString id = readJson.value(ProjectFactKeys::Id).toString();
    if (const auto it = m_index.constFind(id); it != m_index.cend()) {
        m_projects[it.value()] = readJson;
        m_json[it.value()].clear();
    } else {
        m_index.insert(id, m_projects.size());
        m_projects.append(readJson);
        m_json.append(QByteArray());
    }
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
        json = QJsonDocument(m_projects.at(row)).toJson(QJsonDocument::Compact);
    return json;
}

void SandboxStore::rebuildIndex()
{
    m_json = QList<QByteArray>(m_projects.size());
    m_index.clear();
    m_index.reserve(m_projects.size());
    for (qsizetype i = 0; i < m_projects.size(); ++i)
        m_index.insert(m_projects.at(i).value(ProjectFactKeys::Id).toString(), i);
}
