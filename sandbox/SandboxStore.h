#pragma once

#include "models/Catalog.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <functional>

// The sandbox's tenant: projects in read shape (project_-prefixed, as GetProjectById returns them,
// indexed by id), their vulnerabilities, groups and portfolios. With a data file every change is
// written back atomically (QSaveFile) shortly after it happens and when the store is destroyed.
class SandboxStore : public QObject
{
    Q_OBJECT
public:
    // Produces a project's vulnerabilities on first use, so a 10,000-project seed stays cheap.
    using VulnerabilitySource = std::function<QList<QJsonObject>(const QString& projectId)>;
    // Produces the project at a row on first use, so a 100,000-project seed starts at once. Runs on
    // worker threads: it must depend on nothing but the row.
    using ProjectSource = std::function<QJsonObject(qsizetype row)>;

    explicit SandboxStore(const QString& dataFile = {}, QObject* parent = nullptr);
    ~SandboxStore() override;

    QString dataFile() const { return m_dataFile; }
    // Loads the data file. Returns false with `error` set when it exists but cannot be used;
    // `found` tells whether there was a file at all.
    bool load(bool* found, QString* error);
    bool save(QString* error = nullptr);
    void clear();

    qsizetype projectCount() const { return m_ids.size(); }
    // Every project; those the source has not produced yet are produced now (on all cores).
    const QList<QJsonObject>& projects() const;
    const QJsonObject& projectAt(qsizetype row) const;
    // projectAt(row) as compact JSON, kept until the project changes: a page of GetProjects is
    // these joined, not 500 objects serialised again for every request.
    QByteArray projectJson(qsizetype row) const;
    // Produces and serialises rows [from, to) not done yet, on all cores: the rows of a page.
    void prepareRows(qsizetype from, qsizetype to) const;
    const QJsonObject* project(const QString& id) const;
    QStringList projectIds() const { return m_ids; }
    // Inserts a new project at the end, or replaces the one with the same project_id.
    void putProject(const QJsonObject& readJson);
    // Replaces the projects with ids.size() rows that `source` produces when first needed.
    void setProjectSource(const QStringList& ids, ProjectSource source);

    QList<QJsonObject> vulnerabilities(const QString& projectId) const;
    // Replaces the list and refreshes the project's vulnerability counters.
    void setVulnerabilities(const QString& projectId, const QList<QJsonObject>& list);
    void setVulnerabilitySource(VulnerabilitySource source) { m_source = std::move(source); }

    const QList<QJsonObject>& groupsJson() const { return m_groups; }
    const QList<QJsonObject>& portfoliosJson() const { return m_portfolios; }
    void setGroups(const QList<QJsonObject>& groups);
    void setPortfolios(const QList<QJsonObject>& portfolios);
    QList<Group> groups() const;
    QList<Portfolio> portfolios() const;
    const Catalog& catalog() const { return m_catalog; }

    // Something changed: write the file soon (coalesced, so bulk changes cost one write).
    void markChanged();

private:
    void materialise(const QString& projectId) const;
    void produce(qsizetype from, qsizetype to, bool serialise) const;
    void rebuildIndex();

    QString m_dataFile;
    // m_ids, m_projects, m_produced and m_json have the same rows.
    QStringList m_ids;
    mutable QList<QJsonObject> m_projects; // empty where m_produced is false
    mutable QList<bool> m_produced;
    mutable qsizetype m_unproduced = 0;
    ProjectSource m_projectSource;
    mutable QThreadPool m_pool;
    QHash<QString, qsizetype> m_index;
    mutable QList<QByteArray> m_json; // empty: not serialised yet
    mutable QHash<QString, QList<QJsonObject>> m_vulnerabilities;
    VulnerabilitySource m_source;
    QList<QJsonObject> m_groups;
    QList<QJsonObject> m_portfolios;
    Catalog m_catalog;
    QTimer m_saveTimer;
    bool m_dirty = false;
};
