#pragma once

#include "models/Catalog.h"
#include "models/Project.h"
#include "models/ProjectDiff.h"
#include "models/ProjectDraftStore.h"
#include "models/ValidationIssue.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <optional>

class QUndoStack;

// The project being edited, without any widget: the loaded and the edited values, the undo stack (its
// clean state is "no changes"), the diff and the problems that block Save, and the draft kept on disk.
// Every change computes the diff once and validates it once; views read the cached results.
class ProjectDocument : public QObject
{
    Q_OBJECT
public:
    explicit ProjectDocument(ProjectDraftStore* drafts = nullptr, QObject* parent = nullptr);
    ~ProjectDocument() override;

    void setProfileId(const QString& profileId) { m_profileId = profileId; }
    QString profileId() const { return m_profileId; }
    void setCatalog(const Catalog& catalog);
    const Catalog& catalog() const { return m_catalog; }

    // Starts over from `project`: nothing edited, an empty undo history, no server complaints.
    void reset(const Project& project);
    const Project& loaded() const { return m_loaded; }
    const Project& edited() const { return m_edited; }
    QUndoStack* undoStack() const { return m_undoStack; }
    bool isModified() const;

    // The user's gestures. Each is one undo step; none does anything while the document is locked.
    void editField(const QString& key, const QJsonValue& value);
    void revertField(const QString& key);
    void revertAll();
    // Sets every field of `values` (an update body) that differs, as one undo step named `text`.
    void restoreValues(const QJsonObject& values, const QString& text);
    // Shows `server` as loaded; keeps my edits to the fields they did not change, and leaves mine for
    // the fields they changed one Redo away. Returns the labels of those fields.
    QStringList reloadKeepingMine(const Project& server, const QJsonObject& mine);

    // A save in flight locks the document: edits would not be part of what is being sent.
    void setLocked(bool locked);
    bool isLocked() const { return m_locked; }

    // Cached results of the last change.
    const QList<FieldChange>& changes() const { return m_changes; }
    const QJsonObject& updateBody() const { return m_body; }
    QStringList modifiedKeys() const { return m_body.keys(); }
    // What blocks Save: the validator's findings on the diff, plus checks while typing (one per field).
    const ValidationIssues& problems() const { return m_problems; }
    // What the user is shown: the problems, then what the server refused in the last save.
    ValidationIssues shownIssues() const { return m_problems + m_serverIssues; }
    bool canSave() const;
    // Ids of groups, portfolios and streams mapped to readable names, for previews.
    QHash<QString, QString> names() const;

    // Problems a view finds while the user types that are not part of any value yet.
    void setLiveIssues(const ValidationIssues& issues);
    // What the server said about the fields of a save it refused; dropped field by field as edited.
    void setServerIssues(const ValidationIssues& issues);

    // Drafts: the unsaved edits are written (debounced) to the store after every change.
    std::optional<ProjectDraft> storedDraft() const;
    void discardStoredDraft();
    void flushDraft();
    // While the user decides about a stored draft it must not be overwritten by the current state.
    void setDraftWritesSuspended(bool suspended) { m_draftWritesSuspended = suspended; }
    void writeDraft();

    // Test hook: how many times the diff was computed (one per change, never per reader).
    int diffCount() const { return m_diffCount; }

    static QString fieldKeyOfPath(const QString& path);

Q_SIGNALS:
    // One field's edited value changed (an edit, an undo, a redo); views show it.
    void fieldValueChanged(const QString& key, const QJsonValue& value);
    // reset() replaced the whole project.
    void projectReset(const Project& project);
    // The diff, the problems, the lock or the server's complaints changed.
    void stateChanged();
    void modificationChanged(bool modified);

private:
    void setEdited(const QString& key, const QJsonValue& value);
    void pushEdit(const QString& key, const QJsonValue& before, const QJsonValue& after);
    void recompute();
    void combineProblems();

    QPointer<ProjectDraftStore> m_drafts;
    QString m_profileId;
    Catalog m_catalog;
    Project m_loaded;
    Project m_edited;
    QUndoStack* m_undoStack = nullptr;
    QList<FieldChange> m_changes;
    QJsonObject m_body;
    ValidationIssues m_validatorIssues;
    ValidationIssues m_liveIssues;
    ValidationIssues m_problems;
    ValidationIssues m_serverIssues;
    bool m_locked = false;
    bool m_resetting = false;
    bool m_settling = false; // a command ran; the stack has not announced its index yet
    bool m_draftWritesSuspended = false;
    int m_diffCount = 0;
};
