#include "models/ProfileStore.h"
#include "models/Project.h"
#include "models/ProjectFilterModel.h"
#include "models/ProjectListCache.h"
#include "models/ProjectListModel.h"
#include "models/ProjectSummary.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QJsonArray>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The project list model, its offline cache, and the connection profiles.
class TestProjectList : public QObject
{
    Q_OBJECT
private:
    static Project project(const QString& id, const QString& name, const QString& start, bool onHold)
    {
        Project p;
        p.setId(id);
        p.setValue(u"name"_s, name);
        p.setValue(u"code"_s, id.toUpper());
        p.setValue(u"startDate"_s, start);
        p.setValue(u"isOnHold"_s, onHold ? u"Yes"_s : u"No"_s);
        p.setValue(u"groups"_s, QJsonArray{u"g1"_s});
        p.facts().names.insert(u"g1"_s, u"Blue team"_s);
        p.facts().lastModified = u"2026-01-01T00:00:00.000Z"_s;
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ForgeDeskTests"_s);
        QCoreApplication::setApplicationName(u"test_core_project_list"_s);
        QSettings().clear();
    }

    void modelShowsAndSortsByValue()
    {
        ProjectListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProjects(
            {ProjectSummary::fromProject(project(u"a"_s, u"Alpha"_s, u"2026-03-01T00:00:00.000Z"_s, false)),
             ProjectSummary::fromProject(project(u"b"_s, u"Beta"_s, u"2025-12-31T00:00:00.000Z"_s, true))});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ProjectListModel::NameColumn).data().toString(), u"Alpha"_s);
        QCOMPARE(model.index(1, ProjectListModel::OnHoldColumn).data().toString(), u"On hold"_s);
        QCOMPARE(model.index(0, ProjectListModel::GroupsColumn).data().toString(), u"Blue team"_s);
        QVERIFY(model.index(1, ProjectListModel::StartColumn).data(ProjectListModel::SortRole).toDateTime() <
                model.index(0, ProjectListModel::StartColumn).data(ProjectListModel::SortRole).toDateTime());
        QVERIFY(model.index(0, 0).data(ProjectListModel::SearchTextRole).toString().contains(u"Blue team"_s));

        ProjectSummary renamed = *model.project(u"b"_s);
        renamed.name = u"Beta 2"_s;
        model.updateProject(renamed);
        QCOMPARE(model.index(1, 0).data().toString(), u"Beta 2"_s);
        model.updateProject(project(u"c"_s, u"Gamma"_s, {}, false));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.indexOf(u"c"_s).row(), 2);
    }

    static ProjectSummary row(const QString& id, const QString& name)
    {
        ProjectSummary s;
        s.id = id;
        s.name = name;
        s.code = id.toUpper();
        return s;
    }
    static QStringList shownNames(const QAbstractItemModel& m)
    {
        QStringList out;
        for (int r = 0; r < m.rowCount(); ++r)
            out.append(m.index(r, ProjectListModel::NameColumn).data().toString());
        return out;
    }

    void modelGrowsByBatchesWithoutReset()
    {
        ProjectListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.appendProjects({row(u"a"_s, u"Alpha"_s), row(u"b"_s, u"Beta"_s)});
        model.appendProjects({row(u"c"_s, u"Gamma"_s), row(u"a"_s, u"Alpha 2"_s)}); // a: replaced in place
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.project(u"a"_s)->name, u"Alpha 2"_s);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(resets.size(), 0);

        // A reload: what it brings replaces rows in place, what it does not bring goes at its end.
        model.beginRefresh();
        model.appendProjects({row(u"c"_s, u"Gamma 2"_s), row(u"d"_s, u"Delta"_s)});
        model.endRefresh();
        QCOMPARE(shownNames(model), (QStringList{u"Gamma 2"_s, u"Delta"_s}));
        QCOMPARE(model.indexOf(u"d"_s).row(), 1);
        QVERIFY(!model.project(u"a"_s));
        QCOMPARE(resets.size(), 0);
    }

    void filterModelSortsFiltersAndFollowsTheSelection()
    {
        ProjectListModel model;
        ProjectFilterModel proxy(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(ProjectListModel::NameColumn, Qt::AscendingOrder);
        model.appendProjects({row(u"m"_s, u"mobile banking"_s), row(u"w"_s, u"Web portal"_s)});
        model.appendProjects({row(u"a"_s, u"API gateway"_s), row(u"x"_s, u"Mobile app"_s)});
        QCOMPARE(shownNames(proxy),
                 (QStringList{u"API gateway"_s, u"Mobile app"_s, u"mobile banking"_s, u"Web portal"_s}));
        const QPersistentModelIndex web = proxy.index(3, 0);

        proxy.setFilterText(u"MOB"_s); // case-insensitive
        QCOMPARE(shownNames(proxy), (QStringList{u"Mobile app"_s, u"mobile banking"_s}));
        QVERIFY(!web.isValid());
        proxy.setFilterText(u"mobile b"_s); // narrowing
        QCOMPARE(shownNames(proxy), (QStringList{u"mobile banking"_s}));
        const QPersistentModelIndex banking = proxy.index(0, 0);
        proxy.setFilterText(QString()); // widening to everything
        QCOMPARE(proxy.rowCount(), 4);
        QCOMPARE(banking.row(), 2); // the selection follows its project
        QCOMPARE(proxy.filterText(), QString());

        proxy.sort(ProjectListModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(banking.row(), 1);
        QCOMPARE(proxy.mapToSource(banking).data(ProjectListModel::ProjectIdRole).toString(), u"m"_s);
        // A row renamed in place moves to where it now sorts.
        model.updateProject(row(u"a"_s, u"Zebra"_s));
        QCOMPARE(shownNames(proxy).first(), u"Zebra"_s);
        proxy.setFilterText(u"in"_s);
        QCOMPARE(shownNames(proxy), (QStringList{u"mobile banking"_s}));
        // Batches arriving under a filter: only matching rows are shown, in sort order.
        model.appendProjects({row(u"b1"_s, u"Billing"_s), row(u"c1"_s, u"Crm"_s)});
        QCOMPARE(shownNames(proxy), (QStringList{u"mobile banking"_s, u"Billing"_s}));
        proxy.setFilterText(u"c1"_s); // the code is searched too
        QCOMPARE(shownNames(proxy), (QStringList{u"Crm"_s}));
        // Renamed to a name of the same length (searched in place) and of another length (rebuilt).
        model.updateProject(row(u"c1"_s, u"Crn"_s));
        proxy.setFilterText(u"crm"_s);
        QCOMPARE(shownNames(proxy), QStringList());
        proxy.setFilterText(u"crn"_s);
        QCOMPARE(shownNames(proxy), (QStringList{u"Crn"_s}));
        model.updateProject(row(u"b1"_s, u"Billing run"_s));
        proxy.setFilterText(u"g r"_s);
        QCOMPARE(shownNames(proxy), (QStringList{u"Billing run"_s}));
    }

    void cacheRoundTripsAndSurvivesDamage()
    {
        QTemporaryDir dir;
        ProjectListCache cache(dir.path());
        Project full = project(u"a"_s, u"Alpha"_s, u"2026-03-01T00:00:00.000Z"_s, false);
        full.setValue(u"endDate"_s, u"2026-04-01T23:59:59.999Z"_s);
        full.facts().status = u"Testing"_s;
        full.facts().totalVulnerabilities = 7;
        RetestRound round;
        round.number = 2;
        round.status = u"Requested"_s;
        round.windowStart = u"2026-03-10T00:00:00.000Z"_s;
        round.vulnerabilities = {{u"v1"_s, {}, {}}, {u"v2"_s, {}, {}}};
        full.facts().retestRounds = {round};
        full.facts().holdHistory = {{u"On Hold"_s, u"Waiting for access"_s, u"2026-03-02T09:00:00.000Z"_s}};
        const QList<ProjectSummary> projects{
            ProjectSummary::fromProject(full),
            ProjectSummary::fromProject(project(u"b"_s, u"Beta"_s, {}, true))};
        QVERIFY(cache.save(u"profile-1"_s, projects));
        QDateTime savedAt;
        QCOMPARE(cache.load(u"profile-1"_s, &savedAt), projects);
        QVERIFY(savedAt.isValid());
        QVERIFY(cache.load(u"other"_s).isEmpty());

        QFile damaged(cache.fileFor(u"profile-2"_s));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("FDLC not a list");
        damaged.close();
        QVERIFY(cache.load(u"profile-2"_s).isEmpty());
    }

    void profilesPersistWithoutKeys()
    {
        {
            ProfileStore store;
            store.save({u"id-1"_s, u"ACME"_s, QUrl(u"https://acme.attackforge.com"_s), false});
            store.save({u"demo"_s, u"Demo"_s, QUrl(u"http://127.0.0.1:1234"_s), true});
            store.setLastUsedId(u"id-1"_s);
        }
        ProfileStore reloaded;
        QCOMPARE(reloaded.profiles().size(), 1); // the transient demo profile is never saved
        QCOMPARE(reloaded.profile(u"id-1"_s).name, u"ACME"_s);
        QCOMPARE(reloaded.lastUsedId(), u"id-1"_s);
        // That no API key reaches the settings, cache or draft files is checked on their contents, with
        // a real key in use: TestMainWindow::apiKeyNeverReachesDisk.
        reloaded.remove(u"id-1"_s);
        QVERIFY(ProfileStore().profiles().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProjectList)
#include "TestProjectList.moc"
