#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
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
// (QSaveFile), owner-only (folders 0700, files 0600; older ones are tightened when the store opens).
// Scheduled writes: the first edit of a burst is written at once, the ones after it are debounced and
// flushed when the store is destroyed. A draft that cannot be read is moved aside, never dropped.
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
    // A file that is not a readable draft is renamed to `<file>.corrupt` (draftCorrupted) and reads
    // as no draft.
    std::optional<ProjectDraft> load(const QString& profileId, const QString& projectId);
    bool contains(const QString& profileId, const QString& projectId);
    bool remove(const QString& profileId, const QString& projectId);
    // The drafts of one connection profile (files on disk, pending ones included).
    int count(const QString& profileId) const;
    QString profileDirectory(const QString& profileId) const;
    // Deletes every draft of the profile, pending ones included. False when a file stayed.
    bool removeProfile(const QString& profileId);
    QString errorString() const { return m_error; }

    // The first draft of a burst (per project) is written now; later ones are debounced: the last one
    // is written `delayMs` after the last call. A crash then loses at most the edits of that window,
    // never the first edit after a pause.
    void schedule(const ProjectDraft& draft);
    // Writes every scheduled draft now.
    void flush();
    bool hasPending() const { return !m_pending.isEmpty(); }
    void setDelay(int delayMs) { m_timer.setInterval(delayMs); }

Q_SIGNALS:
    void saveFailed(const QString& message);
    // `movedTo` is where the unreadable file now is; `reason` says what was wrong with it.
    void draftCorrupted(const QString& movedTo, const QString& reason);

private:
    QString keyOf(const QString& profileId, const QString& projectId) const;
    void moveAside(const QString& path, const QString& reason);

    QString m_directory;
    QString m_error;
    QHash<QString, ProjectDraft> m_pending;
    QSet<QString> m_inBurst; // projects written at once since the timer last fired
    QTimer m_timer;
};
