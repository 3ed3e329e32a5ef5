#pragma once

#include "sandbox/DemoVulnerabilities.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>

class SandboxStore;

// Fills a SandboxStore with a realistic tenant: groups, portfolios with streams and any number of
// projects with findings and retest rounds. Deterministic: project i is always the same project
// (dates move with `today`), whatever the total, so the standard 30 are the first 30 of a 10,000 seed.
class DemoSeeder
{
public:
    explicit DemoSeeder(QDate today, quint32 seed = 0x5eed2024u);

    // Replaces the store's content. Vulnerabilities are produced on first use.
    void seed(SandboxStore& store, int projectCount) const;
    void seedCatalog(SandboxStore& store) const;

    QJsonObject project(int index) const;
    QList<QJsonObject> vulnerabilities(int index) const;

    static QString projectId(int index);
    static constexpr int kStandardSize = 30;

private:
    // Everything about project i that both the project and its findings depend on.
    struct Plan
    {
        int index = 0;
        int client = 0;
        QString name;
        QString code;
        QString vulnerabilityCode;
        QDateTime start;
        QDateTime end;
        int vulnerabilityCount = 0;
    };
    Plan plan(int index) const;
    QList<DemoVulnerability> findings(const Plan& plan) const;
    QJsonObject features(QRandomGenerator& rng) const;
    QJsonObject pages(QRandomGenerator& rng) const;
    QJsonArray rounds(const Plan& plan, const QList<DemoVulnerability>& findings, QRandomGenerator& rng,
                      int* requested, int* completed) const;
    // Request-shaped [{portfolioId, streamId}]; adds the names of what it links to `names`.
    QJsonArray streams(const Plan& plan, QRandomGenerator& rng, QHash<QString, QString>& names) const;

    QDateTime m_today;
    quint32 m_seed;
};
