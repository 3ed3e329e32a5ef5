#pragma once

#include "tests/support/SandboxFixture.h"

#include "models/ProjectDraftStore.h"
#include "ui/editor/FieldEditor.h"
#include "ui/editor/ProjectEditor.h"
#include "ui/editor/ProjectForm.h"

#include <QTemporaryDir>

#include <memory>

namespace ForgeDeskTest {

// The editor's layer on SandboxFixture: a draft store in a temporary folder and an editor showing the
// first seeded project of the demo sandbox — what every editor test starts from.
class EditorFixture : public SandboxFixture
{
public:
    EditorFixture();
    ~EditorFixture() override;

    // A new editor (the previous one is destroyed first), opened on the test project.
    void recreateEditor(bool open = true);
    Project serverProject() const { return storedProject(projectId); }
    template <typename T> T* editorOf(const QString& key) const
    {
        return qobject_cast<T*>(editor->form()->editor(key));
    }

    std::unique_ptr<QTemporaryDir> draftDir;
    std::unique_ptr<ProjectDraftStore> drafts;
    std::unique_ptr<ProjectEditor> editor;
    QString projectId;
};

} // namespace ForgeDeskTest
