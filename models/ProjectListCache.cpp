#include "models/ProjectListCache.h"

#include "models/IsoDate.h"
#include "models/PrivateStorage.h"
#include "models/ProjectSummaryStream.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

ProjectListCache::ProjectListCache(QString directory)
    : m_directory(directory.isEmpty()
                      ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/cache"_s
                      : std::move(directory))
{
    PrivateStorage::tighten(m_directory); // earlier versions left the cache world-readable
}

QString ProjectListCache::pathFor(const QString& profileId, QLatin1String suffix) const
{
    // Profile ids are generated UUIDs; anything else is reduced to a safe file name.
    QString safe = profileId;
    safe.replace(QRegularExpression(u"[^A-Za-z0-9_-]"_s), u"_"_s);
    return m_directory + u"/projects-"_s + safe + suffix;
}

QString ProjectListCache::fileFor(const QString& profileId) const
{
    return pathFor(profileId, QLatin1String(".cache"));
}

QString ProjectListCache::legacyFileFor(const QString& profileId) const
{
    return pathFor(profileId, QLatin1String(".json"));
}

bool ProjectListCache::save(const QString& profileId, const QList<ProjectSummary>& projects) const
{
    if (!PrivateStorage::makeDir(m_directory))
        return false;
    QSaveFile file(fileFor(profileId));
    if (!file.open(QIODevice::WriteOnly) || !PrivateStorage::restrict(file))
        return false;
    // Streamed row by row through the file's buffer: the list's encoding is never held in memory.
    QDataStream out(&file);
    ProjectSummaryStream::writeHeader(out, QDateTime::currentDateTimeUtc(), projects.size());
    for (const ProjectSummary& project : projects)
        ProjectSummaryStream::writeRow(out, project);
    if (out.status() != QDataStream::Ok || !file.commit())
        return false;
    QFile::remove(legacyFileFor(profileId)); // now superseded
    return true;
}

QList<ProjectSummary> ProjectListCache::load(const QString& profileId, QDateTime* savedAt) const
{
    QFile file(fileFor(profileId));
    if (!file.exists())
        return loadLegacy(profileId, savedAt);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // One read of the whole file (a few tens of MB at 100,000 rows), then decoded in place.
    return ProjectSummaryStream::read(file.readAll(), savedAt).value_or(QList<ProjectSummary>());
}

QList<ProjectSummary> ProjectListCache::loadLegacy(const QString& profileId, QDateTime* savedAt) const
{
    // The JSON of versions before the binary format, read once: the next save replaces it. About
    // 5 s at 100,000 projects, but only once, and on the cache thread.
    QFile file(legacyFileFor(profileId));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (savedAt)
        *savedAt = IsoDate::parse(root.value(u"savedAt"_s).toString());
    return ProjectSummary::fromReadJson(root.value(u"projects"_s).toArray());
}

bool ProjectListCache::remove(const QString& profileId) const
{
    bool gone = true;
    for (const QString& path : {fileFor(profileId), legacyFileFor(profileId)})
        gone = (!QFile::exists(path) || QFile::remove(path)) && gone;
    return gone;
}

bool ProjectListCache::contains(const QString& profileId) const
{
    return QFile::exists(fileFor(profileId)) || QFile::exists(legacyFileFor(profileId));
}
