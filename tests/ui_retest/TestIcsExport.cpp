// The .ics export parsed back with libical: every window and project range comes back with its days
// (DTEND exclusive), a stable UID, a DTSTAMP, and open-ended windows marked as such.
#include "tests/support/RetestFixtures.h"

#include "models/IcsExporter.h"

#include <QTest>

#include <optional>

#include <libical/ical.h>

using namespace Qt::StringLiterals;
using namespace ForgeDeskTest::RetestFixtures;

namespace {

struct ParsedEvent
{
    QString uid;
    QDate start;
    QDate end; // exclusive
    bool startIsDate = false;
    bool endIsDate = false;
    QString summary;
    QString description;
    QDateTime stamp;
    QString openEnded;
};

QDate toDate(icaltimetype t)
{
    return QDate(t.year, t.month, t.day);
}

// Empty when libical cannot read a VCALENDAR out of `ics` or flags errors in it, so an export that
// produced garbage fails the test instead of looking like a calendar without events.
std::optional<QHash<QString, ParsedEvent>> parse(const QByteArray& ics)
{
    QHash<QString, ParsedEvent> out;
    icalcomponent* calendar = icalparser_parse_string(ics.constData());
    if (!calendar)
        return std::nullopt;
    if (icalcomponent_isa(calendar) != ICAL_VCALENDAR_COMPONENT || icalcomponent_count_errors(calendar) > 0 ||
        !icalcomponent_get_first_property(calendar, ICAL_VERSION_PROPERTY) ||
        !icalcomponent_get_first_property(calendar, ICAL_PRODID_PROPERTY)) {
        icalcomponent_free(calendar);
        return std::nullopt;
    }
    for (icalcomponent* event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); event;
         event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
        ParsedEvent e;
        e.uid = QString::fromUtf8(icalcomponent_get_uid(event));
        const icaltimetype start = icalcomponent_get_dtstart(event);
        const icaltimetype end = icalcomponent_get_dtend(event);
        e.start = toDate(start);
        e.end = toDate(end);
        e.startIsDate = start.is_date;
        e.endIsDate = end.is_date;
        e.summary = QString::fromUtf8(icalcomponent_get_summary(event));
        e.description = QString::fromUtf8(icalcomponent_get_description(event));
        const icaltimetype stamp = icalcomponent_get_dtstamp(event);
        e.stamp = QDateTime::fromSecsSinceEpoch(
            icaltime_as_timet_with_zone(stamp, icaltimezone_get_utc_timezone()), Qt::UTC);
        for (icalproperty* p = icalcomponent_get_first_property(event, ICAL_X_PROPERTY); p;
             p = icalcomponent_get_next_property(event, ICAL_X_PROPERTY)) {
            if (qstrcmp(icalproperty_get_x_name(p), IcsExporter::OpenEndedProperty) == 0)
                e.openEnded = QString::fromUtf8(icalproperty_get_x(p));
        }
        out.insert(e.uid, e);
    }
    icalcomponent_free(calendar);
    return out;
}

} // namespace

class TestIcsExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripsWindowsAndProjectRange();
    void openEndedIsSingleMarkedDay();
    void exportsFilteredEntriesOnly();
    void parserRejectsGarbage();
};

