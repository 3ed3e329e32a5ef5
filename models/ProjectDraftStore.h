#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QTimer>

#include <optional>

// Unsaved edits of one project, as they are kept on disk between sessions.
struct ProjectDraft
{
    QString profileId;
    QString projectId;
    QJsonObject values;       // the edited fields only, in request shape (an update body)
    QString baseLastModified; // the loaded project's last modified when the edits started from it
    QDateTime savedAt;        // UTC

    bool isEmpty() const { return values.isEmpty(); }
    QJsonObject toJson() const;
    static std::optional<ProjectDraft> fromJson(const QJsonObject& json);
    bool operator==(const ProjectDraft&) const = default;
};

// Keeps unsaved project edits on disk so that a crash, a restart or a failed save never loses them.
// One JSON file per profile and project under AppDataLocation/drafts, written atomically
// (QSaveFile). Writes can be scheduled (debounced) and are flushed when the store is destroyed.
class ProjectDraftStore : public QObject
{
    Q_OBJECT
public:
    explicit ProjectDraftStore(QObject* parent = nullptr);
    explicit ProjectDraftStore(const QString& directory, QObject* parent = nullptr);
    ~ProjectDraftStore() override;

    QString directory() const { return m_directory; }
    QString filePath(const QString& profileId, const QString& projectId) const;

    // Writes now; an empty draft removes the file. False (with errorString()) when the disk refused.
    bool save(const ProjectDraft& draft);
    std::optional<ProjectDraft> load(const QString& profileId, const QString& projectId) const;
    bool contains(const QString& profileId, const QString& projectId) const;
    bool remove(const QString& profileId, const QString& projectId);
    QString errorString() const { return m_error; }

    // Debounced save: the last draft scheduled per project is written after `delayMs`.
    void schedule(const ProjectDraft& draft);
    // Writes every scheduled draft now.
    void flush();
    bool hasPending() const { return !m_pending.isEmpty(); }
    void setDelay(int delayMs) { m_timer.setInterval(delayMs); }

Q_SIGNALS:
    void saveFailed(const QString& message);

private:
    QString keyOf(const QString& profileId, const QString& projectId) const;

    QString m_directory;
    QString m_error;
    QHash<QString, ProjectDraft> m_pending;
    QTimer m_timer;
};
