#include "models/PrivateStorage.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace PrivateStorage {

bool makeDir(const QString& path)
{
    return QDir().mkpath(path) && QFile::setPermissions(path, kDirMode);
}

bool restrict(QFileDevice& file)
{
    return file.setPermissions(kFileMode);
}

void tighten(const QString& root)
{
    if (!QFileInfo(root).isDir())
        return;
    QFile::setPermissions(root, kDirMode);
    // Symbolic links are not followed: only what is really inside the folder is changed.
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        if (info.isSymLink())
            continue;
        QFile::setPermissions(info.filePath(), info.isDir() ? kDirMode : kFileMode);
    }
}

} // namespace PrivateStorage
