#include "ui/editor/ProjectEditor.h"

#include "api/SsapiCall.h"
#include "models/FieldValue.h"
#include "models/ProjectDiff.h"
#include "models/ProjectDraftStore.h"
#include "models/ProjectValidator.h"
#include "ui/common/Dialogs.h"
#include "ui/editor/ConflictDialog.h"
#include "ui/editor/DiffPreviewDialog.h"
#include "ui/editor/FieldEditCommand.h"
#include "ui/editor/FieldEditor.h"
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
    , m_client(client)
    , m_drafts(drafts)
{
    setObjectName(u"projectEditor"_s);
    m_undoStack = new QUndoStack(this);
    m_undoStack->setObjectName(u"undoStack"_s);
    m_form = new ProjectForm(this);
    m_form->setObjectName(u"form"_s);
    createActions();
    buildLayout();

    connect(m_form, &ProjectForm::fieldEdited, this, &ProjectEditor::onFieldEdited);
    connect(m_form, &ProjectForm::revertRequested, this, &ProjectEditor::revertField);
    connect(m_form, &ProjectForm::liveIssuesChanged, this, &ProjectEditor::refreshState);
    connect(m_undoStack, &QUndoStack::indexChanged, this, [this] {
        refreshState();
        writeDraft();
    });
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modificationChanged(!clean); });
    resetTo(Project());
}

ProjectEditor::~ProjectEditor()
{
    // The undo stack is cleared while the children go; nothing of this half-destroyed editor may react.
    disconnect(m_undoStack, nullptr, this, nullptr);
    disconnect(m_form, nullptr, this, nullptr);
    // Pending edits reach the disk before the editor goes, whatever closes it.
    if (m_drafts)
        m_drafts->flush();
}

void ProjectEditor::createActions()
{
    m_saveAction = new QAction(u"Save"_s, this);
    m_saveAction->setObjectName(u"saveAction"_s);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setToolTip(u"Review and send the changes (Ctrl+S)"_s);
    connect(m_saveAction, &QAction::triggered, this, &ProjectEditor::save);

    // Fixed texts (the step being undone goes in the tooltip) keep the toolbar from jumping around.
    m_undoAction = new QAction(u"Undo"_s, this);
    m_undoAction->setObjectName(u"undoAction"_s);
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_undoAction->setEnabled(false);
    connect(m_undoAction, &QAction::triggered, m_undoStack, &QUndoStack::undo);
    connect(m_undoStack, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(m_undoStack, &QUndoStack::undoTextChanged, m_undoAction, [this](const QString& text) {
        m_undoAction->setToolTip(text.isEmpty() ? u"Undo (Ctrl+Z)"_s : u"Undo: %1 (Ctrl+Z)"_s.arg(text));
    });
    m_redoAction = new QAction(u"Redo"_s, this);
    m_redoAction->setObjectName(u"redoAction"_s);
    m_redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_redoAction->setEnabled(false);
    connect(m_redoAction, &QAction::triggered, m_undoStack, &QUndoStack::redo);
    connect(m_undoStack, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(m_undoStack, &QUndoStack::redoTextChanged, m_redoAction, [this](const QString& text) {
        m_redoAction->setToolTip(text.isEmpty() ? u"Redo (Ctrl+Shift+Z)"_s
                                                : u"Redo: %1 (Ctrl+Shift+Z)"_s.arg(text));
    });

    m_revertAllAction = new QAction(u"Revert all"_s, this);
    m_revertAllAction->setObjectName(u"revertAllAction"_s);
    m_revertAllAction->setToolTip(
        u"Go back to the project as it was loaded (Redo brings the changes back)"_s);
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
    bar->addWidget(m_titleLabel, 1);

    m_problemsButton = new QPushButton(this);
    m_problemsButton->setObjectName(u"problemsButton"_s);
    m_problemsButton->setFlat(true);
    m_problemsButton->setStyleSheet(u"color: #b00020; text-decoration: underline;"_s);
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
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        bar->addWidget(button);
    }
    layout->addLayout(bar);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"errorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setStyleSheet(
        u"background: #fde7e9; color: #8a0015; border: 1px solid #e8a1aa; padding: 6px;"_s);
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);
    m_serverBanner = new ServerChangeBanner(this);
    connect(m_serverBanner, &ServerChangeBanner::reviewRequested, this, &ProjectEditor::reviewServerVersion);
    layout->addWidget(m_serverBanner);
    layout->addWidget(m_form, 1);
}

void ProjectEditor::setProfileId(const QString& profileId)
{
    m_profileId = profileId;
}

void ProjectEditor::setCatalog(const Catalog& catalog)
{
    m_catalog = catalog;
    m_form->setCatalog(catalog);
    m_form->setValues(m_edited);
    refreshState();
}

