#include "ui/editor/ProjectEditor.h"
#include "ui/common/ActionIcons.h"
#include "ui/common/ThemeColors.h"

#include "editing/ProjectDocument.h"
#include "editing/ProjectSaveFlow.h"
#include "ui/common/Dialogs.h"
#include "ui/editor/ConflictDialog.h"
#include "ui/editor/DiffPreviewDialog.h"
#include "ui/editor/ProjectForm.h"
#include "ui/editor/ServerChangeBanner.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ProjectEditor::ProjectEditor(SsapiClient* client, ProjectDraftStore* drafts, QWidget* parent)
    : QWidget(parent)
    , m_document(new ProjectDocument(drafts, this))
    , m_saveFlow(new ProjectSaveFlow(client, m_document, this))
{
    setObjectName(u"projectEditor"_s);
    m_document->setObjectName(u"document"_s);
    m_saveFlow->setObjectName(u"saveFlow"_s);
    m_form = new ProjectForm(this);
    m_form->setObjectName(u"form"_s);
    createActions();
    buildLayout();
    connectDocument();
    connectSaveFlow();
    showProject(m_document->loaded());
    refreshView();
}

ProjectEditor::~ProjectEditor()
{
    // The document and the form go with the children; nothing of this half-destroyed view may react.
    disconnect(m_document, nullptr, this, nullptr);
    disconnect(m_saveFlow, nullptr, this, nullptr);
    disconnect(m_form, nullptr, this, nullptr);
    // Pending edits reach the disk before the editor goes, whatever closes it.
    m_document->flushDraft();
}

void ProjectEditor::connectDocument()
{
    // Gestures go to the document...
    connect(m_form, &ProjectForm::fieldEdited, m_document, &ProjectDocument::editField);
    connect(m_form, &ProjectForm::revertRequested, m_document, &ProjectDocument::revertField);
    connect(m_form, &ProjectForm::liveIssuesChanged, this, &ProjectEditor::pushLiveIssues);
    // ... and its state comes back to be shown.
    connect(m_document, &ProjectDocument::fieldValueChanged, this,
            [this](const QString& key, const QJsonValue& value) {
                m_form->setFieldValue(key, value);
                pushLiveIssues();
            });
    connect(m_document, &ProjectDocument::projectReset, this, &ProjectEditor::showProject);
    connect(m_document, &ProjectDocument::stateChanged, this, &ProjectEditor::refreshView);
    connect(m_document, &ProjectDocument::modificationChanged, this, &ProjectEditor::modificationChanged);
}

void ProjectEditor::connectSaveFlow()
{
    connect(m_saveFlow, &ProjectSaveFlow::previewPrepared, this, &ProjectEditor::showPreview);
    connect(m_saveFlow, &ProjectSaveFlow::conflictFound, this, &ProjectEditor::showConflict);
    connect(m_saveFlow, &ProjectSaveFlow::errorTextChanged, this, &ProjectEditor::showError);
    connect(m_saveFlow, &ProjectSaveFlow::statusMessagePosted, this, &ProjectEditor::statusMessagePosted);
    connect(m_saveFlow, &ProjectSaveFlow::projectSaved, this, &ProjectEditor::projectSaved);
}

