#include "models/ProjectDraftStore.h"

#include "models/PrivateStorage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

constexpr int kFormatVersion = 1;

// Ids come from a server: keep them from naming paths outside the drafts folder.
QString safeName(const QString& id)
{
    const QString name = QString::fromLatin1(QUrl::toPercentEncoding(id.isEmpty() ? u"default"_s : id));
    return name.startsWith(u'.') ? u"%2E"_s + name.mid(1) : name;
}

} // namespace

QJsonObject ProjectDraft::toJson() const
{
    return {{u"version"_s, kFormatVersion},
            {u"profileId"_s, profileId},
            {u"projectId"_s, projectId},
            {u"values"_s, values},
            {u"baseLastModified"_s, baseLastModified},
            {u"savedAt"_s, savedAt.toUTC().toString(Qt::ISODateWithMs)}};
}

std::optional<ProjectDraft> ProjectDraft::fromJson(const QJsonObject& json)
{
    if (json.value(u"version"_s).toInt() != kFormatVersion || !json.value(u"values"_s).isObject())
        return std::nullopt;
    ProjectDraft draft;
    draft.profileId = json.value(u"profileId"_s).toString();
    draft.projectId = json.value(u"projectId"_s).toString();
    draft.values = json.value(u"values"_s).toObject();
    draft.baseLastModified = json.value(u"baseLastModified"_s).toString();
    draft.savedAt = QDateTime::fromString(json.value(u"savedAt"_s).toString(), Qt::ISODateWithMs).toUTC();
    return draft;
}

ProjectDraftStore::ProjectDraftStore(QObject* parent)
    : ProjectDraftStore(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/drafts"_s,
                        parent)
{}

ProjectDraftStore::ProjectDraftStore(const QString& directory, QObject* parent)
    : QObject(parent)
    , m_directory(directory)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(300);
    connect(&m_timer, &QTimer::timeout, this, &ProjectDraftStore::flush);
    // Drafts written by earlier versions were world-readable.
    PrivateStorage::tighten(m_directory);
}

ProjectDraftStore::~ProjectDraftStore()
{
    flush();
}

QString ProjectDraftStore::filePath(const QString& profileId, const QString& projectId) const
{
    return m_directory + u'/' + safeName(profileId) + u'/' + safeName(projectId) + u".json"_s;
}

bool ProjectDraftStore::save(const ProjectDraft& draft)
{
    m_pending.remove(keyOf(draft.profileId, draft.projectId));
    if (draft.isEmpty())
        return remove(draft.profileId, draft.projectId);
    const QString path = filePath(draft.profileId, draft.projectId);
    if (!PrivateStorage::makeDir(m_directory) || !PrivateStorage::makeDir(QFileInfo(path).absolutePath())) {
        m_error = QCoreApplication::translate("ProjectDraftStore", "Cannot create the drafts folder %1.")
                      .arg(QFileInfo(path).absolutePath());
        Q_EMIT saveFailed(m_error);
        return false;
    }
    ProjectDraft stamped = draft;
    if (!stamped.savedAt.isValid())
        stamped.savedAt = QDateTime::currentDateTimeUtc();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !PrivateStorage::restrict(file) ||
        file.write(QJsonDocument(stamped.toJson()).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        m_error = QCoreApplication::translate("ProjectDraftStore", "Cannot write the draft %1: %2")
                      .arg(path, file.errorString());
        Q_EMIT saveFailed(m_error);
        return false;
    }
    m_error.clear();
    return true;
}

std::optional<ProjectDraft> ProjectDraftStore::load(const QString& profileId, const QString& projectId)
{
    if (const auto it = m_pending.constFind(keyOf(profileId, projectId)); it != m_pending.constEnd())
        return it->isEmpty() ? std::nullopt : std::optional<ProjectDraft>(*it);
    const QString path = filePath(profileId, projectId);
    QFile file(path);
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly)) {
        moveAside(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    file.close();
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        moveAside(path,
                  error.error != QJsonParseError::NoError
                      ? QCoreApplication::translate("ProjectDraftStore", "not valid JSON (%1 at byte %2)")
                            .arg(error.errorString())
                            .arg(error.offset)
                      : QCoreApplication::translate("ProjectDraftStore", "not a JSON object"));
        return std::nullopt;
    }
    std::optional<ProjectDraft> draft = ProjectDraft::fromJson(doc.object());
    if (!draft) {
        moveAside(path, QCoreApplication::translate("ProjectDraftStore", "not a draft of format version %1")
                            .arg(kFormatVersion));
        return std::nullopt;
    }
    if (draft->isEmpty())
        return std::nullopt;
    // The file's own ids are informative only; the path is what identifies the draft.
    draft->profileId = profileId;
    draft->projectId = projectId;
    return draft;
}

void ProjectDraftStore::moveAside(const QString& path, const QString& reason)
{
    // Never overwrite an earlier corrupt copy: each one may hold edits someone wants to recover.
    QString target = path + u".corrupt"_s;
    for (int n = 2; QFile::exists(target); ++n)
        target = path + u".%1.corrupt"_s.arg(n);
    if (!QFile::rename(path, target)) {
        Q_EMIT draftCorrupted(
            path, reason + QCoreApplication::translate("ProjectDraftStore",
                                                       "; it could not be moved aside and is left in place"));
        return;
    }
    Q_EMIT draftCorrupted(target, reason);
}

bool ProjectDraftStore::contains(const QString& profileId, const QString& projectId)
{
    return load(profileId, projectId).has_value();
}

bool ProjectDraftStore::remove(const QString& profileId, const QString& projectId)
{
    m_pending.remove(keyOf(profileId, projectId));
    const QString path = filePath(profileId, projectId);
    return !QFile::exists(path) || QFile::remove(path);
}

QString ProjectDraftStore::profileDirectory(const QString& profileId) const
{
    return m_directory + u'/' + safeName(profileId);
}

int ProjectDraftStore::count(const QString& profileId) const
{
    QSet<QString> names;
    const QString prefix = safeName(profileId) + u'/';
    for (auto it = m_pending.constBegin(); it != m_pending.constEnd(); ++it) {
        if (it.key().startsWith(prefix) && !it->isEmpty())
            names.insert(it.key().mid(prefix.size()) + u".json"_s);
    }
    const QDir dir(profileDirectory(profileId));
    for (const QString& name : dir.entryList({u"*.json"_s}, QDir::Files))
        names.insert(name);
    return int(names.size());
}

bool ProjectDraftStore::removeProfile(const QString& profileId)
{
    const QString prefix = safeName(profileId) + u'/';
    for (auto it = m_pending.begin(); it != m_pending.end();)
        it = it.key().startsWith(prefix) ? m_pending.erase(it) : std::next(it);
    m_inBurst.removeIf([&prefix](const QString& key) { return key.startsWith(prefix); });
    QDir dir(profileDirectory(profileId));
    return !dir.exists() || dir.removeRecursively();
}

void ProjectDraftStore::schedule(const ProjectDraft& draft)
{
    const QString key = keyOf(draft.profileId, draft.projectId);
    if (!m_inBurst.contains(key)) {
        m_inBurst.insert(key);
        save(draft);
    } else {
        m_pending.insert(key, draft);
    }
    m_timer.start();
}

void ProjectDraftStore::flush()
{
    m_timer.stop();
    m_inBurst.clear();
    const QList<ProjectDraft> drafts = m_pending.values();
    m_pending.clear();
    for (const ProjectDraft& draft : drafts)
        save(draft);
}

QString ProjectDraftStore::keyOf(const QString& profileId, const QString& projectId) const
{
    return safeName(profileId) + u'/' + safeName(projectId);
}
