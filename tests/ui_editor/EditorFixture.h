#pragma once

// A sandbox, a client pointed at it, a draft store in a temporary folder and an editor showing one
// seeded project: what every editor test starts from.
#include "api/SsapiClient.h"
#include "models/Catalog.h"
#include "models/Project.h"
#include "models/ProjectCodec.h"
#include "models/ProjectDraftStore.h"
#include "sandbox/SandboxServer.h"
#include "ui/editor/FieldEditor.h"
#include "ui/editor/ProjectEditor.h"
#include "ui/editor/ProjectForm.h"

#include <QJsonDocument>
#include <QTemporaryDir>

#include <memory>

struct EditorFixture
{
    EditorFixture();
    ~EditorFixture();

    // A new editor (the previous one is destroyed first), opened on the test project.
    void recreateEditor(bool open = true);
    Project serverProject() const;
    Catalog catalog() const;
    // Bodies of the PUT requests that reached the sandbox, in order.
    QList<QJsonObject> putBodies() const;
    QList<QByteArray> methods() const;
    template <typename T> T* editorOf(const QString& key) const
    {
        return qobject_cast<T*>(editor->form()->editor(key));
    }

    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<SsapiClient> client;
    std::unique_ptr<QTemporaryDir> draftDir;
    std::unique_ptr<ProjectDraftStore> drafts;
    std::unique_ptr<ProjectEditor> editor;
    QString projectId;
};
