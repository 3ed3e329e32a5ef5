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
// Written with QDataStream (fixed version, little-endian, strings as UTF-8: half of QString's UTF-16);
// read back by a bounds-checked reader over the file's bytes rather than by QDataStream or
// QCborStreamReader, which go through the device item by item: faster (bench_cache, 100,000 rows:
// 0.6 s against QDataStream's 1.0 s, before repeated values were shared), and every count and length
// is checked against the bytes left in one place.
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
// left, a value the writer cannot produce). What it allocates is bounded by a small multiple of
// bytes.size(), whatever the bytes say.
std::optional<QList<ProjectSummary>> read(QByteArrayView bytes, QDateTime* savedAt = nullptr);

} // namespace ProjectSummaryStream
