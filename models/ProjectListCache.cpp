#include "models/ProjectListCache.h"

#include "models/IsoDate.h"
#include "models/PrivateStorage.h"

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

QString ProjectListCache::fileFor(const QString& profileId) const
{
    // Profile ids are generated UUIDs; anything else is reduced to a safe file name.
    QString safe = profileId;
    safe.replace(QRegularExpression(u"[^A-Za-z0-9_-]"_s), u"_"_s);
    return m_directory + u"/projects-"_s + safe + u".json"_s;
}

bool ProjectListCache::save(const QString& profileId, const QList<ProjectSummary>& projects) const
{
    if (!PrivateStorage::makeDir(m_directory))
        return false;
    QJsonArray list;
    for (const ProjectSummary& p : projects)
        list.append(p.toReadJson());
    const QJsonObject root{{u"savedAt"_s, IsoDate::format(QDateTime::currentDateTimeUtc())},
                           {u"projects"_s, list}};
    QSaveFile file(fileFor(profileId));
    if (!file.open(QIODevice::WriteOnly) || !PrivateStorage::restrict(file))
        return false;
    file.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    return file.commit();
}

QList<ProjectSummary> ProjectListCache::load(const QString& profileId, QDateTime* savedAt) const
{
    QFile file(fileFor(profileId));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (savedAt)
        *savedAt = IsoDate::parse(root.value(u"savedAt"_s).toString());
    return ProjectSummary::fromReadJson(root.value(u"projects"_s).toArray());
}

bool ProjectListCache::remove(const QString& profileId) const
{
    const QString path = fileFor(profileId);
    return !QFile::exists(path) || QFile::remove(path);
}

bool ProjectListCache::contains(const QString& profileId) const
{
    return QFile::exists(fileFor(profileId));
}
