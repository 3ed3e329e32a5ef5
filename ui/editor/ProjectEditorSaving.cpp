// ProjectEditor, part two: the save round trip (conflict check, update, failure handling). Kept apart
// from the form/undo half so that each file stays readable.
#include "ui/editor/ProjectEditor.h"

#include "models/FieldValue.h"
#include "models/ProjectDiff.h"
#include "models/ProjectDraftStore.h"
#include "ui/editor/ConflictDialog.h"
#include "ui/editor/ProjectForm.h"

#if __has_include("api/SsapiClient.h")
#include "api/SsapiClient.h"
#define FORGEDESK_EDITOR_HAS_API 1
#endif

#include <QLabel>
#include <QUndoStack>

using namespace Qt::StringLiterals;

#ifndef FORGEDESK_EDITOR_HAS_API
class ApiError
{};
#endif

void ProjectEditor::checkServerThenSend(const QJsonObject& body)
{
#ifdef FORGEDESK_EDITOR_HAS_API
#else
    Q_UNUSED(body);
#endif
}

void ProjectEditor::onConflict(const Project&, const QJsonObject&) {}
void ProjectEditor::send(const QJsonObject&, const Project&) {}
void ProjectEditor::reloadKeepingMine(const Project&, const QJsonObject&) {}
void ProjectEditor::finishSave(const Project&) {}
void ProjectEditor::failSave(const ApiError&, const QString&) {}
