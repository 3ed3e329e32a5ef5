#pragma once

#include "api/ApiKeyStore.h"
#include "api/SsapiClient.h"
#include "models/ProfileStore.h"
#include "models/ProjectDraftStore.h"
#include "models/ProjectListCache.h"
#include "sandbox/SandboxServer.h"
#include "ui/common/Dialogs.h"
#include "ui/main/MainWindow.h"
#include "ui/main/SessionController.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

// The application as main.cpp assembles it, on a fresh sandbox and throw-away storage.
struct MainWindowFixture
{
    static inline const QString kKey = QStringLiteral("ui-main-test-key");

    QTemporaryDir storage;
    std::unique_ptr<SandboxServer> server;
    SsapiClient client;
    ApiKeyStore keys;
    ProjectListCache cache{storage.path() + QStringLiteral("/cache")};
    ProfileStore profiles;
    ProjectDraftStore drafts{storage.path() + QStringLiteral("/drafts")};
    SessionController session{&client, &keys, &cache};
    MainWindow window{&session, &profiles, &keys, &drafts};

    static void prepareEnvironment()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ForgeDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("ui_main"));
        Dialogs::setTestMode(true);
    }

    // `seedSize`: the number of demo projects (0: the standard demo set).
    explicit MainWindowFixture(int seedSize = 0)
    {
        SandboxOptions options;
        options.apiKey = kKey;
        options.seedSize = seedSize;
        server = std::make_unique<SandboxServer>(options);
        server->listen(0);
        client.setRetryPolicy({1, 10, 50, 2000});
        window.resize(1280, 800);
        window.show();
    }

    // A saved (non-transient) profile, so the list is cached for offline use.
    ConnectionProfile profile(bool transient = false) const
    {
        return {QStringLiteral("test-profile"), QStringLiteral("Sandbox under test"), server->baseUrl(),
                transient};
    }
};
