#pragma once

#include <QFileDevice>
#include <QString>

// Drafts and cached project lists are client data: readable by the owner only, whatever the umask.
// Folders are 0700 and files 0600; folders made by an earlier version are tightened on start-up.
namespace PrivateStorage {

inline constexpr QFileDevice::Permissions kFileMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
inline constexpr QFileDevice::Permissions kDirMode =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

// mkpath, then 0700 on `path` (the folders above it are not ours to change). False when either failed.
bool makeDir(const QString& path);
// 0600 on an open file (a QSaveFile's temporary file), before any data is written.
bool restrict(QFileDevice& file);
// 0700 on `root` and every folder below it, 0600 on every file; nothing when `root` does not exist.
void tighten(const QString& root);

} // namespace PrivateStorage
