#pragma once

#include "models/Project.h"

#include <QDateTime>
#include <QList>
#include <QString>

// The last project list loaded per profile, kept on disk so it can be browsed offline.
// Written atomically; a damaged or missing file reads as "no cache".
class ProjectListCache
{
public:
    explicit ProjectListCache(QString directory = {});

    bool save(const QString& profileId, const QList<Project>& projects) const;
    QList<Project> load(const QString& profileId, QDateTime* savedAt = nullptr) const;
    void remove(const QString& profileId) const;

private:
    QString fileFor(const QString& profileId) const;

    QString m_directory;
};
