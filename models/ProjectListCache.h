#pragma once

#include "models/ProjectSummary.h"

#include <QDateTime>
#include <QList>
#include <QString>

// The last project list loaded per profile, as summaries (the list's and the calendar's rows), kept on
// disk so it can be browsed offline. Its methods touch only files, so they may run on a worker thread
// (SessionController does all of them on one, in order).
// Written atomically and owner-only (folder 0700, files 0600; older ones are tightened when the cache
// opens) in ProjectSummaryStream's binary form; a damaged, truncated or missing file reads as "no
// cache". A JSON cache of an earlier version is still read until the next save replaces it.
class ProjectListCache
{
public:
    explicit ProjectListCache(QString directory = {});

    bool save(const QString& profileId, const QList<ProjectSummary>& projects) const;
    QList<ProjectSummary> load(const QString& profileId, QDateTime* savedAt = nullptr) const;
    // True when nothing of the profile is left.
    bool remove(const QString& profileId) const;
    bool contains(const QString& profileId) const;
    QString fileFor(const QString& profileId) const;

private:
    QString pathFor(const QString& profileId, QLatin1String suffix) const;
    QString legacyFileFor(const QString& profileId) const;
    QList<ProjectSummary> loadLegacy(const QString& profileId, QDateTime* savedAt) const;

    QString m_directory;
};
