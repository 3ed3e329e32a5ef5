#pragma once

#include "models/ProjectSummary.h"

#include <QByteArrayView>
#include <QDataStream>
#include <QDateTime>
#include <QList>

#include <optional>

// The offline cache's binary form of a summary list: a header (magic, format version, savedAt, row
// count), then each row's fields. This file is the one place that lists them; a field added to
// ProjectSummary is added here too, with kFormatVersion bumped (older files then read as "no cache").
// Written with QDataStream (fixed version, little-endian; strings as UTF-8: half QString's UTF-16) and
// read by a bounds-checked reader over the file's bytes, which at 100,000 rows is several times faster
// than QDataStream's (or QCborStreamReader's) device read per field, and makes every count and length
// easy to check against the bytes left.
namespace ProjectSummaryStream {

inline constexpr quint32 kMagic = 0x434c4446; // the file starts "FDLC"
inline constexpr quint32 kFormatVersion = 1;
// A round's vulnerabilities are stored as a count that SummaryRound::toRound() turns into that many
// placeholders: a damaged file must not make a view allocate gigabytes.
inline constexpr qint32 kMaxRoundVulnerabilities = 100000;

// Fixes the stream's version and byte order, then writes the header; the rows follow, one writeRow each.
void writeHeader(QDataStream& out, const QDateTime& savedAt, qsizetype rowCount);
void writeRow(QDataStream& out, const ProjectSummary& summary);

// The whole list, or nullopt when `bytes` are not exactly one complete, well-formed list in this
// format (wrong magic or version, truncated, trailing bytes, a count or length larger than the bytes
// left, a value the writer cannot produce). Allocates at most a few times bytes.size().
std::optional<QList<ProjectSummary>> read(QByteArrayView bytes, QDateTime* savedAt = nullptr);

} // namespace ProjectSummaryStream