void ProjectEditor::createActions()
{
    m_saveAction = new QAction(tr("Save"), this);
    m_saveAction->setIcon(ActionIcons::icon(u"document-save"_s));
    m_saveAction->setObjectName(u"saveAction"_s);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setToolTip(tr("Review and send the changes (Ctrl+S)"));
    connect(m_saveAction, &QAction::triggered, this, &ProjectEditor::save);

    // Fixed texts (the step being undone goes in the tooltip) keep the toolbar from jumping around.
    m_undoAction = new QAction(tr("Undo"), this);
    m_undoAction->setIcon(ActionIcons::icon(u"edit-undo"_s));
    m_undoAction->setObjectName(u"undoAction"_s);
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_undoAction->setEnabled(false);
    QUndoStack* stack = m_document->undoStack();
    connect(m_undoAction, &QAction::triggered, stack, &QUndoStack::undo);
    connect(stack, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    // The action, not `this`, is captured: the stack emits these while it is destroyed, after this
    // editor's destructor has run (UBSan's vptr check caught the old `this` capture).
    connect(stack, &QUndoStack::undoTextChanged, m_undoAction, [action = m_undoAction](const QString& text) {
        action->setToolTip(text.isEmpty() ? tr("Undo (Ctrl+Z)") : tr("Undo: %1 (Ctrl+Z)").arg(text));
    });
    m_redoAction = new QAction(tr("Redo"), this);
    m_redoAction->setIcon(ActionIcons::icon(u"edit-redo"_s));
    m_redoAction->setObjectName(u"redoAction"_s);
    m_redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_redoAction->setEnabled(false);
    connect(m_redoAction, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(stack, &QUndoStack::redoTextChanged, m_redoAction, [action = m_redoAction](const QString& text) {
        action->setToolTip(text.isEmpty() ? tr("Redo (Ctrl+Shift+Z)")
                                          : tr("Redo: %1 (Ctrl+Shift+Z)").arg(text));
    });

    m_revertAllAction = new QAction(tr("Revert all"), this);
    m_revertAllAction->setIcon(ActionIcons::icon(u"document-revert"_s));
    m_revertAllAction->setObjectName(u"revertAllAction"_s);
    m_revertAllAction->setToolTip(
        tr("Go back to the project as it was loaded (Redo brings the changes back)"));
    connect(m_revertAllAction, &QAction::triggered, this, &ProjectEditor::revertAll);

    for (QAction* action : {m_saveAction, m_undoAction, m_redoAction, m_revertAllAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
}

void ProjectEditor::buildLayout()
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    auto* bar = new QHBoxLayout;
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(u"titleLabel"_s);
    m_titleLabel->setTextFormat(Qt::PlainText);
    QFont font = m_titleLabel->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_titleLabel->setFont(font);
    // A long project name is cut rather than widen the editor and squeeze the project list.
    m_titleLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    bar->addWidget(m_titleLabel, 1);

    m_problemsButton = new QPushButton(this);
    m_problemsButton->setObjectName(u"problemsButton"_s);
    m_problemsButton->setFlat(true);
    m_problemsButton->setStyleSheet(ThemeColors::textStyle(ThemeColors::Mark::Error, palette()) +
                                    u" text-decoration: underline;"_s);
    m_problemsMenu = new QMenu(this);
    m_problemsMenu->setObjectName(u"problemsMenu"_s);
    connect(m_problemsButton, &QPushButton::clicked, this, [this] {
        m_problemsMenu->popup(m_problemsButton->mapToGlobal(QPoint(0, m_problemsButton->height())));
    });
    bar->addWidget(m_problemsButton);
    for (QAction* action : {m_undoAction, m_redoAction, m_revertAllAction, m_saveAction}) {
        auto* button = new QToolButton(this);
        button->setObjectName(action->objectName().replace(u"Action"_s, u"Button"_s));
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        bar->addWidget(button);
    }
    layout->addLayout(bar);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"errorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setStyleSheet(ThemeColors::bannerStyle(ThemeColors::Mark::Error, palette()));
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);
    m_serverBanner = new ServerChangeBanner(this);
    connect(m_serverBanner, &ServerChangeBanner::reviewRequested, this, &ProjectEditor::reviewServerVersion);
    layout->addWidget(m_serverBanner);
    layout->addWidget(m_form, 1);
}

void ProjectEditor::setProfileId(const QString& profileId)
{
    m_document->setProfileId(profileId);
}

void ProjectEditor::setCatalog(const Catalog& catalog)
{
    m_form->setCatalog(catalog);
    m_form->setValues(m_document->edited());
    pushLiveIssues();
    m_document->setCatalog(catalog);
}

void ProjectEditor::openProject(const Project& loaded)
{
    m_document->flushDraft(); // the previous project's edits stay on disk
    // A save of the previous project in flight is abandoned (its edits are in its draft).
    m_saveFlow->abandon();
    closeDialogs();
    m_document->reset(loaded);
    m_saveFlow->clearError();
    Q_EMIT statusMessagePosted(tr("Opened “%1”.").arg(loaded.name()));
    offerDraft();
}

Project ProjectEditor::loadedProject() const
{
    return m_document->loaded();
}

Project ProjectEditor::editedProject() const
{
    return m_document->edited();
}

bool ProjectEditor::hasUnsavedChanges() const
{
    return m_document->isModified();
}

QUndoStack* ProjectEditor::undoStack() const
{
    return m_document->undoStack();
}

ValidationIssues ProjectEditor::problems() const
{
    return m_document->problems();
}

bool ProjectEditor::isSaving() const
{
    return m_saveFlow->isSaving();
}

void ProjectEditor::showProject(const Project& project)
{
    m_serverBanner->hide();
    m_form->setValues(project);
    pushLiveIssues();
    m_titleLabel->setText(
        project.id().isEmpty()
            ? tr("No project")
            : (project.code().isEmpty() ? project.name() : project.name() + u" — "_s + project.code()));
    m_titleLabel->setToolTip(m_titleLabel->text()); // the whole title when it is cut
}

void ProjectEditor::pushLiveIssues()
{
    m_document->setLiveIssues(m_form->liveIssues());
}

void ProjectEditor::revertField(const QString& key)
{
    m_document->revertField(key);
}

void ProjectEditor::revertAll()
{
    m_document->revertAll();
}

void ProjectEditor::refreshView()
{
    const ValidationIssues shown = m_document->shownIssues();
    m_form->setIssues(shown);
    m_form->setModifiedKeys(m_document->modifiedKeys());

    m_problemsMenu->clear();
    for (const ValidationIssue& issue : shown) {
        QAction* action = m_problemsMenu->addAction(issue.message);
        action->setData(issue.field);
        connect(action, &QAction::triggered, this, [this, key = issue.field] { m_form->focusField(key); });
    }
    m_problemsButton->setText(tr("Problems (%1)").arg(shown.size()));
    m_problemsButton->setAccessibleName(m_problemsButton->text());
    m_problemsButton->setVisible(!shown.isEmpty());

    const bool locked = m_document->isLocked();
    m_saveAction->setEnabled(m_document->canSave());
    m_revertAllAction->setEnabled(!locked && m_document->isModified());
    m_form->setEnabled(!locked);
}

void ProjectEditor::offerDraft()
{
    const std::optional<ProjectDraft> draft = m_document->storedDraft();
    if (!draft)
        return;
    const Project& loaded = m_document->loaded();
    const qsizetype fields = draft->values.size();
    QString text =
        tr("You have unsaved changes to “%1” from %2 (%3). Restore them?")
            .arg(loaded.name(), QLocale().toString(draft->savedAt.toLocalTime(), QLocale::ShortFormat),
                 fields == 1 ? tr("1 field") : tr("%n fields", nullptr, fields));
    if (draft->baseLastModified != loaded.facts().lastModified)
        text += tr("\n\nThe project has changed on the server since then; review the restored values before "
                   "saving.");
    // Until the user decides, the stored draft must not be replaced by the (unedited) current state.
    m_document->setDraftWritesSuspended(true);
    const QString projectId = loaded.id();
    const QJsonObject values = draft->values;
    Dialogs::ask(this, tr("Unsaved changes"), text, QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes,
                 [this, projectId, values](QMessageBox::StandardButton answer) {
                     m_document->setDraftWritesSuspended(false);
                     if (projectId != m_document->loaded().id())
                         return; // another project was opened meanwhile
                     if (answer == QMessageBox::Discard) {
                         m_document->discardStoredDraft();
                         Q_EMIT statusMessagePosted(tr("Discarded the stored changes."));
                         return;
                     }
                     m_document->restoreValues(values, tr("Restore unsaved changes"));
                     Q_EMIT statusMessagePosted(tr("Restored your unsaved changes."));
                 },
                 {{QMessageBox::Yes, tr("&Restore draft")}, {QMessageBox::Discard, tr("&Discard draft")}});
}

void ProjectEditor::save()
{
    // A table cell being edited (Ctrl+S with the cursor in it) commits when it loses focus: take the
    // focus away so that the value the user sees is the value that is saved.
    if (QWidget* focus = QApplication::focusWidget();
        focus && isAncestorOf(focus) && focus->parentWidget() &&
        qobject_cast<QAbstractItemView*>(focus->parentWidget()->parentWidget()))
        focus->clearFocus();
    pushLiveIssues();
    m_saveFlow->start();
}

void ProjectEditor::showPreview(const QList<FieldChange>& changes, const QHash<QString, QString>& names)
{
    if (m_diffDialog) {
        disconnect(m_diffDialog, nullptr, m_saveFlow, nullptr); // the save it showed is replaced
        m_diffDialog->close();
    }
    m_diffDialog = new DiffPreviewDialog(changes, names, this);
    connect(m_diffDialog, &QDialog::accepted, m_saveFlow, &ProjectSaveFlow::confirm);
    connect(m_diffDialog, &QDialog::rejected, m_saveFlow, &ProjectSaveFlow::decline);
    m_diffDialog->open();
}

void ProjectEditor::showConflict(const Project& server, const QList<FieldChange>& theirChanges,
                                 const QStringList& myKeys, const QHash<QString, QString>& names)
{
    Q_UNUSED(server)
    if (m_conflictDialog) {
        disconnect(m_conflictDialog, nullptr, this, nullptr);
        m_conflictDialog->close();
    }
    m_conflictDialog = new ConflictDialog(theirChanges, myKeys, names, this);
    connect(m_conflictDialog, &ConflictDialog::chosen, this, [this](ConflictDialog::Choice choice) {
        switch (choice) {
        case ConflictDialog::Choice::Overwrite:
            m_saveFlow->overwrite();
            return;
        case ConflictDialog::Choice::KeepTheirs:
            m_saveFlow->keepTheirs();
            return;
        case ConflictDialog::Choice::Reload:
            m_saveFlow->reload();
            return;
        case ConflictDialog::Choice::Cancel:
            m_saveFlow->cancelConflict();
            return;
        }
    });
    m_conflictDialog->open();
}

void ProjectEditor::closeDialogs()
{
    for (QDialog* dialog :
         {static_cast<QDialog*>(m_diffDialog.data()), static_cast<QDialog*>(m_conflictDialog.data())}) {
        if (dialog)
            dialog->close();
    }
}

void ProjectEditor::showError(const QString& text)
{
    m_errorLabel->setText(text);
    m_errorLabel->setVisible(!text.isEmpty());
}
