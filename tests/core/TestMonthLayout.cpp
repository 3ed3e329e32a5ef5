#include "tests/support/RetestFixtures.h"

#include "models/CalendarIndex.h"
#include "models/MonthLayout.h"
#include "models/ProjectSummary.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;
using namespace ForgeDeskTest::RetestFixtures;

// The month view's bars: which lane each entry takes in each week, where it is titled and ends, and
// how many entries each day shows as "+N more", for a grid starting Monday 2 March 2026.
class TestMonthLayout : public QObject
{
    Q_OBJECT
private:
    static ProjectSummary withRounds(const QString& id, QDate start, QDate end,
                                     const QList<RetestRound>& rounds)
    {
        Project p = project(id, u"Project "_s + id, start, end);
        p.facts().retestRounds = rounds;
        return ProjectSummary::fromProject(p);
    }
    static CalendarIndex indexOf(const QList<ProjectSummary>& projects)
    {
        CalendarIndex index;
        index.setToday({2026, 3, 20});
        index.setProjects(projects);
        return index;
    }
    // "week lane fromDay-toDay project [T]itled [E]nds"
    static QStringList describe(const CalendarIndex& index, const MonthLayout& layout)
    {
        QStringList out;
        for (const MonthLayout::Bar& b : layout.bars())
            out.append(u"w%1 l%2 %3-%4 %5%6%7"_s.arg(b.week).arg(b.lane).arg(b.fromDay).arg(b.toDay).arg(
                index.entries().at(b.entry).projectId, b.titled ? u" T"_s : QString(),
                b.endsHere ? u" E"_s : QString()));
        return out;
    }
    static QList<int> hidden(const MonthLayout& layout, int from, int to)
    {
        QList<int> out;
        for (int d = from; d <= to; ++d)
            out.append(layout.hidden(d));
        return out;
    }
    static QList<int> openWindows(const MonthLayout& layout, int from, int to)
    {
        QList<int> out;
        for (int d = from; d <= to; ++d)
            out.append(layout.openWindows(d));
        return out;
    }

private Q_SLOTS:
    void windowsFirstThenEarlierAndLonger()
    {
        const CalendarIndex index = indexOf({
            withRounds(u"P1"_s, {2026, 3, 2}, {2026, 3, 27}, {}),
            withRounds(u"P2"_s, {2026, 3, 4}, {2026, 3, 6}, {}),
            withRounds(u"P3"_s, {}, {}, {round(1, u"Requested"_s, {2026, 3, 10}, {2026, 3, 12})}),
            withRounds(u"P4"_s, {}, {}, {round(1, u"Requested"_s, {2026, 3, 11}, {2026, 3, 17})}),
            withRounds(u"P5"_s, {}, {}, {round(1, u"Requested"_s, {2026, 3, 11}, {2026, 3, 11})}),
            withRounds(u"P6"_s, {}, {}, {round(1, u"Completed"_s, {2026, 3, 20}, {2026, 3, 22})}),
        });
        const MonthLayout layout = MonthLayout::of(index, {2026, 3, 2}, 2);
        QCOMPARE(describe(index, layout), (QStringList{
                                              u"w0 l0 0-6 P1 T"_s,
                                              u"w0 l1 2-4 P2 T E"_s,
                                              u"w1 l0 8-10 P3 T E"_s,
                                              u"w1 l1 9-13 P4 T"_s,
                                              u"w2 l0 14-15 P4 T E"_s,
                                              u"w2 l0 18-20 P6 T E"_s, // after P4 in its lane; completed
                                              u"w2 l1 14-20 P1 T"_s,
                                              u"w3 l0 21-25 P1 T E"_s,
                                          }));
        // Week 1 has no lane left for P1's range, nor for P5 on the 11th (day 9).
        QCOMPARE(hidden(layout, 0, 6), (QList<int>{0, 0, 0, 0, 0, 0, 0}));
        QCOMPARE(hidden(layout, 7, 13), (QList<int>{1, 1, 2, 1, 1, 1, 1}));
        QCOMPARE(hidden(layout, 14, 41), QList<int>(28, 0));
        QCOMPARE(openWindows(layout, 7, 16), (QList<int>{0, 1, 3, 2, 1, 1, 1, 1, 1, 0}));
    }

