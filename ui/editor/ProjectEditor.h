#pragma once

#include "models/Catalog.h"
#include "models/Project.h"
#include "models/ValidationIssue.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class ApiError;
class ConflictDialog;
class DiffPreviewDialog;
class ProjectDraftStore;
class ProjectForm;
class QAction;
class QLabel;
class QMenu;
class QPushButton;
class QUndoStack;
class ServerChangeBanner;
class SsapiCall;
class SsapiClient;

// Edits one project: the sectioned form, undo/redo (the undo stack's clean state is "no changes"),
// validation as you type, Save with a diff preview and a conflict check against the server, and
// drafts that survive failed saves, crashes and restarts.
class ProjectEditor : public QWidget
{
    Q_OBJECT
public:
    ProjectEditor(SsapiClient* client, ProjectDraftStore* drafts, QWidget* parent = nullptr);
    ~ProjectEditor() override;

    void setProfileId(const QString& profileId);
    void setCatalog(const Catalog& catalog);
    // Shows `loaded`; offers a stored draft of the same project back (Restore / Discard).
    void openProject(const Project& loaded);

    Project loadedProject() const { return m_loaded; }
    Project editedProject() const { return m_edited; }
    bool hasUnsavedChanges() const;
    // A newer version from the server (live events): refreshes the form when there are no edits,
    // otherwise keeps them and shows a banner whose Review opens the conflict view.
    void offerServerVersion(const Project& server, const QString& who, const QDateTime& when);
    ServerChangeBanner* serverChangeBanner() const { return m_serverBanner; }

    QAction* saveAction() const { return m_saveAction; }
    QAction* undoAction() const { return m_undoAction; }
    QAction* redoAction() const { return m_redoAction; }
    QAction* revertAllAction() const { return m_revertAllAction; }

    // For tests and integration: the parts behind the actions.
    ProjectForm* form() const { return m_form; }
    QUndoStack* undoStack() const { return m_undoStack; }
    QPushButton* problemsButton() const { return m_problemsButton; }
    QMenu* problemsMenu() const { return m_problemsMenu; }
    QLabel* errorLabel() const { return m_errorLabel; }
    // Everything that currently blocks Save (validator and checks while typing).
    ValidationIssues problems() const { return m_problems; }
    bool isSaving() const { return m_saving; }

public Q_SLOTS:
    // Ctrl+S: previews the diff, then checks the server for a newer version, then sends the changes.
    void save();
    void revertField(const QString& key);
    void revertAll();

Q_SIGNALS:
    void projectSaved(const Project& project);
    void modificationChanged(bool modified);
    void statusMessage(const QString& text);

private:
    void createActions();
    void buildLayout();
    void setEdited(const QString& key, const QJsonValue& value);
    void onFieldEdited(const QString& key, const QJsonValue& value);
    void refreshState();
    void writeDraft();
    void offerDraft();
    void restoreValues(const QJsonObject& values, const QString& text);
    void resetTo(const Project& project);

    void checkServerThenSend(const QJsonObject& body);
    void onConflict(const Project& server, const QJsonObject& body);
    void send(const QJsonObject& body, const Project& base);
    void reloadKeepingMine(const Project& server, const QJsonObject& mine);
    void finishSave(const Project& saved);
    void failSave(const ApiError& error, const QString& what);
    void setSaving(bool saving);
    void reviewServerVersion();
    void showError(const QString& text);
    static Project mergeSaved(const Project& response, const Project& base, const QJsonObject& body);

    SsapiClient* m_client = nullptr;
    ProjectDraftStore* m_drafts = nullptr;
    QString m_profileId;
    Catalog m_catalog;
    Project m_loaded;
    Project m_edited;
    ValidationIssues m_problems;
    ValidationIssues m_serverIssues;
    bool m_saving = false;
    bool m_loading = false;
    bool m_draftQuestionOpen = false;

    ProjectForm* m_form = nullptr;
    QUndoStack* m_undoStack = nullptr;
    QLabel* m_titleLabel = nullptr;
    QLabel* m_errorLabel = nullptr;
    QPushButton* m_problemsButton = nullptr;
    QMenu* m_problemsMenu = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_revertAllAction = nullptr;
    QPointer<SsapiCall> m_call;
    QPointer<DiffPreviewDialog> m_diffDialog;
    QPointer<ConflictDialog> m_conflictDialog;
    ServerChangeBanner* m_serverBanner = nullptr;
    Project m_serverVersion;
};
