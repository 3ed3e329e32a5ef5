#include "editing/ProjectDocument.h"

#include "editing/FieldEditCommand.h"
#include "models/FieldValue.h"
#include "models/ProjectValidator.h"

#include <QUndoStack>

#include <algorithm>

using namespace Qt::StringLiterals;

ProjectDocument::ProjectDocument(ProjectDraftStore* drafts, QObject* parent)
    : QObject(parent)
    , m_drafts(drafts)
    , m_undoStack(new QUndoStack(this))
{
    m_undoStack->setObjectName(u"undoStack"_s);
    // Every change of the stack (a push, a merge, an undo, the end of a macro) moves or re-announces
    // its index after the commands ran: the one place where the diff is brought up to date.
    connect(m_undoStack, &QUndoStack::indexChanged, this, [this] {
        if (m_resetting)
            return;
        m_settling = false;
        recompute();
        writeDraft();
        Q_EMIT stateChanged();
    });
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modificationChanged(!clean); });
    recompute();
}

ProjectDocument::~ProjectDocument()
{
    // The stack is cleared as the children go; nothing of this half-destroyed document may react.
    disconnect(m_undoStack, nullptr, this, nullptr);
    // Pending edits reach the disk before the document goes, whatever closes it.
    flushDraft();
}

void ProjectDocument::setCatalog(const Catalog& catalog)
{
    m_catalog = catalog;
    recompute(); // ids are checked against the catalog
    Q_EMIT stateChanged();
}

void ProjectDocument::reset(const Project& project)
{
    m_resetting = true;
    m_loaded = project;
    m_edited = project;
    m_serverIssues.clear();
    m_undoStack->clear();
    m_undoStack->setClean();
    m_resetting = false;
    recompute();
    Q_EMIT projectReset(project);
    Q_EMIT stateChanged();
}

bool ProjectDocument::isModified() const
{
    return !m_undoStack->isClean();
}

void ProjectDocument::editField(const QString& key, const QJsonValue& value)
{
    const ProjectField* field = ProjectFields::find(key);
    if (!field || m_locked)
        return;
    const QJsonValue before = m_edited.value(key);
    if (FieldValue::equal(field->kind, before, value))
        return; // e.g. an absent value and an empty one: nothing the user would call a change
    pushEdit(key, before, value);
}

void ProjectDocument::revertField(const QString& key)
{
    const ProjectField* field = ProjectFields::find(key);
    if (!field || m_locked || FieldValue::equal(field->kind, m_edited.value(key), m_loaded.value(key)))
        return;
    pushEdit(key, m_edited.value(key), m_loaded.value(key));
}

void ProjectDocument::revertAll()
{
    // The clean index is the loaded project: going back there is "revert all", and Redo undoes it.
    if (!m_locked && m_undoStack->cleanIndex() >= 0)
        m_undoStack->setIndex(m_undoStack->cleanIndex());
}

void ProjectDocument::pushEdit(const QString& key, const QJsonValue& before, const QJsonValue& after)
{
    const ProjectField* field = ProjectFields::find(key);
    m_undoStack->push(
        new FieldEditCommand(key, field->label, before, after,
                             [this](const QString& k, const QJsonValue& v) { setEdited(k, v); }));
}

void ProjectDocument::restoreValues(const QJsonObject& values, const QString& text)
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
    for (const ProjectField* field : fields)
        pushEdit(field->key, m_edited.value(field->key), values.value(field->key));
    m_undoStack->endMacro();
}

QStringList ProjectDocument::reloadKeepingMine(const Project& server, const QJsonObject& mine)
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
    reset(server);
    restoreValues(kept, tr("Keep my changes after reload"));
    if (!dropped.isEmpty()) {
        // Their values win in the form, but mine stay one Redo away instead of being thrown out.
        restoreValues(dropped, tr("My changes to fields they also edited"));
        m_undoStack->undo();
    }
    writeDraft();
    return droppedLabels;
}

