#include "EditorFixture.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kKey = u"test-key-0123456789"_s;
}

EditorFixture::EditorFixture()
{
    SandboxOptions options;
    options.apiKey = kKey;
    options.seed = u"demo"_s;
    server = std::make_unique<SandboxServer>(options);
    if (!server->listen(0))
        qFatal("sandbox did not start");
    client = std::make_unique<SsapiClient>();
    client->setBaseUrl(server->baseUrl());
    client->setApiKey(kKey);
    draftDir = std::make_unique<QTemporaryDir>();
    drafts = std::make_unique<ProjectDraftStore>(draftDir->path());
    projectId = server->projectIds().first();
    recreateEditor();
}

EditorFixture::~EditorFixture()
{
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

Project EditorFixture::serverProject() const
{
    return ProjectCodec::fromReadJson(server->project(projectId));
}

Catalog EditorFixture::catalog() const
{
    Catalog c;
    c.groups = server->groups();
    c.portfolios = server->portfolios();
    c.groupsKnown = c.portfoliosKnown = true;
    return c;
}

QList<QJsonObject> EditorFixture::putBodies() const
{
    QList<QJsonObject> bodies;
    for (const RecordedRequest& r : server->requests()) {
        if (r.method == "PUT")
            bodies.append(QJsonDocument::fromJson(r.body).object());
    }
    return bodies;
}

QList<QByteArray> EditorFixture::methods() const
{
    QList<QByteArray> list;
    for (const RecordedRequest& r : server->requests())
        list.append(r.method);
    return list;
}
