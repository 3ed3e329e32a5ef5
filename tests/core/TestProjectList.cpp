#include "models/ProfileStore.h"
#include "models/ProjectListCache.h"
#include "models/ProjectListModel.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QJsonArray>
#include <QSettings>
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
        model.setProjects({project(u"a"_s, u"Alpha"_s, u"2026-03-01T00:00:00.000Z"_s, false),
                           project(u"b"_s, u"Beta"_s, u"2025-12-31T00:00:00.000Z"_s, true)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ProjectListModel::NameColumn).data().toString(), u"Alpha"_s);
        QCOMPARE(model.index(1, ProjectListModel::OnHoldColumn).data().toString(), u"On hold"_s);
        QCOMPARE(model.index(0, ProjectListModel::GroupsColumn).data().toString(), u"Blue team"_s);
        QVERIFY(model.index(1, ProjectListModel::StartColumn).data(ProjectListModel::SortRole).toDateTime() <
                model.index(0, ProjectListModel::StartColumn).data(ProjectListModel::SortRole).toDateTime());
        QVERIFY(model.index(0, 0).data(ProjectListModel::SearchTextRole).toString().contains(u"Blue team"_s));

        Project renamed = *model.project(u"b"_s);
        renamed.setValue(u"name"_s, u"Beta 2"_s);
        model.updateProject(renamed);
        QCOMPARE(model.index(1, 0).data().toString(), u"Beta 2"_s);
        model.updateProject(project(u"c"_s, u"Gamma"_s, {}, false));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.indexOf(u"c"_s).row(), 2);
    }

    void cacheRoundTripsAndSurvivesDamage()
    {
        QTemporaryDir dir;
        ProjectListCache cache(dir.path());
        const QList<Project> projects{project(u"a"_s, u"Alpha"_s, u"2026-03-01T00:00:00.000Z"_s, false)};
        QVERIFY(cache.save(u"profile-1"_s, projects));
        QDateTime savedAt;
        QCOMPARE(cache.load(u"profile-1"_s, &savedAt), projects);
        QVERIFY(savedAt.isValid());
        QVERIFY(cache.load(u"other"_s).isEmpty());

        QFile damaged(dir.path() + u"/projects-profile-2.json"_s);
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("{ not json");
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
