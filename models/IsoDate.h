#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// The SSAPI's date format: UTC ISO 8601 with milliseconds, e.g. 2021-06-03T23:15:33.008Z.
// Pickers work in local calendar dates; these helpers are the only place that converts.
namespace IsoDate {

// True for exactly YYYY-MM-DDTHH:MM:SS.mmmZ naming a real instant.
bool isStrictUtc(const QString& text);
// Lenient parse of any ISO 8601 form the server may send (with or without milliseconds/offset).
QDateTime parse(const QString& text);
QString format(const QDateTime& instant);
// Start of a local calendar day, as UTC text (a UTC+11 user's 3 June -> 2021-06-02T13:00:00.000Z).
QString startOfLocalDay(QDate day);
// Last millisecond of a local calendar day, as UTC text (the documented window-end convention).
QString endOfLocalDay(QDate day);
// The local calendar day an instant falls on; invalid for unparsable text.
QDate localDay(const QString& text);
// Short human form for tables and diffs: local date, or "—" for empty.
QString displayDate(const QString& text);

} // namespace IsoDate
