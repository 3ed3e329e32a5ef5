#include "models/ProjectDraftStore.h"

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
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        m_error = u"Cannot create the drafts folder %1."_s.arg(QFileInfo(path).absolutePath());
        Q_EMIT saveFailed(m_error);
        return false;
    }
    ProjectDraft stamped = draft;
    if (!stamped.savedAt.isValid())
        stamped.savedAt = QDateTime::currentDateTimeUtc();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(stamped.toJson()).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        m_error = u"Cannot write the draft %1: %2"_s.arg(path, file.errorString());
        Q_EMIT saveFailed(m_error);
        return false;
    }
    m_error.clear();
    return true;
}

std::optional<ProjectDraft> ProjectDraftStore::load(const QString& profileId, const QString& projectId) const
{
    if (const auto it = m_pending.constFind(keyOf(profileId, projectId)); it != m_pending.constEnd())
        return it->isEmpty() ? std::nullopt : std::optional<ProjectDraft>(*it);
    QFile file(filePath(profileId, projectId));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    std::optional<ProjectDraft> draft = ProjectDraft::fromJson(doc.object());
    if (!draft || draft->isEmpty())
        return std::nullopt;
    // The file's own ids are informative only; the path is what identifies the draft.
    draft->profileId = profileId;
    draft->projectId = projectId;
    return draft;
}

bool ProjectDraftStore::contains(const QString& profileId, const QString& projectId) const
{
    return load(profileId, projectId).has_value();
}

bool ProjectDraftStore::remove(const QString& profileId, const QString& projectId)
{
    m_pending.remove(keyOf(profileId, projectId));
    const QString path = filePath(profileId, projectId);
    return !QFile::exists(path) || QFile::remove(path);
}

void ProjectDraftStore::schedule(const ProjectDraft& draft)
{
    m_pending.insert(keyOf(draft.profileId, draft.projectId), draft);
    m_timer.start();
}

void ProjectDraftStore::flush()
{
    m_timer.stop();
    const QList<ProjectDraft> drafts = m_pending.values();
    m_pending.clear();
    for (const ProjectDraft& draft : drafts)
        save(draft);
}

QString ProjectDraftStore::keyOf(const QString& profileId, const QString& projectId) const
{
    return safeName(profileId) + u'/' + safeName(projectId);
}
