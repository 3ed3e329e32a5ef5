#pragma once

#include "models/CalendarEntry.h"

#include <QDate>
#include <QString>

// What the calendar's painted cells and bars say to a screen reader (and to tests). One place, so the
// month grid and the timeline word a day and a bar the same way, in the language of the UI.
namespace CalendarSpeech {

// "Monday 14 December 2026"
QString longDay(QDate day);
// "Monday 14 December 2026, 3 items" (or ", 1 item", ", no items")
QString dayCell(QDate day, int items);
// "1 March 2030 to 5 March 2030", or "from 1 March 2030, open-ended"
QString window(const CalendarEntry& entry);
// "Payments API, retest round 2, Requested, 1 March 2030 to 5 March 2030" or
// "Payments API, project dates, Testing, 1 March 2030 to 30 June 2030"
QString entry(const CalendarEntry& entry);
// "Payments API, 2 items"
QString projectRow(const QString& projectName, int items);

} // namespace CalendarSpeech
