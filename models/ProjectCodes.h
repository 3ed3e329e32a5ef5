#pragma once

#include <QString>
#include <QStringList>

// Project codes and vulnerability codes are free text to the API, but people keep them unique and
// numbered ("PAY-007"). These helpers warn about a code another loaded project uses and suggest the
// next free one from the loaded codes' pattern, as AttackForge's own project form does. They never
// block: the server accepts duplicates.
namespace ProjectCodes {

// How many entries of `inUse` (one per loaded project) equal `code`, ignoring case and outer spaces.
int usageCount(const QStringList& inUse, const QString& code);
// The next free code: the prefix of `current` when it ends in digits (else the most common numbered
// prefix among `inUse`), with one more than the highest number used with that prefix, zero-padded to
// the widest number seen ("PAY-009" → "PAY-010"). Empty when no loaded code is numbered.
QString nextFree(const QStringList& inUse, const QString& current = {});

} // namespace ProjectCodes
