// ProjectEditor, part two: the save round trip (conflict check, update, failure handling). Kept apart
// from the form/undo half so that each file stays readable.
#include "ui/editor/ProjectEditor.h"

#include "api/SsapiCall.h"
#include "api/SsapiClient.h"
#include "models/FieldValue.h"
#include "models/IsoDate.h"
#include "models/ProjectDiff.h"
#include "models/ProjectDraftStore.h"
#include "ui/editor/ConflictDialog.h"
#include "ui/editor/FieldEditCommand.h"
#include "ui/editor/ProjectForm.h"

#include <QLabel>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {
// The PUT answers `last_updated`, GET `project_last_modified`: the same instant may be written
// differently (with or without milliseconds, Z or +00:00), which must not look like someone's edit.
bool sameMoment(const QString& a, const QString& b)
{
    const QDateTime left = IsoDate::parse(a);
    const QDateTime right = IsoDate::parse(b);
    return left.isValid() && right.isValid() ? left == right : a == b;
}
} // namespace

void ProjectEditor::checkServerThenSend(const QJsonObject& body)
{
    if (!m_client) {
        showError(u"Not connected: the changes were kept and can be saved once connected."_s);
        return;
    }
    setSaving(true);
    showError({});
    Q_EMIT statusMessage(u"Checking the server for newer changes…"_s);
    const QString id = m_loaded.id();
    m_call = m_client->fetchProject(id, this, [this, body, id](const ApiResult<Project>& result) {
        if (id != m_loaded.id())
            return;
        if (!result.isOk()) {
            failSave(result.error(), u"Could not check the project on the server before saving"_s);
            return;
        }
        const Project& server = result.value();
        if (!sameMoment(server.facts().lastModified, m_loaded.facts().lastModified)) {
            onConflict(server, body);
            return;
        }
        send(body, server);
    });
}

void ProjectEditor::onConflict(const Project& server, const QJsonObject& body)
{
    const QList<FieldChange> theirs = ProjectDiff::between(m_loaded, server);
    QHash<QString, QString> names = m_loaded.facts().names;
    names.insert(server.facts().names);
    if (m_conflictDialog)
        m_conflictDialog->close();
    m_conflictDialog = new ConflictDialog(theirs, body.keys(), names, this);
    Q_EMIT statusMessage(u"The project changed on the server since you opened it."_s);
    connect(m_conflictDialog, &ConflictDialog::chosen, this,
            [this, server, body, theirs](ConflictDialog::Choice choice) {
                switch (choice) {
                case ConflictDialog::Choice::Overwrite:
                    send(body, server);
                    return;
                case ConflictDialog::Choice::KeepTheirs: {
                    QJsonObject rest = body;
                    for (const FieldChange& change : theirs)
                        rest.remove(change.field->key);
                    if (rest.isEmpty()) { // nothing of mine is left to send: their version is the result
                        setSaving(false);
                        reloadKeepingMine(server, {});
                        return;
                    }
                    send(rest, server);
                    return;
                }
                case ConflictDialog::Choice::Reload:
                    setSaving(false);
                    reloadKeepingMine(server, body);
                    return;
                case ConflictDialog::Choice::Cancel:
                    setSaving(false);
                    Q_EMIT statusMessage(u"Save cancelled; your changes are still here."_s);
                    return;
                }
            });
    m_conflictDialog->open();
}

void ProjectEditor::send(const QJsonObject& body, const Project& base)
{
    setSaving(true);
    Q_EMIT statusMessage(u"Saving %n change(s)…"_s.replace(u"%n"_s, QString::number(body.size())));
    const QString id = m_loaded.id();
    m_call =
        m_client->updateProject(id, body, this, [this, body, base, id](const ApiResult<Project>& result) {
            if (id != m_loaded.id())
                return;
            if (!result.isOk()) {
                failSave(result.error(), u"The changes were not saved"_s);
                return;
            }
            finishSave(mergeSaved(result.value(), base, body));
        });
}

void ProjectEditor::reloadKeepingMine(const Project& server, const QJsonObject& mine)
{
    const QStringList theirKeys = ProjectDiff::changedKeys(m_loaded, server);
    QJsonObject kept;
    QJsonObject dropped;
    QStringList droppedLabels;
    for (auto it = mine.begin(); it != mine.end(); ++it) {
        if (theirKeys.contains(it.key())) {
            dropped.insert(it.key(), it.value());
            droppedLabels.append(ProjectFields::find(it.key())->label);
        } else {
            kept.insert(it.key(), it.value());
        }
    }
    resetTo(server);
    restoreValues(kept, u"Keep my changes after reload"_s);
    if (!dropped.isEmpty()) {
        // Their values win in the form, but mine stay one Redo away instead of being thrown out.
        restoreValues(dropped, u"My changes to fields they also edited"_s);
        m_undoStack->undo();
    }
    writeDraft();
    Q_EMIT statusMessage(
        droppedLabels.isEmpty()
            ? u"Reloaded the server's version; your changes were kept."_s
            : u"Reloaded the server's version; %1 now show their values (Redo brings yours back)."_s.arg(
                  droppedLabels.join(u", "_s)));
}

void ProjectEditor::finishSave(const Project& saved)
{
    const QString projectId = m_loaded.id();
    m_saving = false;
    resetTo(saved);
    if (m_drafts)
        m_drafts->remove(m_profileId, projectId);
    showError({});
    Q_EMIT statusMessage(u"Saved “%1”."_s.arg(saved.name()));
    Q_EMIT projectSaved(saved);
}

void ProjectEditor::failSave(const ApiError& error, const QString& what)
{
    m_serverIssues.clear();
    for (const ApiError::Detail& detail : error.details()) {
        const QString key = ProjectForm::fieldKeyOfPath(detail.path);
        if (ProjectFields::find(key))
            m_serverIssues.append({detail.path, ProjectFields::find(key)->label + u": "_s + detail.info});
    }
    setSaving(false);
    if (m_drafts)
        m_drafts->flush(); // whatever happened, the edit is on disk now
    showError(what + u": "_s + error.userMessage() +
              u"\nYour changes are still here and stored as a draft; nothing was lost."_s);
    Q_EMIT statusMessage(what + u": "_s + error.userMessage());
}

Project ProjectEditor::mergeSaved(const Project& response, const Project& base, const QJsonObject& body)
{
    // The PUT response lacks the retest history, hold history and counts, and may omit fields: keep
    // what the freshest known version says where the response is silent.
    Project merged = response;
    if (merged.id().isEmpty())
        merged.setId(base.id());
    for (const ProjectField& field : ProjectFields::all()) {
        if (merged.hasValue(field.key) || (field.readKey.isEmpty() && field.responseKey.isEmpty()))
            continue; // present, or write-only (the hold reason is a message, not a stored value)
        merged.setValue(field.key, body.contains(field.key) ? body.value(field.key) : base.value(field.key));
    }
    ProjectFacts facts = base.facts();
    if (!response.facts().lastModified.isEmpty())
        facts.lastModified = response.facts().lastModified;
    facts.names.insert(response.facts().names);
    merged.facts() = facts;
    return merged;
}
