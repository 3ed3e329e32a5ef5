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
    QSaveFile file(fileFor(profileId));
    if (!file.open(QIODevice::WriteOnly) || !PrivateStorage::restrict(file))
        return false;
    // Written project by project: the same bytes as one QJsonDocument of {projects, savedAt} (keys
    // sorted), without holding 100,000 projects' JSON in memory at once.
    file.write("{\"projects\":[");
    for (qsizetype i = 0; i < projects.size(); ++i) {
        if (i > 0)
            file.write(",");
        file.write(QJsonDocument(projects.at(i).toReadJson()).toJson(QJsonDocument::Compact));
    }
    const QByteArray savedAt = QJsonDocument(QJsonArray{IsoDate::format(QDateTime::currentDateTimeUtc())})
                                   .toJson(QJsonDocument::Compact);
    file.write("],\"savedAt\":" + savedAt.mid(1, savedAt.size() - 2) + "}");
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