    void whatFindsNoLaneIsCounted()
    {
        QList<ProjectSummary> projects;
        for (int i = 0; i < 500; ++i)
            projects.append(withRounds(u"R%1"_s.arg(i), {2026, 3, 9}, {2026, 3, 10}, {}));
        // Open-ended and still open: shown from its first day up to today, the 20th (day 18).
        projects.append(withRounds(u"W"_s, {}, {}, {round(1, u"Requested"_s, {2026, 3, 16}, {})}));
        const CalendarIndex index = indexOf(projects);
        const MonthLayout layout = MonthLayout::of(index, {2026, 3, 2}, 3);
        QCOMPARE(describe(index, layout), (QStringList{u"w1 l0 7-8 R0 T E"_s, u"w1 l1 7-8 R1 T E"_s,
                                                       u"w1 l2 7-8 R2 T E"_s, u"w2 l0 14-18 W T E"_s}));
        QCOMPARE(hidden(layout, 7, 13), (QList<int>{497, 497, 0, 0, 0, 0, 0}));
        QCOMPARE(hidden(layout, 14, 20), QList<int>(7, 0));
        QCOMPARE(openWindows(layout, 13, 19), (QList<int>{0, 1, 1, 1, 1, 1, 0}));

        const MonthLayout noLanes = MonthLayout::of(index, {2026, 3, 2}, 0);
        QVERIFY(noLanes.bars().isEmpty());
        QCOMPARE(hidden(noLanes, 7, 20), (QList<int>{500, 500, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 0, 0}));
    }

    void aLaterWeekStartsTheBarAgain()
    {
        // One lane: the longer range keeps it week after week, until a retest window comes first.
        const CalendarIndex index = indexOf({
            withRounds(u"A"_s, {2026, 3, 2}, {2026, 3, 15}, {}),
            withRounds(u"B"_s, {2026, 3, 2}, {2026, 3, 22}, {}),
            withRounds(u"C"_s, {}, {}, {round(1, u"Requested"_s, {2026, 3, 18}, {2026, 3, 19})}),
        });
        const MonthLayout layout = MonthLayout::of(index, {2026, 3, 2}, 1);
        QCOMPARE(describe(index, layout),
                 (QStringList{u"w0 l0 0-6 B T"_s, u"w1 l0 7-13 B T"_s, u"w2 l0 16-17 C T E"_s}));
        QCOMPARE(hidden(layout, 0, 21), (QList<int>{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, //
                                                    1, 1, 1, 1, 1, 1, 1, 0}));
    }

    void keepsOnlyWhatCanTakeALaneAndLaysOutAsAFullSortWould()
    {
        // Against the plain method on random entries: every entry of the six weeks in lane order, each
        // week taking them greedily. Keeping only the first few starting on each day changes nothing.
        QRandomGenerator random(20261202);
        QList<ProjectSummary> projects;
        for (int i = 0; i < 400; ++i) {
            const QDate start = QDate(2026, 2, 1).addDays(random.bounded(80));
            const QDate end = start.addDays(random.bounded(60));
            QList<RetestRound> rounds;
            if (random.bounded(2) == 1) {
                const QDate from = QDate(2026, 2, 20).addDays(random.bounded(60));
                const QDate to = random.bounded(5) == 0 ? QDate() : from.addDays(random.bounded(12));
                rounds.append(round(1, random.bounded(4) == 0 ? u"Completed"_s : u"Requested"_s, from, to));
            }
            projects.append(
                withRounds(u"p%1"_s.arg(i), start, random.bounded(8) == 0 ? QDate() : end, rounds));
        }
        const CalendarIndex index = indexOf(projects);
        const QDate firstDay(2026, 3, 2);
        const qint32 gridFirst = qint32(firstDay.toJulianDay());
        QList<int> all = index.entriesBetween(firstDay, firstDay.addDays(41));
        QVERIFY(all.size() > 200);
        std::sort(all.begin(), all.end(), [&index](int x, int y) {
            const CalendarIndex::Span& a = index.spans().at(x);
            const CalendarIndex::Span& b = index.spans().at(y);
            return std::tuple(a.range, a.first, -a.last, x) < std::tuple(b.range, b.first, -b.last, y);
        });
        for (int lanes = 0; lanes <= 4; ++lanes) {
            QList<MonthLayout::Bar> bars;
            QList<int> hiddenByDay(42, 0);
            for (int week = 0; week < 6; ++week) {
                const qint32 weekFirst = gridFirst + week * 7;
                QList<qint32> laneEnd(lanes, weekFirst - 1);
                for (int id : std::as_const(all)) {
                    const CalendarIndex::Span& span = index.spans().at(id);
                    if (span.first > weekFirst + 6 || span.last < weekFirst)
                        continue;
                    const qint32 from = std::max(span.first, weekFirst);
                    const qint32 to = std::min(span.last, weekFirst + 6);
                    const auto lane =
                        std::find_if(laneEnd.begin(), laneEnd.end(), [&](qint32 e) { return e < from; });
                    if (lane == laneEnd.end()) {
                        for (qint32 d = from; d <= to; ++d)
                            ++hiddenByDay[d - gridFirst];
                        continue;
                    }
                    *lane = to;
                    bars.append({week, int(lane - laneEnd.begin()), from - gridFirst, to - gridFirst, id,
                                 from == span.first || from == weekFirst, to == span.last});
                }
            }
            const MonthLayout layout = MonthLayout::of(index, firstDay, lanes);
            QCOMPARE(layout.bars(), bars);
            QCOMPARE(hidden(layout, 0, 41), hiddenByDay);
        }
    }
};

QTEST_GUILESS_MAIN(TestMonthLayout)
#include "TestMonthLayout.moc"
