#include "models/Project.h"
#include "models/ProjectFilterModel.h"
#include "models/ProjectListModel.h"
#include "models/ProjectSummary.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

// The list sorts its date columns on instants computed once per summary (decoded on a worker), not by
// parsing dates in every comparison: "Next retest" is the earliest window start of an open round.
class TestProjectListSortKeys : public QObject
{
    Q_OBJECT
private:
    static RetestRound round(int number, const QString& status, const QString& start)
    {
        RetestRound r;
        r.number = number;
        r.status = status;
        r.windowStart = start;
        return r;
    }
    // groups: id -> name
    static ProjectSummary summary(const QString& id, const QList<RetestRound>& rounds,
                                  const QList<std::pair<QString, QString>>& groups = {})
    {
        Project p;
        p.setId(id);
        p.setValue(u"name"_s, QString(u"Project "_s + id));
        QJsonArray ids;
        for (const auto& [groupId, name] : groups) {
            ids.append(groupId);
            p.facts().names.insert(groupId, name);
        }
        p.setValue(u"groups"_s, ids);
        p.facts().retestRounds = rounds;
        return ProjectSummary::fromProject(p);
    }
    static ProjectSummary named(const QString& id, const QString& name)
    {
        ProjectSummary s;
        s.id = id;
        s.name = name;
        return s;
    }
    static QStringList shownIds(const QAbstractItemModel& m)
    {
        QStringList out;
        for (int r = 0; r < m.rowCount(); ++r)
            out.append(m.index(r, 0).data(ProjectListModel::ProjectIdRole).toString());
        return out;
    }

private Q_SLOTS:
    void nextRetestKeyIsTheEarliestOpenRound()
    {
        const ProjectSummary s = summary(u"a"_s, {round(1, u"Completed"_s, u"2026-01-05T00:00:00.000Z"_s),
                                                  round(2, u"Requested"_s, u"2026-04-01T00:00:00.000Z"_s),
                                                  round(3, u"Scheduled"_s, u"2026-03-02T00:00:00.000Z"_s)});
        QCOMPARE(s.nextRetestRound, 2);
        QCOMPARE(s.nextRetestStart(), u"2026-03-02T00:00:00.000Z"_s);
        QCOMPARE(s.nextRetestMs, QDateTime(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());

        const ProjectSummary none =
            summary(u"b"_s, {round(1, u"Completed"_s, u"2026-01-05T00:00:00.000Z"_s)});
        QCOMPARE(none.nextRetestRound, -1);
        QCOMPARE(none.nextRetestMs, 0);
        QCOMPARE(none.nextRetestStart(), QString());
    }

    void sortsByNextRetestAndGroups()
    {
        ProjectListModel model;
        ProjectFilterModel filter(&model);
        model.setProjects({
            summary(u"late"_s, {round(1, u"Requested"_s, u"2026-06-01T00:00:00.000Z"_s)},
                    {{u"g2"_s, u"red team"_s}}),
            summary(u"none"_s, {round(1, u"Completed"_s, u"2026-01-01T00:00:00.000Z"_s)},
                    {{u"g1"_s, u"Blue team"_s}, {u"g3"_s, u"Zulu"_s}}),
            summary(u"early"_s, {round(1, u"Requested"_s, u"2026-02-01T00:00:00.000Z"_s)},
                    {{u"g1"_s, u"Blue team"_s}}),
        });
        filter.sort(ProjectListModel::NextRetestColumn, Qt::AscendingOrder);
        QCOMPARE(shownIds(filter), (QStringList{u"none"_s, u"early"_s, u"late"_s}));
        filter.sort(ProjectListModel::NextRetestColumn, Qt::DescendingOrder);
        QCOMPARE(shownIds(filter), (QStringList{u"late"_s, u"early"_s, u"none"_s}));
        QCOMPARE(
            model.index(0, ProjectListModel::NextRetestColumn).data(ProjectListModel::SortRole).toDateTime(),
            QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC));

        // "Blue team" < "Blue team, Zulu" < "red team" (case-insensitive), as the joined names sort.
        filter.sort(ProjectListModel::GroupsColumn, Qt::AscendingOrder);
        QCOMPARE(shownIds(filter), (QStringList{u"early"_s, u"none"_s, u"late"_s}));
    }

