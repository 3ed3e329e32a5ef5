// ForgeDesk's entry point: parses the command line, sets up the stores, and opens the main window on
// the demo sandbox, a given server, or the connection used last.
#include "Screenshot.h"
#include "api/ApiKeyStore.h"
#include "api/BaseUrlPolicy.h"
#include "api/SsapiClient.h"
#include "models/ProcessMemory.h"
#include "models/ProfileStore.h"
#include "models/ProjectDraftStore.h"
#include "models/ProjectListCache.h"
#include "sandbox/SandboxThread.h"
#include "ui/common/ActionIcons.h"
#include "ui/common/Translations.h"
#include "ui/main/ConnectionsDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/main/ProjectListView.h"
#include "ui/main/SessionController.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTableView>
#include <QTimer>
#include <QUuid>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

ConnectionProfile profileForUrl(ProfileStore& profiles, const QUrl& url)
{
    for (const ConnectionProfile& p : profiles.profiles()) {
        if (p.baseUrl.matches(url, QUrl::StripTrailingSlash))
            return p;
    }
    ConnectionProfile p{ProfileStore::newId(), url.host(), url, false};
    profiles.save(p);
    return p;
}

} // namespace

int main(int argc, char* argv[])
{
    ProcessMemory::limitArenas();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"ForgeDesk"_s);
    QApplication::setApplicationName(u"ForgeDesk"_s);
    QApplication::setApplicationVersion(QStringLiteral(FORGEDESK_VERSION));
    QApplication::setDesktopFileName(u"org.forgedesk.forgedesk"_s);
    QApplication::setWindowIcon(ActionIcons::applicationIcon());
    Translations::install(&app);
    Screenshot::applyTheme();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Edit AttackForge projects and schedule retests."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        u"demo"_s,
        QCoreApplication::translate("main", "Start an embedded sandbox with demo data and connect to it."));
    const QCommandLineOption seedSize(
        u"seed-size"_s, QCoreApplication::translate("main", "With --demo: the number of demo projects."),
        QCoreApplication::translate("main", "N"));
    const QCommandLineOption server(
        u"server"_s,
        QCoreApplication::translate(
            "main", "Connect to this AttackForge tenant. The key comes from FORGEDESK_API_KEY "
                    "when set, otherwise from the system keychain."),
        QCoreApplication::translate("main", "URL"));
    parser.addOptions({demo, seedSize, server});
    parser.process(app);

    ProfileStore profiles;
    ApiKeyStore keys;
    ProjectListCache cache;
    ProjectDraftStore drafts;
    SsapiClient client;
    SessionController session(&client, &keys, &cache);
    MainWindow window(&session, &profiles, &keys, &drafts);

    std::unique_ptr<SandboxThread> sandbox;
    if (parser.isSet(demo)) {
        // A fresh random key per run: the demo server is reachable from this machine only, and the
        // key is never shown or stored. It serves from its own thread, so its work never holds the window.
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        SandboxOptions options;
        options.apiKey = key;
        options.seedSize = parser.value(seedSize).toInt();
        sandbox = std::make_unique<SandboxThread>(options);
        QObject::connect(sandbox.get(), &SandboxThread::started, &session, [&session, key](const QUrl& url) {
            session.connectProfile(
                {u"demo-sandbox"_s, QCoreApplication::translate("main", "Demo sandbox"), url, true}, key);
        });
        QObject::connect(sandbox.get(), &SandboxThread::failed, &app, [] {
            std::fputs("forgedesk: the demo sandbox could not listen on 127.0.0.1\n", stderr);
            QCoreApplication::exit(1);
        });
        sandbox->start();
    } else if (parser.isSet(server)) {
        const QUrl url = QUrl::fromUserInput(parser.value(server));
        if (const QString problem = BaseUrlPolicy::problem(url); !problem.isEmpty()) {
            std::fprintf(stderr, "forgedesk: %s\n", qPrintable(problem));
            return 2;
        }
        const ConnectionProfile profile = profileForUrl(profiles, url);
        profiles.setLastUsedId(profile.id);
        session.connectProfile(profile, qEnvironmentVariable("FORGEDESK_API_KEY"));
    } else if (const ConnectionProfile last = profiles.profile(profiles.lastUsedId()); last.isValid()) {
        session.connectProfile(last);
    } else {
        QTimer::singleShot(0, &window, [&window, &profiles, &keys, &drafts, &cache, &session] {
            auto* dialog = new ConnectionsDialog(&profiles, &keys, &drafts, &cache, &window);
            QObject::connect(dialog, &ConnectionsDialog::connectRequested, &session,
                             [&session, &profiles](const ConnectionProfile& p) {
                                 profiles.setLastUsedId(p.id);
                                 session.connectProfile(p);
                             });
            dialog->open();
        });
    }

    if (qEnvironmentVariableIsSet("FORGEDESK_REPORT_READY")) {
        // For bench_startup and the app-binary test: say when the first list is on screen, and what the
        // window really shows (queued: after the window has taken the list).
        QObject::connect(
            &session, &SessionController::projectsLoaded, &app,
            [&window] {
                const int rows = window.projectList()->tableView()->model()->rowCount();
                std::fprintf(stderr, "forgedesk: projects shown: %d listed, window %s\n", rows,
                             window.isVisible() ? "visible" : "hidden");
                std::fflush(stderr);
            },
            Qt::QueuedConnection);
    }
    Screenshot::arm(&window, &session);
    window.show();
    return app.exec();
}
