#pragma once

#include <QList>
#include <QStringList>

// Ranks names in the order the project list sorts them (case-folded, then by UTF-16 unit): equal
// names share a rank, and ranks are dense (0, 1, 2, … with no gaps). Sorting many rows by name then
// compares integers. The names are folded into one buffer, and each is keyed by its first four folded
// units; names on a real tenant share long prefixes ("Umbrella Health SAP Gateway …"), so ties are
// common, and they compare in the buffer rather than through each QString's own allocation.
namespace FoldedNameRanks {

QList<int> of(const QStringList& names);

} // namespace FoldedNameRanks
