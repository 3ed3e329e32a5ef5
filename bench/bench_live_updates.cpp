// Event-to-screen latency on loopback: the in-process sandbox changes a project (as another client's
// write would), its event travels over /api/ss/events, ForgeDesk re-reads the project and the list row
// shows the new name. Median and worst of N changes, once with the default coalescing delay and once
// with none. Usage: bench_live_updates [changes=100]. Prints figures; asserts nothing.
#include "api/ApiKeyStore.h"
#include "api/EventsClient.h"
#include "api/SsapiClient.h"
#include "models/ProfileStore.h"
#include "models/ProjectDraftStore.h"
#include "models/ProjectListCache.h"
#include "models/ProjectListModel.h"
#include "sandbox/SandboxServer.h"
#include "ui/common/Dialogs.h"
#include "ui/main/LiveUpdates.h"
#include "ui/main/MainWindow.h"
#include "ui/main/SessionController.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct Bench
{
    SandboxServer* server = nullptr;
    ProjectListModel* list = nullptr;
    LiveUpdates* live = nullptr;
    QString projectId;
    int changes = 100;
    int done = 0;
    QList<double> samples;
    QElapsedTimer clock;
    QString expected;
};

void report(const QString& label, QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    const double median =
        ms.size() % 2 ? ms.at(ms.size() / 2) : (ms.at(ms.size() / 2 - 1) + ms.at(ms.size() / 2)) / 2;
    QTextStream(stdout) << label
                        << u": median %1 ms, worst %2 ms, best %3 ms over %4 changes\n"_s
                               .arg(median, 0, 'f', 1)
                               .arg(ms.last(), 0, 'f', 1)
                               .arg(ms.first(), 0, 'f', 1)
                               .arg(ms.size());
}

// One change, then the next once the list row shows it.
void next(Bench& b, const std::function<void()>& finished)
{
    if (b.done >= b.changes) {
        finished();
        return;
    }
    QJsonObject project = b.server->project(b.projectId);
    b.expected = u"Latency probe %1"_s.arg(b.done);
    project.insert(u"project_name"_s, b.expected);
    b.clock.restart();
    b.server->putProject(project); // publishes project-updated at once
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"ForgeDeskBench"_s);
    QCoreApplication::setApplicationName(u"bench_live_updates"_s);
    Dialogs::setTestMode(true);
    const int changes = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 100;

    QTemporaryDir storage;
    SandboxOptions options;
    options.apiKey = u"bench-key"_s;
    SandboxServer server(options);
    if (!server.listen(0))
        return 1;
    SsapiClient client;
    ApiKeyStore keys;
    ProjectListCache cache(storage.path() + u"/cache"_s);
    ProfileStore profiles;
    ProjectDraftStore drafts(storage.path() + u"/drafts"_s);
    SessionController session(&client, &keys, &cache);
    MainWindow window(&session, &profiles, &keys, &drafts);
    window.show();

    Bench b;
    b.server = &server;
    b.list = window.findChild<ProjectListModel*>();
    b.live = window.findChild<LiveUpdates*>(u"liveUpdates"_s);
    b.changes = changes;
    b.projectId = server.projectIds().first();
    const QList<int> delays{150, 0};
    int round = 0;

    std::function<void()> startRound;
    auto finished = [&] {
        report(round == 0 ? u"coalescing 150 ms (default)"_s : u"coalescing 0 ms"_s, b.samples);
        ++round;
        if (round >= delays.size()) {
            app.quit();
            return;
        }
        startRound();
    };
    startRound = [&] {
        b.samples.clear();
        b.done = 0;
        b.live->setCoalesceDelay(delays.at(round));
        next(b, finished);
    };
    QObject::connect(b.list, &QAbstractItemModel::dataChanged, &app, [&] {
        const ProjectSummary* p = b.list->project(b.projectId);
        if (!p || p->name != b.expected || !b.clock.isValid())
            return;
        b.samples.append(double(b.clock.nsecsElapsed()) / 1e6);
        b.clock.invalidate();
        ++b.done;
        QTimer::singleShot(20, &app, [&] { next(b, finished); });
    });
    QObject::connect(b.live->client(), &EventsClient::subscribed, &app, [&](const QStringList& granted) {
        if (!granted.isEmpty() && round == 0 && b.done == 0 && !b.clock.isValid())
            QTimer::singleShot(200, &app, startRound);
    });
    QTimer::singleShot(120000, &app, [&] {
        QTextStream(stderr) << "timed out after " << b.done << " changes\n";
        app.exit(1);
    });
    session.connectProfile({u"bench"_s, u"Bench sandbox"_s, server.baseUrl(), true}, options.apiKey);
    return app.exec();
}
