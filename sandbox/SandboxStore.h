#pragma once

#include "models/Catalog.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
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

    explicit SandboxStore(const QString& dataFile = {}, QObject* parent = nullptr);
    ~SandboxStore() override;

    QString dataFile() const { return m_dataFile; }
    // Loads the data file. Returns false with `error` set when it exists but cannot be used;
    // `found` tells whether there was a file at all.
    bool load(bool* found, QString* error);
    bool save(QString* error = nullptr);
    void clear();

    qsizetype projectCount() const { return m_projects.size(); }
    const QList<QJsonObject>& projects() const { return m_projects; }
    // projects().at(row) as compact JSON, kept until the project changes: a page of GetProjects is
    // these joined, not 500 objects serialised again for every request.
    QByteArray projectJson(qsizetype row) const;
    const QJsonObject* project(const QString& id) const;
    QStringList projectIds() const;
    // Inserts a new project at the end, or replaces the one with the same project_id.
    void putProject(const QJsonObject& readJson);

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
    void rebuildIndex();

    QString m_dataFile;
    QList<QJsonObject> m_projects;
    QHash<QString, qsizetype> m_index;
    mutable QList<QByteArray> m_json; // same rows as m_projects; empty: not serialised yet
    mutable QHash<QString, QList<QJsonObject>> m_vulnerabilities;
    VulnerabilitySource m_source;
    QList<QJsonObject> m_groups;
    QList<QJsonObject> m_portfolios;
    Catalog m_catalog;
    QTimer m_saveTimer;
    bool m_dirty = false;
};
