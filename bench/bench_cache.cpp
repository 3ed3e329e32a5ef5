// The offline cache at scale: saving and loading N summaries shaped like the sandbox's (DemoSeeder's
// projects, decoded as GetProjects rows are), in the current binary format and, in the same run, in the
// JSON format of earlier versions (still read once by ProjectListCache::load). Asserts nothing.
//   bench_cache [N] [--binary-only]   (N defaults to 100000; --binary-only skips the slow JSON runs)
#include "models/ProjectListCache.h"
#include "models/ProjectSummary.h"
#include "sandbox/DemoSeeder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {

// Wall time; the process's CPU time of the same runs goes to cpuMs (on a shared machine the wall time
// includes waiting for a core).
double cpuMs = 0;

template <typename F> double timeMs(F&& f)
{
    QElapsedTimer t;
    const std::clock_t cpu = std::clock();
    t.start();
    f();
    cpuMs = double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC;
    return double(t.nsecsElapsed()) / 1e6;
}

// The file the cache wrote before the binary format, byte for byte (a {projects, savedAt} document).
bool saveLegacy(const QString& path, const QList<ProjectSummary>& projects)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("{\"projects\":[");
    for (qsizetype i = 0; i < projects.size(); ++i) {
        if (i > 0)
            file.write(",");
        file.write(QJsonDocument(projects.at(i).toReadJson()).toJson(QJsonDocument::Compact));
    }
    file.write("],\"savedAt\":\"2026-01-01T00:00:00.000Z\"}");
    return file.commit();
}

double median(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.at(samples.size() / 2);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int count = args.size() > 1 && args.at(1).toInt() > 0 ? args.at(1).toInt() : 100000;
    const bool json = !args.contains(u"--binary-only"_s);
    QTextStream out(stdout);

    const DemoSeeder seeder(QDate::currentDate());
    QList<ProjectSummary> projects;
    projects.reserve(count);
    for (int i = 0; i < count; ++i)
        projects.append(ProjectSummary::fromReadJson(seeder.project(i)));

    QTemporaryDir dir;
    const ProjectListCache cache(dir.path());
    const QString legacyPath = dir.path() + u"/projects-bench.json"_s;
    constexpr int kRuns = 3;

    // Earlier versions' JSON, loaded through the cache's fallback (no binary file yet).
    bool ok = true;
    const double jsonSave = json ? timeMs([&] { ok = saveLegacy(legacyPath, projects); }) : 0;
    const qint64 jsonBytes = QFileInfo(legacyPath).size();
    // Each load's result is dropped before the next is timed: freeing 100,000 rows is not loading.
    QList<ProjectSummary> loaded;
    QList<double> jsonLoads;
    QList<double> jsonLoadsCpu;
    for (int run = 0; json && run < kRuns; ++run) {
        loaded = {};
        jsonLoads.append(timeMs([&] { loaded = cache.load(u"bench"_s); }));
        jsonLoadsCpu.append(cpuMs);
        ok = ok && loaded.size() == count;
    }

    QList<double> saves;
    QList<double> loads;
    for (int run = 0; run < kRuns; ++run)
        saves.append(timeMs([&] { ok = cache.save(u"bench"_s, projects) && ok; }));
    const qint64 bytes = QFileInfo(cache.fileFor(u"bench"_s)).size();
    QList<double> loadsCpu;
    for (int run = 0; run < kRuns; ++run) {
        loaded = {};
        loads.append(timeMs([&] { loaded = cache.load(u"bench"_s); }));
        loadsCpu.append(cpuMs);
    }
    ok = ok && loaded == projects && !QFile::exists(legacyPath);

    out << "bench_cache: " << count << " summaries (DemoSeeder), median of " << kRuns << " runs\n"
        << u"  binary  save_ms=%1 load_ms=%2 load_cpu_ms=%3 file_mb=%4\n"_s.arg(median(saves), 0, 'f', 1)
               .arg(median(loads), 0, 'f', 1)
               .arg(median(loadsCpu), 0, 'f', 1)
               .arg(double(bytes) / 1e6, 0, 'f', 1)
        << (json ? u"  json    save_ms=%1 load_ms=%2 load_cpu_ms=%3 file_mb=%4 (earlier versions' format, "
                   u"save run "
                   u"once)\n"_s.arg(jsonSave, 0, 'f', 1)
                       .arg(median(jsonLoads), 0, 'f', 1)
                       .arg(median(jsonLoadsCpu), 0, 'f', 1)
                       .arg(double(jsonBytes) / 1e6, 0, 'f', 1)
                 : QString())
        << "  round trip " << (ok ? "identical" : "DIFFERENT") << "\n";
    return ok ? 0 : 1;
}