void ProjectEditor::openProject(const Project& loaded)
{
    if (m_drafts)
        m_drafts->flush(); // the previous project's edits stay on disk
    // A save of the previous project in flight is abandoned (its edits are in its draft).
    for (QDialog* dialog :
         {static_cast<QDialog*>(m_diffDialog.data()), static_cast<QDialog*>(m_conflictDialog.data())}) {
        if (dialog)
            dialog->close();
    }
    if (m_call)
        m_call->cancel();
    m_saving = false;
    resetTo(loaded);
    showError({});
    Q_EMIT statusMessage(u"Opened “%1”."_s.arg(loaded.name()));
    offerDraft();
}

bool ProjectEditor::hasUnsavedChanges() const
{
    return !m_undoStack->isClean();
}

void ProjectEditor::resetTo(const Project& project)
{
    m_loading = true;
    m_serverBanner->hide();
    m_loaded = project;
    m_edited = project;
    m_serverIssues.clear();
    m_undoStack->clear();
    m_undoStack->setClean();
    m_form->setValues(project);
    m_titleLabel->setText(
        project.id().isEmpty()
            ? u"No project"_s
            : (project.code().isEmpty() ? project.name() : project.name() + u" — "_s + project.code()));
    m_loading = false;
    refreshState();
}

void ProjectEditor::setEdited(const QString& key, const QJsonValue& value)
{
    m_edited.setValue(key, value);
    m_form->setFieldValue(key, value);
    // A server complaint about a field no longer applies once the field changed.
    m_serverIssues.removeIf(
        [&key](const ValidationIssue& issue) { return ProjectForm::fieldKeyOfPath(issue.field) == key; });
    refreshState();
}

void ProjectEditor::onFieldEdited(const QString& key, const QJsonValue& value)
{
    const ProjectField* field = ProjectFields::find(key);
    if (!field || m_saving)
        return;
    const QJsonValue before = m_edited.value(key);
    if (FieldValue::equal(field->kind, before, value))
        return; // e.g. an absent value and an empty one: nothing the user would call a change
    m_undoStack->push(
        new FieldEditCommand(key, field->label, before, value,
                             [this](const QString& k, const QJsonValue& v) { setEdited(k, v); }));
}

void ProjectEditor::revertField(const QString& key)
{
    const ProjectField* field = ProjectFields::find(key);
    if (!field || m_saving || FieldValue::equal(field->kind, m_edited.value(key), m_loaded.value(key)))
        return;
    m_undoStack->push(
        new FieldEditCommand(key, field->label, m_edited.value(key), m_loaded.value(key),
                             [this](const QString& k, const QJsonValue& v) { setEdited(k, v); }));
}

void ProjectEditor::revertAll()
{
    // The clean index is the loaded project: going back there is "revert all", and Redo undoes it.
    if (!m_saving && m_undoStack->cleanIndex() >= 0)
        m_undoStack->setIndex(m_undoStack->cleanIndex());
}

void ProjectEditor::refreshState()
{
    if (m_loading)
        return;
    const QJsonObject body = ProjectDiff::updateBody(m_loaded, m_edited);
    ValidationContext context;
    context.current = &m_loaded;
    context.catalog = &m_catalog;
    context.requireHoldReason = true;
    m_problems = ProjectValidator::validateUpdateBody(body, context);
    // A field's check while typing repeats the validator's finding once the value holds it: show one.
    for (const ValidationIssue& live : m_form->liveIssues()) {
        const bool known =
            std::any_of(m_problems.cbegin(), m_problems.cend(), [&live](const ValidationIssue& i) {
                return ProjectForm::fieldKeyOfPath(i.field) == live.field;
            });
        if (!known)
            m_problems.append(live);
    }

    m_form->setIssues(m_problems + m_serverIssues);
    m_form->setModifiedKeys(body.keys());

    const ValidationIssues shown = m_problems + m_serverIssues;
    m_problemsMenu->clear();
    for (const ValidationIssue& issue : shown) {
        QAction* action = m_problemsMenu->addAction(issue.message);
        action->setData(issue.field);
        connect(action, &QAction::triggered, this, [this, key = issue.field] { m_form->focusField(key); });
    }
    m_problemsButton->setText(u"Problems (%1)"_s.arg(shown.size()));
    m_problemsButton->setAccessibleName(m_problemsButton->text());
    m_problemsButton->setVisible(!shown.isEmpty());

    const bool modified = !m_undoStack->isClean();
    m_saveAction->setEnabled(!m_saving && modified && m_problems.isEmpty() && !m_loaded.id().isEmpty());
    m_revertAllAction->setEnabled(!m_saving && modified);
    m_form->setEnabled(!m_saving);
}

