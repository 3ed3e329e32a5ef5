#pragma once

#include "models/CalendarEntry.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

// Writes project ranges and retest windows as an iCalendar file (RFC 5545) with libical, so people can
// put them into their own calendar applications.
//
// Every event is an all-day event (VALUE=DATE) over the entry's local calendar days; DTEND is exclusive
// (the day after the last day), as RFC 5545 requires. UIDs are stable
// (`<projectId>-retest-<round>@forgedesk`,
// `<projectId>-project@forgedesk`), so re-importing updates events rather than duplicating them.
//
// Open-ended entries (no end date): exported deliberately as a single-day event on the start day, with
// "(open-ended)" in the SUMMARY, a DESCRIPTION saying the window has no end date and the property
// X-FORGEDESK-OPEN-ENDED:TRUE. Inventing an end date would put a false deadline in people's calendars.
namespace IcsExporter {

inline constexpr char OpenEndedProperty[] = "X-FORGEDESK-OPEN-ENDED";

// `stamp` becomes every event's DTSTAMP (UTC); tests pin it.
QByteArray exportEntries(const QList<CalendarEntry>& entries,
                         const QDateTime& stamp = QDateTime::currentDateTimeUtc());
QByteArray exportProject(const Project& project, const QDateTime& stamp = QDateTime::currentDateTimeUtc());

} // namespace IcsExporter
