// A draft file as ProjectDraftStore::load reads it back after a restart: any bytes on disk.
#include "FuzzSupport.h"

#include "models/ProjectDraftStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

FORGEDESK_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static QTemporaryDir dir;
    ProjectDraftStore store(dir.path()); // load() moves an unreadable draft aside
    const QString path = store.filePath(u"profile"_s, u"project"_s);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 0;
    file.write(FuzzSupport::bytes(data, size));
    file.close();
    const std::optional<ProjectDraft> draft = store.load(u"profile"_s, u"project"_s);
    if (draft)
        (void)ProjectDraft::fromJson(draft->toJson());
    // The moved-aside copies would pile up over millions of runs.
    QDir(QFileInfo(path).absolutePath()).removeRecursively();
    return 0;
}
