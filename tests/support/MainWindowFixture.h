#pragma once

#include "tests/support/SandboxFixture.h"

#include "api/ApiKeyStore.h"
#include "api/SsapiClient.h"
#include "models/ProfileStore.h"
#include "models/ProjectDraftStore.h"
#include "models/ProjectListCache.h"
#include "ui/main/MainWindow.h"
#include "ui/main/SessionController.h"

#include <QTemporaryDir>

namespace ForgeDeskTest {

// The main window's layer on SandboxFixture: the application as main.cpp assembles it (session,
// stores, window), on throw-away storage. The session is not connected: tests call
// session.connectProfile(profile(), kApiKey) when they want it online.
class MainWindowFixture : public SandboxFixture
{
public:
    // `seedSize`: the number of demo projects (0: the standard demo set).
    explicit MainWindowFixture(int seedSize = 0);
    explicit MainWindowFixture(SandboxOptions options);
    ~MainWindowFixture() override;

    // Test-mode paths and dialogs, once per suite (initTestCase).
    static void prepareEnvironment();

    // A saved (non-transient) profile, so the list is cached for offline use.
    ConnectionProfile profile(bool transient = false) const;

    QTemporaryDir storage;
    ApiKeyStore keys;
    ProjectListCache cache;
    ProfileStore profiles;
    ProjectDraftStore drafts;
    SessionController session;
    MainWindow window;
};

} // namespace ForgeDeskTest