void TestIcsExport::roundTripsWindowsAndProjectRange()
{
    Project p = project(u"6361f5e823ad99df8a223c7d"_s, u"Payments API"_s, {2026, 3, 1}, {2026, 3, 31});
    p.facts().retestRounds = {round(1, u"Completed"_s, {2026, 3, 10}, {2026, 3, 12}, 2),
                              round(2, u"Requested"_s, {2026, 3, 30}, {2026, 4, 2}, 1)};
    const QDateTime stamp(QDate(2026, 3, 5), QTime(8, 30, 15), Qt::UTC);
    const QByteArray ics = IcsExporter::exportProject(p, stamp);
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR"));
    QVERIFY(ics.contains("VERSION:2.0"));
    QVERIFY(ics.contains("PRODID:"));

    const auto parsed = parse(ics);
    QVERIFY(parsed);
    const auto& events = *parsed;
    QCOMPARE(events.size(), 3);
    const ParsedEvent r1 = events.value(u"6361f5e823ad99df8a223c7d-retest-1@forgedesk"_s);
    QCOMPARE(r1.start, QDate(2026, 3, 10));
    QCOMPARE(r1.end, QDate(2026, 3, 13)); // exclusive: the day after the last day
    QVERIFY(r1.startIsDate);
    QVERIFY(r1.endIsDate);
    QCOMPARE(r1.stamp, stamp);
    QCOMPARE(r1.summary, u"Retest round 1: Payments API [Completed]"_s);
    QVERIFY(r1.openEnded.isEmpty());

    const ParsedEvent r2 = events.value(u"6361f5e823ad99df8a223c7d-retest-2@forgedesk"_s);
    QCOMPARE(r2.start, QDate(2026, 3, 30));
    QCOMPARE(r2.end, QDate(2026, 4, 3));

    const ParsedEvent range = events.value(u"6361f5e823ad99df8a223c7d-project@forgedesk"_s);
    QCOMPARE(range.start, QDate(2026, 3, 1));
    QCOMPARE(range.end, QDate(2026, 4, 1));
    QCOMPARE(range.summary, u"Project: Payments API [Testing]"_s);
    QVERIFY(range.description.contains(u"PAY"_s));

    // Stable: the same project exports the same UIDs again.
    const auto again = parse(IcsExporter::exportProject(p, stamp.addDays(1)));
    QVERIFY(again);
    QCOMPARE(again->keys().size(), 3);
    QVERIFY(again->contains(r1.uid));
}

void TestIcsExport::openEndedIsSingleMarkedDay()
{
    Project p = project(u"p1"_s, u"Alpha"_s, {}, {});
    p.facts().retestRounds = {round(4, u"Requested"_s, {2026, 12, 31}, {})};
    const auto parsed = parse(IcsExporter::exportProject(p));
    QVERIFY(parsed);
    const auto& events = *parsed;
    QCOMPARE(events.size(), 1);
    const ParsedEvent e = events.value(u"p1-retest-4@forgedesk"_s);
    QCOMPARE(e.start, QDate(2026, 12, 31));
    QCOMPARE(e.end, QDate(2027, 1, 1));
    QVERIFY(e.summary.endsWith(u"(open-ended)"_s));
    QVERIFY(e.description.contains(u"no end date"_s));
    QCOMPARE(e.openEnded, u"TRUE"_s);
    QVERIFY(qAbs(e.stamp.secsTo(QDateTime::currentDateTimeUtc())) < 60);
}

void TestIcsExport::exportsFilteredEntriesOnly()
{
    Project p = project(u"p1"_s, u"Alpha"_s, {2026, 1, 5}, {2026, 1, 9});
    p.facts().retestRounds = {round(1, u"Requested"_s, {2026, 1, 7}, {2026, 1, 7})};
    QList<CalendarEntry> entries = CalendarEntry::fromProject(p);
    entries.removeIf([](const CalendarEntry& e) { return e.kind == CalendarEntry::Kind::ProjectRange; });
    const auto parsed = parse(IcsExporter::exportEntries(entries));
    QVERIFY(parsed);
    const auto& events = *parsed;
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.begin()->start, QDate(2026, 1, 7));
    QCOMPARE(events.begin()->end, QDate(2026, 1, 8));
    // No entries: still a valid calendar, just without events.
    const auto none = parse(IcsExporter::exportEntries({}));
    QVERIFY(none);
    QVERIFY(none->isEmpty());
}

// The check above can fail: what is not a calendar is reported, not read as "no events".
void TestIcsExport::parserRejectsGarbage()
{
    QVERIFY(!parse(QByteArray()));
    QVERIFY(!parse("not a calendar at all"));
    QVERIFY(!parse("BEGIN:VEVENT\r\nUID:x\r\nEND:VEVENT\r\n"));
    QVERIFY(!parse(
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:nonsense\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"));
}

QTEST_GUILESS_MAIN(TestIcsExport)
#include "TestIcsExport.moc"
