#pragma once

#include "models/Catalog.h"
#include "models/Project.h"
#include "models/ValidationIssue.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class ConflictDialog;
class DiffPreviewDialog;
class ProjectDocument;
class ProjectDraftStore;
class ProjectForm;
class ProjectSaveFlow;
class QAction;
class QLabel;
class QMenu;
class QPushButton;
class QUndoStack;
class ServerChangeBanner;
class SsapiClient;
struct FieldChange;

// The view of one edited project: the sectioned form, the toolbar (undo/redo, revert, save), the
// problems menu, the error banner and the dialogs of a save. The state is the ProjectDocument's (values,
// undo stack, validation, drafts) and the save protocol is the ProjectSaveFlow's; this widget shows
// them and forwards the user's gestures.
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

    Project loadedProject() const;
    Project editedProject() const;
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
    ProjectDocument* document() const { return m_document; }
    ProjectSaveFlow* saveFlow() const { return m_saveFlow; }
    ProjectForm* form() const { return m_form; }
    QUndoStack* undoStack() const;
    QPushButton* problemsButton() const { return m_problemsButton; }
    QMenu* problemsMenu() const { return m_problemsMenu; }
    QLabel* errorLabel() const { return m_errorLabel; }
    // Everything that currently blocks Save (validator and checks while typing).
    ValidationIssues problems() const;
    bool isSaving() const;

public Q_SLOTS:
    // Ctrl+S: previews the diff, then checks the server for a newer version, then sends the changes.
    void save();
    void revertField(const QString& key);
    void revertAll();

Q_SIGNALS:
    void projectSaved(const Project& project);
    void modificationChanged(bool modified);
    void statusMessagePosted(const QString& text);

private:
    void createActions();
    void buildLayout();
    void connectDocument();
    void connectSaveFlow();
    void showProject(const Project& project);
    void pushLiveIssues();
    void refreshView();
    void offerDraft();
    void showPreview(const QList<FieldChange>& changes, const QHash<QString, QString>& names);
    void showConflict(const Project& server, const QList<FieldChange>& theirChanges,
                      const QStringList& myKeys, const QHash<QString, QString>& names);
    void closeDialogs();
    void reviewServerVersion();
    void showError(const QString& text);

    ProjectDocument* m_document = nullptr;
    ProjectSaveFlow* m_saveFlow = nullptr;

    ProjectForm* m_form = nullptr;
    QLabel* m_titleLabel = nullptr;
    QLabel* m_errorLabel = nullptr;
    QPushButton* m_problemsButton = nullptr;
    QMenu* m_problemsMenu = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_revertAllAction = nullptr;
    QPointer<DiffPreviewDialog> m_diffDialog;
    QPointer<ConflictDialog> m_conflictDialog;
    ServerChangeBanner* m_serverBanner = nullptr;
    Project m_serverVersion;
};
