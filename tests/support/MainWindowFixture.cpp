#include "MainWindowFixture.h"

#include "ui/common/Dialogs.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace ForgeDeskTest {

namespace {

SandboxOptions seeded(int seedSize)
{
    SandboxOptions options = SandboxFixture::options();
    options.seedSize = seedSize;
    return options;
}

} // namespace

MainWindowFixture::MainWindowFixture(int seedSize)
    : MainWindowFixture(seeded(seedSize))
{}

MainWindowFixture::MainWindowFixture(SandboxOptions options)
    : SandboxFixture(std::move(options))
    , cache(storage.path() + u"/cache"_s)
    , drafts(storage.path() + u"/drafts"_s)
    , session(client.get(), &keys, &cache)
    , window(&session, &profiles, &keys, &drafts)
{
    client->setRetryPolicy({1, 10, 50, 2000});
    window.resize(1280, 800);
    window.show();
}

MainWindowFixture::~MainWindowFixture() = default;

void MainWindowFixture::prepareEnvironment()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"ForgeDeskTests"_s);
    QCoreApplication::setApplicationName(u"ui_main"_s);
    // Each process its own settings file: the suites of this area run side by side under ctest -j, and
    // one suite removing its profile raced another reading the shared file (seen under the sanitizers).
    static QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    Dialogs::setTestMode(true);
}

ConnectionProfile MainWindowFixture::profile(bool transient) const
{
    return {u"test-profile"_s, u"Sandbox under test"_s, server->baseUrl(), transient};
}

} // namespace ForgeDeskTest
