#include "tests/support/RetestFixtures.h"

#include "models/CalendarIndex.h"
#include "models/FoldedNameRanks.h"
#include "models/ProjectSummary.h"
#include "models/TimelineRows.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ForgeDeskTest::RetestFixtures;

// The timeline's rows: one per project with an entry in the span, by case-folded name, each with its
// entries; the span is March–April 2026.
class TestTimelineRows : public QObject
{
    Q_OBJECT
private:
    static ProjectSummary summary(const QString& id, const QString& name, QDate start, QDate end,
                                  const QList<RetestRound>& rounds = {})
    {
        Project p = project(id, name, start, end);
        p.facts().retestRounds = rounds;
        return ProjectSummary::fromProject(p);
    }
    static QStringList describe(const CalendarIndex& index, const TimelineRows& rows)
    {
        QStringList out;
        for (int r = 0; r < rows.size(); ++r) {
            QStringList kinds;
            for (int e : rows.entries(r)) {
                const CalendarEntry& entry = index.entries().at(e);
                kinds.append(entry.kind == CalendarEntry::Kind::ProjectRange
                                 ? u"range"_s
                                 : u"round %1"_s.arg(entry.round));
            }
            out.append(u"%1 %2: %3"_s.arg(rows.id(r), rows.name(r), kinds.join(u", "_s)));
        }
        return out;
    }

private Q_SLOTS:
    void namesAreRankedAsTheListSortsThem()
    {
        // Dense ranks; case does not count; a shorter name first; a long shared prefix decided after it.
        QCOMPARE(
            FoldedNameRanks::of({u"Umbrella Health SAP Web"_s, u"acme"_s, u"ACME"_s, u"Umbrella"_s,
                                 u"umbrella health SAP Config"_s, QString(), u"Äpfel"_s, u"acme portal"_s}),
            (QList<int>{5, 1, 1, 3, 4, 0, 6, 2}));
        QCOMPARE(FoldedNameRanks::of({}), QList<int>());
    }

    void rowsByFoldedNameWithTheirEntries()
    {
        const QDate mar1(2026, 3, 1);
        const QDate apr30(2026, 4, 30);
        QList<ProjectSummary> projects{
            summary(u"p1"_s, u"umbrella Health SAP Gateway Web App"_s, {2026, 3, 2}, {2026, 3, 20},
                    {round(1, u"Requested"_s, {2026, 3, 10}, {2026, 3, 12})}),
            summary(u"p2"_s, u"Umbrella Health SAP Gateway Config"_s, {2026, 4, 1}, {2026, 4, 9}),
            summary(u"p3"_s, u"ACME"_s, {2026, 1, 5}, {2026, 2, 1}),   // before the span: no row
            summary(u"p4"_s, u"Äpfel"_s, {2026, 2, 20}, {2026, 3, 3}), // overlaps the span's start
            summary(u"p5"_s, u"acme portal"_s, {2026, 5, 1}, {2026, 5, 30},
                    {round(2, u"Scheduled"_s, {2026, 4, 28}, {2026, 4, 29})}), // only its round is in it
            summary(u"p6"_s, u"ACME Portal"_s, {2026, 3, 9}, {2026, 3, 9}),
            summary(u"p7"_s, u"Umbrella"_s, {2026, 3, 1}, {2026, 4, 30}),
        };
        CalendarIndex index;
        index.setToday({2026, 3, 20});
        index.setProjects(projects);
        const TimelineRows rows = TimelineRows::of(index, mar1, apr30);
        // Case-folded: "acme portal" and "ACME Portal" are equal names and keep the list's order; a
        // shorter name first; "umbrella" and "Umbrella" share a long prefix; "Ä" after the Latin letters
        // (by UTF-16 unit, as the project list sorts).
        QCOMPARE(
            describe(index, rows),
            QStringList({u"p5 acme portal: round 2"_s, u"p6 ACME Portal: range"_s, u"p7 Umbrella: range"_s,
                         u"p2 Umbrella Health SAP Gateway Config: range"_s,
                         u"p1 umbrella Health SAP Gateway Web App: range, round 1"_s, u"p4 Äpfel: range"_s}));
        QCOMPARE(rows.size(), 6);
        QCOMPARE(rows.id(6), QString());
        QCOMPARE(rows.entries(-1), QList<int>());
    }

    void aProjectListedAgainIsOneRow()
    {
        const ProjectSummary twice = summary(u"p1"_s, u"Payments API"_s, {2026, 3, 2}, {2026, 3, 20});
        CalendarIndex index;
        index.setToday({2026, 3, 20});
        const ProjectSummary other = summary(u"p3"_s, u"Payments API"_s, {2026, 3, 4}, {2026, 3, 5});
        index.setProjects(
            {twice, summary(u"p2"_s, u"Mobile"_s, {2026, 3, 5}, {2026, 3, 6}), other, twice, twice});
        const TimelineRows rows = TimelineRows::of(index, {2026, 3, 1}, {2026, 3, 31});
        // Three times p1 is one row, with each time's entries in order; p3, another project of the same
        // name, keeps its own row.
        QCOMPARE(describe(index, rows),
                 QStringList({u"p2 Mobile: range"_s, u"p1 Payments API: range, range, range"_s,
                              u"p3 Payments API: range"_s}));
        QCOMPARE(rows.entries(1), (QList<int>{0, 3, 4}));
    }

    void anEmptySpanHasNoRows()
    {
        CalendarIndex index;
        index.setProjects({summary(u"p1"_s, u"Payments API"_s, {2026, 3, 2}, {2026, 3, 20})});
        const TimelineRows rows = TimelineRows::of(index, {2027, 1, 1}, {2027, 1, 31});
        QVERIFY(rows.isEmpty());
        QCOMPARE(rows.name(0), QString());
    }
};

QTEST_APPLESS_MAIN(TestTimelineRows)
#include "TestTimelineRows.moc"
