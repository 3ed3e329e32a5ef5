// GetProjects paging over a large tenant: ForgeDesk's SsapiClient (decoding into Project values)
// beside curl fetching the same pages, both against one forgedesk-sandbox process on loopback.
// Usage: bench_client [projects=10000]. Prints figures; asserts nothing.
#include "ProcessProbe.h"

#include "api/SsapiCall.h"
#include "api/SsapiClient.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    QString baseUrl;
    QString key;
    int count = 0;
    int pages = 0;
    qint64 curlBytes = 0;
    QElapsedTimer curlTimer;
    qint64 curlMs = 0;
};

// Reference: one curl process per page, one after another, as a shell script would do it.
void curlPage(Run& run, int skip, std::function<void()> done)
{
    if (skip >= run.count) {
        run.curlMs = run.curlTimer.elapsed();
        done();
        return;
    }
    auto* curl = new QProcess;
    QObject::connect(curl, &QProcess::finished, curl, [&run, curl, skip, done] {
        run.curlBytes += curl->readAllStandardOutput().size();
        ++run.pages;
        curl->deleteLater();
        curlPage(run, skip + 500, done);
    });
    curl->start(u"curl"_s, {u"-s"_s, u"-H"_s, u"X-SSAPI-KEY: "_s + run.key,
                            u"%1/api/ss/projects?skip=%2&limit=500"_s.arg(run.baseUrl).arg(skip)});
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    Run run;
    run.count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    run.key = QUuid::createUuid().toString(QUuid::WithoutBraces);

    ProcessProbe sandbox;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"FORGEDESK_SANDBOX_KEY"_s, run.key); // not on the command line, where ps would show it
    sandbox.process().setProcessEnvironment(env);
    SsapiClient client;
    client.setTimeout(120000);

    sandbox.start(
        QStringLiteral(FORGEDESK_SANDBOX_EXE),
        {u"--port"_s, u"0"_s, u"--seed-size"_s, QString::number(run.count)}, "listening on ",
        [&](qint64 readyMs, const QByteArray& line) {
            if (readyMs < 0) {
                out << "bench_client: the sandbox did not start\n";
                app.exit(1);
                return;
            }
            run.baseUrl = QString::fromUtf8(line.mid(13)).trimmed();
            out << "bench_client: " << run.count << " projects, sandbox ready in " << readyMs << " ms\n";
            run.curlTimer.start();
            curlPage(run, 0, [&] {
                client.setBaseUrl(QUrl(run.baseUrl));
                client.setApiKey(run.key);
                auto timer = std::make_shared<QElapsedTimer>();
                timer->start();
                client.fetchProjects({}, &app, [&, timer](const ApiResult<QList<Project>>& result) {
                    out << QString::asprintf(
                        "  reference  curl, %d pages (raw bytes, no parsing)  %7lld ms  (%lld KiB)\n",
                        run.pages, run.curlMs, run.curlBytes / 1024);
                    if (result.isOk())
                        out << QString::asprintf(
                            "  ForgeDesk  fetchProjects, parsed and decoded    %7lld ms  (%lld projects)\n",
                            timer->elapsed(), qlonglong(result.value().size()));
                    else
                        out << "  ForgeDesk error: " << result.error().userMessage() << "\n";
                    sandbox.stop();
                    app.quit();
                });
            });
        });
    return app.exec();
}