void ProjectDocument::setEdited(const QString& key, const QJsonValue& value)
{
    m_edited.setValue(key, value);
    // A server complaint about a field no longer applies once the field changed.
    m_serverIssues.removeIf(
        [&key](const ValidationIssue& issue) { return fieldKeyOfPath(issue.field) == key; });
    // The diff follows once the stack has settled (indexChanged), so a macro of many fields is one diff.
    m_settling = true;
    Q_EMIT fieldValueChanged(key, value);
}

void ProjectDocument::setLocked(bool locked)
{
    if (m_locked == locked)
        return;
    m_locked = locked;
    Q_EMIT stateChanged();
}

bool ProjectDocument::canSave() const
{
    return !m_locked && isModified() && m_problems.isEmpty() && !m_loaded.id().isEmpty();
}

QHash<QString, QString> ProjectDocument::names() const
{
    QHash<QString, QString> names = m_loaded.facts().names;
    for (const Group& g : m_catalog.groups)
        names.insert(g.id, g.name);
    for (const Portfolio& p : m_catalog.portfolios) {
        names.insert(p.id, p.name);
        for (const PortfolioStream& s : p.streams)
            names.insert(s.id, s.name);
    }
    return names;
}

void ProjectDocument::setLiveIssues(const ValidationIssues& issues)
{
    if (issues == m_liveIssues)
        return;
    m_liveIssues = issues;
    if (m_settling)
        return; // the change under way recombines them
    combineProblems();
    Q_EMIT stateChanged();
}

void ProjectDocument::setServerIssues(const ValidationIssues& issues)
{
    m_serverIssues = issues;
    Q_EMIT stateChanged();
}

void ProjectDocument::recompute()
{
    ++m_diffCount;
    m_changes = ProjectDiff::between(m_loaded, m_edited);
    m_body = ProjectDiff::toUpdateBody(m_changes);
    ValidationContext context;
    context.current = &m_loaded;
    context.catalog = &m_catalog;
    context.requireHoldReason = true;
    m_validatorIssues = ProjectValidator::validateUpdateBody(m_body, context);
    combineProblems();
}

void ProjectDocument::combineProblems()
{
    m_problems = m_validatorIssues;
    // A field's check while typing repeats the validator's finding once the value holds it: show one.
    for (const ValidationIssue& live : std::as_const(m_liveIssues)) {
        const bool known =
            std::any_of(m_validatorIssues.cbegin(), m_validatorIssues.cend(),
                        [&live](const ValidationIssue& i) { return fieldKeyOfPath(i.field) == live.field; });
        if (!known)
            m_problems.append(live);
    }
}

std::optional<ProjectDraft> ProjectDocument::storedDraft() const
{
    if (!m_drafts || m_loaded.id().isEmpty())
        return std::nullopt;
    return m_drafts->load(m_profileId, m_loaded.id());
}

void ProjectDocument::discardStoredDraft()
{
    if (m_drafts && !m_loaded.id().isEmpty())
        m_drafts->remove(m_profileId, m_loaded.id());
}

void ProjectDocument::flushDraft()
{
    if (m_drafts)
        m_drafts->flush();
}

void ProjectDocument::writeDraft()
{
    if (!m_drafts || m_resetting || m_draftWritesSuspended || m_loaded.id().isEmpty())
        return;
    ProjectDraft draft;
    draft.profileId = m_profileId;
    draft.projectId = m_loaded.id();
    // An empty draft (back at the loaded state) removes the stored one.
    draft.values = isModified() ? m_body : QJsonObject();
    draft.baseLastModified = m_loaded.facts().lastModified;
    draft.savedAt = QDateTime::currentDateTimeUtc();
    m_drafts->schedule(draft);
}

QString ProjectDocument::fieldKeyOfPath(const QString& path)
{
    qsizetype end = path.size();
    for (QChar stop : {u'[', u'.'}) {
        const qsizetype at = path.indexOf(stop);
        if (at >= 0 && at < end)
            end = at;
    }
    return path.left(end);
}
