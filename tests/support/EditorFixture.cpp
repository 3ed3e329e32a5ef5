#include "EditorFixture.h"

using namespace Qt::StringLiterals;

namespace ForgeDeskTest {

EditorFixture::EditorFixture()
    : SandboxFixture(options(u"demo"_s))
    , draftDir(std::make_unique<QTemporaryDir>())
    , drafts(std::make_unique<ProjectDraftStore>(draftDir->path()))
    , projectId(server->projectIds().first())
{
    recreateEditor();
}

EditorFixture::~EditorFixture()
{
    // Before the client and the sandbox it uses.
    editor.reset();
}

void EditorFixture::recreateEditor(bool open)
{
    editor.reset();
    editor = std::make_unique<ProjectEditor>(client.get(), drafts.get());
    editor->setProfileId(u"profile-1"_s);
    editor->setCatalog(catalog());
    editor->resize(1280, 800);
    editor->show();
    if (open)
        editor->openProject(serverProject());
    server->clearRequests();
}

} // namespace ForgeDeskTest
