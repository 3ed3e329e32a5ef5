// The offline project list as ProjectListCache::load reads it: any bytes on disk, in the binary format
// (ProjectSummaryStream) or, when the input starts with '{', as an earlier version's JSON cache.
#include "FuzzSupport.h"

#include "models/ProjectListCache.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

FORGEDESK_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static QTemporaryDir dir;
    const ProjectListCache cache(dir.path());
    // The cache names its files after the profile; write where it will look, and only there (the
    // binary file, when present, is read instead of the JSON one).
    const QString binary = cache.fileFor(u"profile"_s);
    const QString legacy = dir.path() + u"/projects-profile.json"_s;
    const bool json = size > 0 && data[0] == '{';
    QFile::remove(json ? binary : legacy);
    QFile file(json ? legacy : binary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 0;
    file.write(FuzzSupport::bytes(data, size));
    file.close();
    QDateTime savedAt;
    const QList<ProjectSummary> rows = cache.load(u"profile"_s, &savedAt);
    // What the list and the calendar do with every row: a damaged file must not make them misbehave.
    for (const ProjectSummary& row : rows) {
        (void)row.nextRetestStart();
        for (const SummaryRound& round : row.rounds)
            (void)round.toRound();
    }
    return 0;
}
