#pragma once

#include <QDateTime>
#include <QJsonObject>

struct Catalog;

// The server's side of UpdateProjectById: applies an already validated update body to a stored
// read-shaped project, as AttackForge would — only the fields sent change, a hold change is recorded in
// the hold history, and last modified becomes `now`. The client never does this; it lives with the
// sandbox, while the shapes it reads and writes come from the field table and ProjectFactKeys.
namespace ProjectUpdater {

void apply(QJsonObject& readJson, const QJsonObject& body, const Catalog& catalog, const QDateTime& now);

} // namespace ProjectUpdater
