#include "editing/ProjectSaveFlow.h"

#include "api/SsapiCall.h"
#include "api/SsapiClient.h"
#include "editing/ProjectDocument.h"
#include "models/IsoDate.h"

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

ProjectSaveFlow::ProjectSaveFlow(SsapiClient* client, ProjectDocument* document, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_document(document)
{}

void ProjectSaveFlow::start()
{
    if (!m_document->canSave())
        return;
    const QList<FieldChange>& changes = m_document->changes();
    if (changes.isEmpty()) {
        Q_EMIT statusMessagePosted(tr("No changes to save."));
        return;
    }
    m_body = m_document->updateBody();
    m_stage = Stage::Previewing;
    Q_EMIT previewPrepared(changes, m_document->names());
}

void ProjectSaveFlow::confirm()
{
    if (m_stage != Stage::Previewing)
        return;
    m_stage = Stage::Idle;
    if (!m_client) {
        setErrorText(tr("Not connected: the changes were kept and can be saved once connected."));
        return;
    }
    checkServerThenSend();
}

void ProjectSaveFlow::decline()
{
    if (m_stage == Stage::Previewing)
        m_stage = Stage::Idle;
}

void ProjectSaveFlow::checkServerThenSend()
{
    m_stage = Stage::Checking;
    setSaving(true);
    setErrorText({});
    Q_EMIT statusMessagePosted(tr("Checking the server for newer changes…"));
    const QString id = m_document->loaded().id();
    const int generation = m_generation;
    m_call = m_client->fetchProject(id, this, [this, id, generation](const ApiResult<Project>& result) {
        if (!isCurrent(generation, id))
            return;
        if (!result.isOk()) {
            failSave(result.error(), tr("Could not check the project on the server before saving"));
            return;
        }
        const Project& server = result.value();
        // A newer time with every field as loaded is no conflict: there is nothing of theirs the body
        // could overwrite (typically my previous save, answered without `last_updated`, so the loaded
        // version kept the older time; or a retest round). The PUT then carries the server's time.
        if (!sameMoment(server.facts().lastModified, m_document->loaded().facts().lastModified) &&
            !ProjectDiff::between(m_document->loaded(), server).isEmpty()) {
            onConflict(server);
            return;
        }
        send(m_body, server);
    });
}

void ProjectSaveFlow::onConflict(const Project& server)
{
    m_server = server;
    m_theirs = ProjectDiff::between(m_document->loaded(), server);
    QHash<QString, QString> names = m_document->loaded().facts().names;
    names.insert(server.facts().names);
    m_stage = Stage::ChoosingConflict;
    Q_EMIT statusMessagePosted(tr("The project changed on the server since you opened it."));
    Q_EMIT conflictFound(server, m_theirs, m_body.keys(), names);
}

void ProjectSaveFlow::review(const Project& server)
{
    if (m_stage != Stage::Idle || m_saving || !m_document->isModified())
        return;
    m_body = m_document->updateBody();
    onConflict(server);
}

void ProjectSaveFlow::overwrite()
{
    if (m_stage == Stage::ChoosingConflict)
        send(m_body, m_server);
}

void ProjectSaveFlow::keepTheirs()
{
    if (m_stage != Stage::ChoosingConflict)
        return;
    QJsonObject rest = m_body;
    for (const FieldChange& change : std::as_const(m_theirs))
        rest.remove(change.field->key);
    if (rest.isEmpty()) { // nothing of mine is left to send: their version is the result
        reloadKeepingMine({});
        return;
    }
    send(rest, m_server);
}

void ProjectSaveFlow::reload()
{
    if (m_stage == Stage::ChoosingConflict)
        reloadKeepingMine(m_body);
}

void ProjectSaveFlow::cancelConflict()
{
    if (m_stage != Stage::ChoosingConflict)
        return;
    m_stage = Stage::Idle;
    setSaving(false);
    Q_EMIT statusMessagePosted(tr("Save cancelled; your changes are still here."));
}

void ProjectSaveFlow::abandon()
{
    ++m_generation; // a cancelled call still answers (Cancelled): that answer is no longer ours
    if (m_call)
        m_call->cancel();
    m_stage = Stage::Idle;
    setSaving(false);
}

void ProjectSaveFlow::clearError()
{
    setErrorText({});
}

void ProjectSaveFlow::send(const QJsonObject& body, const Project& base)
{
    m_stage = Stage::Sending;
    setSaving(true);
    Q_EMIT statusMessagePosted(tr("Saving %n change(s)…", nullptr, int(body.size())));
    const QString id = m_document->loaded().id();
    const int generation = m_generation;
    m_call = m_client->updateProject(id, body, this,
                                     [this, body, base, id, generation](const ApiResult<Project>& result) {
                                         if (!isCurrent(generation, id))
                                             return;
                                         if (!result.isOk()) {
                                             failSave(result.error(), tr("The changes were not saved"));
                                             return;
                                         }
                                         finishSave(mergeSaved(result.value(), base, body));
                                     });
}

void ProjectSaveFlow::reloadKeepingMine(const QJsonObject& mine)
{
    m_stage = Stage::Idle;
    setSaving(false);
    const QStringList droppedLabels = m_document->reloadKeepingMine(m_server, mine);
    Q_EMIT statusMessagePosted(
        droppedLabels.isEmpty()
            ? tr("Reloaded the server's version; your changes were kept.")
            : tr("Reloaded the server's version; %1 now show their values (Redo brings yours back).")
                  .arg(droppedLabels.join(u", "_s)));
}

void ProjectSaveFlow::finishSave(const Project& saved)
{
    m_stage = Stage::Idle;
    setSaving(false);
    m_document->reset(saved);
    m_document->discardStoredDraft();
    setErrorText({});
    Q_EMIT statusMessagePosted(tr("Saved “%1”.").arg(saved.name()));
    Q_EMIT projectSaved(saved);
}

void ProjectSaveFlow::failSave(const ApiError& error, const QString& what)
{
    ValidationIssues serverIssues;
    for (const ApiError::Detail& detail : error.details()) {
        if (const ProjectField* field = ProjectFields::find(ProjectDocument::fieldKeyOfPath(detail.path)))
            serverIssues.append({detail.path, field->label + u": "_s + detail.info});
    }
    m_document->setServerIssues(serverIssues);
    m_stage = Stage::Idle;
    setSaving(false);
    m_document->flushDraft(); // whatever happened, the edit is on disk now
    setErrorText(what + u": "_s + error.userMessage() +
                 tr("\nYour changes are still here and stored as a draft; nothing was lost."));
    Q_EMIT statusMessagePosted(what + u": "_s + error.userMessage());
}

void ProjectSaveFlow::setSaving(bool saving)
{
    if (m_saving == saving)
        return;
    m_saving = saving;
    m_document->setLocked(saving);
    Q_EMIT savingChanged(saving);
}

void ProjectSaveFlow::setErrorText(const QString& text)
{
    if (m_errorText == text)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged(text);
}

bool ProjectSaveFlow::isCurrent(int generation, const QString& projectId) const
{
    return generation == m_generation && projectId == m_document->loaded().id();
}

bool ProjectSaveFlow::isEchoOfMine(const Project& server) const
{
    // Who wrote it cannot be told from the event's user (one person signed in twice, a shared key
    // all look alike) nor from the time (an update answer may carry none, so the saved version keeps
    // the time it was loaded with). Its fields can: equal to the loaded version (which after my save
    // is what I wrote, merged) or, while my PUT is on its way, to what I am sending, it is my own
    // write coming back, or a write that changed nothing the editor shows. Either way there is nothing
    // to review, and announcing it as someone's change would be wrong.
    if (server.id() != m_document->loaded().id())
        return false;
    if (ProjectDiff::between(m_document->loaded(), server).isEmpty())
        return true;
    return m_stage == Stage::Sending && ProjectDiff::between(m_document->edited(), server).isEmpty();
}

Project ProjectSaveFlow::mergeSaved(const Project& response, const Project& base, const QJsonObject& body)
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
