// Time from process start to a usable window: `forgedesk --demo` (which also starts the sandbox and
// lists the demo projects) beside a minimal Qt Widgets window. Run under Xvfb or offscreen.
#include "ProcessProbe.h"

#include <QApplication>
#include <QLabel>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

struct Trial
{
    QString program;
    QStringList args;
    QByteArray marker;
    QList<qint64> times;
};

void runTrials(QList<Trial>& trials, int round, int rounds, std::function<void()> done, int index = 0)
{
    if (round == rounds) {
        done();
        return;
    }
    if (index == trials.size()) {
        runTrials(trials, round + 1, rounds, done, 0);
        return;
    }
    Trial& t = trials[index];
    // A fresh probe per run; the next run starts once this one's process has really exited.
    auto* probe = new ProcessProbe;
    QObject::connect(&probe->process(), &QProcess::finished, probe,
                     [&trials, round, rounds, probe, done, index] {
                         probe->deleteLater();
                         runTrials(trials, round, rounds, done, index + 1);
                     });
    probe->start(t.program, t.args, t.marker, [&trials, probe, index](qint64 ms, const QByteArray&) {
        trials[index].times.append(ms);
        probe->process().kill();
    });
}

} // namespace

int main(int argc, char** argv)
{
    if (argc > 1 && QByteArray(argv[1]) == "--minimal-window") {
        QApplication app(argc, argv);
        QLabel label(u"Minimal Qt window"_s);
        label.resize(1280, 800);
        label.show();
        QMetaObject::invokeMethod(
            &app, [] { QTextStream(stderr) << "ready\n"; }, Qt::QueuedConnection);
        return app.exec();
    }
    QCoreApplication app(argc, argv);
    qputenv("FORGEDESK_REPORT_READY", "1");
    QList<Trial> trials{{QCoreApplication::applicationFilePath(), {u"--minimal-window"_s}, "ready", {}},
                        {QStringLiteral(FORGEDESK_EXE), {u"--demo"_s}, "forgedesk: projects shown", {}}};
    const int rounds = 5;
    runTrials(trials, 0, rounds, [&] {
        auto mean = [](const QList<qint64>& v) {
            qint64 sum = 0;
            for (qint64 x : v)
                sum += x;
            return v.isEmpty() ? -1 : sum / v.size();
        };
        QTextStream out(stdout);
        out << "bench_startup: mean of " << rounds
            << " runs, QT_QPA_PLATFORM=" << qEnvironmentVariable("QT_QPA_PLATFORM", u"(default)"_s) << "\n";
        out << QString::asprintf("  reference  minimal Qt window shown                   %6lld ms\n",
                                 mean(trials[0].times));
        out << QString::asprintf("  ForgeDesk  --demo: sandbox up and projects listed     %6lld ms\n",
                                 mean(trials[1].times));
        app.quit();
    });
    return app.exec();
}