    void batchesMergeIntoTheSortedOrder()
    {
        // Names arrive out of order over three batches, with a case difference and a tie; the shown
        // order after each batch is the fully sorted one (ties in arrival order), as a sort would give.
        ProjectListModel model;
        ProjectFilterModel filter(&model);
        filter.sort(ProjectListModel::NameColumn, Qt::AscendingOrder);
        model.appendProjects({named(u"1"_s, u"delta"_s), named(u"2"_s, u"Bravo"_s)});
        QCOMPARE(shownIds(filter), (QStringList{u"2"_s, u"1"_s}));
        model.appendProjects(
            {named(u"3"_s, u"alpha"_s), named(u"4"_s, u"echo"_s), named(u"5"_s, u"charlie"_s)});
        QCOMPARE(shownIds(filter), (QStringList{u"3"_s, u"2"_s, u"5"_s, u"1"_s, u"4"_s}));
        model.appendProjects(
            {named(u"6"_s, u"BRAVO"_s), named(u"7"_s, u"Zulu"_s), named(u"8"_s, u"Alpha"_s)});
        QCOMPARE(shownIds(filter),
                 (QStringList{u"3"_s, u"8"_s, u"2"_s, u"6"_s, u"5"_s, u"1"_s, u"4"_s, u"7"_s}));
        filter.sort(ProjectListModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(shownIds(filter),
                 (QStringList{u"7"_s, u"4"_s, u"1"_s, u"5"_s, u"2"_s, u"6"_s, u"3"_s, u"8"_s}));

        // Filtered while batches arrive: only matching rows are inserted, still in order.
        filter.sort(ProjectListModel::NameColumn, Qt::AscendingOrder);
        filter.setFilterText(u"a"_s);
        QCOMPARE(shownIds(filter), (QStringList{u"3"_s, u"8"_s, u"2"_s, u"6"_s, u"5"_s, u"1"_s}));
        model.appendProjects({named(u"9"_s, u"Able"_s), named(u"10"_s, u"kilo"_s)});
        QCOMPARE(shownIds(filter), (QStringList{u"9"_s, u"3"_s, u"8"_s, u"2"_s, u"6"_s, u"5"_s, u"1"_s}));
    }

    void typingAndBackspaceFollowTheList()
    {
        // Typing narrows (down to testing the few rows left one by one), a backspace shows what that
        // text showed before, and any change to the rows or their order is seen by the next keystroke.
        ProjectListModel model;
        ProjectFilterModel filter(&model);
        filter.sort(ProjectListModel::NameColumn, Qt::AscendingOrder);
        QList<ProjectSummary> rows{named(u"a1"_s, u"Alpine"_s), named(u"a2"_s, u"alpha"_s),
                                   named(u"b1"_s, u"Bravo"_s)};
        for (int i = 0; i < 13; ++i)
            rows.append(named(u"x%1"_s.arg(i), u"x%1"_s.arg(i, 2, 10, QChar(u'0'))));
        model.appendProjects(rows);
        filter.setFilterText(u"A"_s);
        QCOMPARE(shownIds(filter), (QStringList{u"a2"_s, u"a1"_s, u"b1"_s}));
        filter.setFilterText(u"Al"_s);
        QCOMPARE(shownIds(filter), (QStringList{u"a2"_s, u"a1"_s}));
        filter.setFilterText(u"Alp"_s); // 2 rows of 16 left: each is tested on its own
        QCOMPARE(shownIds(filter), (QStringList{u"a2"_s, u"a1"_s}));
        filter.setFilterText(u"Alph"_s);
        QCOMPARE(shownIds(filter), (QStringList{u"a2"_s}));
        filter.setFilterText(u"Alp"_s);
        QCOMPARE(shownIds(filter), (QStringList{u"a2"_s, u"a1"_s}));
        filter.setFilterText(u"A"_s);
        QCOMPARE(shownIds(filter), (QStringList{u"a2"_s, u"a1"_s, u"b1"_s}));

        model.updateProject(named(u"a1"_s, u"Zermatt"_s)); // a rename that still contains "a"
        QCOMPARE(shownIds(filter), (QStringList{u"a2"_s, u"b1"_s, u"a1"_s}));
        filter.setFilterText(u"Al"_s);
        QCOMPARE(shownIds(filter), (QStringList{u"a2"_s}));
        filter.setFilterText(u"A"_s);
        QCOMPARE(shownIds(filter), (QStringList{u"a2"_s, u"b1"_s, u"a1"_s}));

        filter.sort(ProjectListModel::NameColumn, Qt::DescendingOrder);
        filter.setFilterText(u"Al"_s);
        filter.setFilterText(u"A"_s);
        QCOMPARE(shownIds(filter), (QStringList{u"a1"_s, u"b1"_s, u"a2"_s}));

        model.appendProjects({named(u"c1"_s, u"Calm"_s)});
        filter.setFilterText(u"Al"_s);
        QCOMPARE(shownIds(filter), (QStringList{u"c1"_s, u"a2"_s}));
        filter.setFilterText(u""_s);
        QCOMPARE(filter.rowCount(), 17);
    }
};

QTEST_GUILESS_MAIN(TestProjectListSortKeys)
#include "TestProjectListSortKeys.moc"
