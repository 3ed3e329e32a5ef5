#pragma once

#include <QDateTime>
#include <QJsonObject>

// project_status as AttackForge derives it: On-Hold while on hold, otherwise from the test window
// (Waiting-to-Start, Testing, Completed). Recomputed by the sandbox after every change.
namespace ProjectStatus {

QString compute(const QJsonObject& readJson, const QDateTime& now);

} // namespace ProjectStatus
