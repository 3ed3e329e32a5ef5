#pragma once

#include "models/HoldEvent.h"
#include "models/RetestRound.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

// What the server tells about a project that ForgeDesk shows but never sends.
struct ProjectFacts
{
    QString status; // Waiting-to-Start, Testing, Completed, On-Hold
    QString testingProgress;
    QString lastModified; // project_last_modified / last_updated: the only change marker
    QList<RetestRound> retestRounds;
    QList<HoldEvent> holdHistory;
    QHash<QString, QString> names; // group, portfolio and stream ids -> names, for display
    int totalVulnerabilities = 0;
    int openVulnerabilities = 0;
    int retestVulnerabilities = 0;
    bool operator==(const ProjectFacts&) const = default;
};

// A project: every UpdateProjectById field, held in request shape and keyed by the request key
// (see ProjectFields), plus read-only facts. Absent fields are "not known", not "empty".
class Project
{
public:
    QString id() const { return m_id; }
    void setId(const QString& id) { m_id = id; }

    QJsonValue value(const QString& key) const;
    bool hasValue(const QString& key) const { return m_values.contains(key); }
    void setValue(const QString& key, const QJsonValue& value);
    void clearValue(const QString& key) { m_values.remove(key); }
    const QJsonObject& values() const { return m_values; }

    QString text(const QString& key) const { return m_values.value(key).toString(); }
    QStringList strings(const QString& key) const;

    QString name() const;
    QString code() const;
    QString startDate() const;
    QString endDate() const;
    QString created() const;
    bool isOnHold() const;
    QStringList groupIds() const;
    // Retesting is on unless the features say it is explicitly disabled.
    bool isRetestingEnabled() const;
    int nextRetestRoundNumber() const;

    const ProjectFacts& facts() const { return m_facts; }
    ProjectFacts& facts() { return m_facts; }

    bool operator==(const Project&) const = default;

private:
    QString m_id;
    QJsonObject m_values;
    ProjectFacts m_facts;
};