void ProjectEditor::writeDraft()
{
    if (!m_drafts || m_loading || m_draftQuestionOpen || m_loaded.id().isEmpty())
        return;
    ProjectDraft draft;
    draft.profileId = m_profileId;
    draft.projectId = m_loaded.id();
    // An empty draft (back at the loaded state) removes the stored one.
    draft.values = m_undoStack->isClean() ? QJsonObject() : ProjectDiff::updateBody(m_loaded, m_edited);
    draft.baseLastModified = m_loaded.facts().lastModified;
    draft.savedAt = QDateTime::currentDateTimeUtc();
    m_drafts->schedule(draft);
}

void ProjectEditor::offerDraft()
{
    if (!m_drafts || m_loaded.id().isEmpty())
        return;
    const std::optional<ProjectDraft> draft = m_drafts->load(m_profileId, m_loaded.id());
    if (!draft)
        return;
    const qsizetype fields = draft->values.size();
    QString text = u"You have unsaved changes to “%1” from %2 (%3). Restore them?"_s.arg(
        m_loaded.name(), QLocale().toString(draft->savedAt.toLocalTime(), QLocale::ShortFormat),
        fields == 1 ? u"1 field"_s : u"%1 fields"_s.arg(fields));
    if (draft->baseLastModified != m_loaded.facts().lastModified)
        text += u"\n\nThe project has changed on the server since then; review the restored values before "
                "saving."_s;
    m_draftQuestionOpen = true;
    const QString projectId = m_loaded.id();
    const QJsonObject values = draft->values;
    Dialogs::ask(this, u"Unsaved changes"_s, text, QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes,
                 [this, projectId, values](QMessageBox::StandardButton answer) {
                     m_draftQuestionOpen = false;
                     if (projectId != m_loaded.id())
                         return; // another project was opened meanwhile
                     if (answer == QMessageBox::Discard) {
                         m_drafts->remove(m_profileId, projectId);
                         Q_EMIT statusMessage(u"Discarded the stored changes."_s);
                         return;
                     }
                     restoreValues(values, u"Restore unsaved changes"_s);
                     Q_EMIT statusMessage(u"Restored your unsaved changes."_s);
                 },
                 {{QMessageBox::Yes, u"&Restore draft"_s}, {QMessageBox::Discard, u"&Discard draft"_s}});
}

void ProjectEditor::restoreValues(const QJsonObject& values, const QString& text)
{
    QList<const ProjectField*> fields;
    for (const ProjectField& field : ProjectFields::all()) {
        if (values.contains(field.key) &&
            !FieldValue::equal(field.kind, m_edited.value(field.key), values.value(field.key)))
            fields.append(&field);
    }
    if (fields.isEmpty())
        return; // an empty macro would still make the stack "modified"
    m_undoStack->beginMacro(text);
    for (const ProjectField* field : fields) {
        m_undoStack->push(new FieldEditCommand(
            field->key, field->label, m_edited.value(field->key), values.value(field->key),
            [this](const QString& k, const QJsonValue& v) { setEdited(k, v); }));
    }
    m_undoStack->endMacro();
}

void ProjectEditor::save()
{
    // A table cell being edited (Ctrl+S with the cursor in it) commits when it loses focus: take the
    // focus away so that the value the user sees is the value that is saved.
    if (QWidget* focus = QApplication::focusWidget();
        focus && isAncestorOf(focus) && focus->parentWidget() &&
        qobject_cast<QAbstractItemView*>(focus->parentWidget()->parentWidget()))
        focus->clearFocus();
    refreshState();
    if (!m_saveAction->isEnabled())
        return;
    const QList<FieldChange> changes = ProjectDiff::between(m_loaded, m_edited);
    if (changes.isEmpty()) {
        Q_EMIT statusMessage(u"No changes to save."_s);
        return;
    }
    QHash<QString, QString> names = m_loaded.facts().names;
    for (const Group& g : m_catalog.groups)
        names.insert(g.id, g.name);
    for (const Portfolio& p : m_catalog.portfolios) {
        names.insert(p.id, p.name);
        for (const PortfolioStream& s : p.streams)
            names.insert(s.id, s.name);
    }
    if (m_diffDialog)
        m_diffDialog->close();
    m_diffDialog = new DiffPreviewDialog(changes, names, this);
    const QJsonObject body = ProjectDiff::toUpdateBody(changes);
    connect(m_diffDialog, &QDialog::accepted, this, [this, body] { checkServerThenSend(body); });
    m_diffDialog->open();
}

void ProjectEditor::setSaving(bool saving)
{
    m_saving = saving;
    refreshState();
}

void ProjectEditor::showError(const QString& text)
{
    m_errorLabel->setText(text);
    m_errorLabel->setVisible(!text.isEmpty());
}
