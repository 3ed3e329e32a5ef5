// The offline project list as ProjectListCache::load reads it: any bytes on disk.
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
    // The cache names its file after the profile; write where it will look.
    QFile file(dir.path() + u"/projects-profile.json"_s);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 0;
    file.write(FuzzSupport::bytes(data, size));
    file.close();
    QDateTime savedAt;
    (void)cache.load(u"profile"_s, &savedAt);
    return 0;
}
