#pragma once

#include "models/ProjectSummary.h"

#include <QDataStream>
#include <QDateTime>
#include <QIODevice>
#include <QList>

#include <optional>

// The offline cache's binary form of a summary list: a header (magic, format version, savedAt, row
// count), then each row's fields. This file is the one place that lists them; a field added to
// ProjectSummary is added here too, with kFormatVersion bumped (older files then read as "no cache").
// QDataStream rather than CBOR: in QtCore, a few times less code, and a QString is read as its bytes
// (UTF-16, little-endian here) with allocation chunked by Qt, so a hostile length cannot allocate more
// than the file holds.
namespace ProjectSummaryStream {

inline constexpr quint32 kMagic = 0x434c4446; // the file starts "FDLC"
inline constexpr quint32 kFormatVersion = 1;
// A round's vulnerabilities are stored as a count that SummaryRound::toRound() turns into that many
// placeholders: a damaged file must not make a view allocate gigabytes.
inline constexpr qint32 kMaxRoundVulnerabilities = 100000;

// Fixes the stream's version and byte order, then writes the header; the rows follow, one writeRow each.
void writeHeader(QDataStream& out, const QDateTime& savedAt, qsizetype rowCount);
void writeRow(QDataStream& out, const ProjectSummary& summary);

// The whole list, or nullopt when `in` does not hold exactly one complete, well-formed list in this
// format (wrong magic or version, truncated, trailing bytes, a count larger than the bytes left).
std::optional<QList<ProjectSummary>> read(QIODevice& in, QDateTime* savedAt = nullptr);

} // namespace ProjectSummaryStream
