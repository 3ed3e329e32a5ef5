// ProjectDraftStore: per profile and project, atomic JSON files, debounced writes flushed on destroy.
#include "models/ProjectDraftStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestProjectDraftStore : public QObject
{
    Q_OBJECT
private:
    static ProjectDraft sample(const QString& projectId = u"p1"_s)
    {
        ProjectDraft d;
        d.profileId = u"prof"_s;
        d.projectId = projectId;
        d.values = {{u"name"_s, u"New name"_s}, {u"groups"_s, QJsonArray{u"g1"_s}}};
        d.baseLastModified = u"2026-01-02T03:04:05.006Z"_s;
        d.savedAt = QDateTime(QDate(2026, 1, 3), QTime(4, 5, 6, 7), Qt::UTC);
        return d;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaultDirectoryIsUnderAppData()
    {
        ProjectDraftStore store;
        QVERIFY(store.directory().endsWith(u"/drafts"_s));
        QVERIFY(
            store.directory().startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    }

    void saveLoadRoundTrip()
    {
        QTemporaryDir dir;
        ProjectDraftStore store(dir.path());
        QVERIFY(store.save(sample()));
        QVERIFY(QFile::exists(store.filePath(u"prof"_s, u"p1"_s)));
        const auto loaded = store.load(u"prof"_s, u"p1"_s);
        QVERIFY(loaded);
        QCOMPARE(*loaded, sample());
        QVERIFY(!store.load(u"other"_s, u"p1"_s)); // per profile
        QVERIFY(!store.load(u"prof"_s, u"p2"_s));  // per project
    }

    void emptyDraftRemovesFile()
    {
        QTemporaryDir dir;
        ProjectDraftStore store(dir.path());
        QVERIFY(store.save(sample()));
        ProjectDraft empty = sample();
        empty.values = {};
        QVERIFY(store.save(empty));
        QVERIFY(!QFile::exists(store.filePath(u"prof"_s, u"p1"_s)));
        QVERIFY(!store.contains(u"prof"_s, u"p1"_s));
    }

    void removeDeletes()
    {
        QTemporaryDir dir;
        ProjectDraftStore store(dir.path());
        QVERIFY(store.save(sample()));
        QVERIFY(store.remove(u"prof"_s, u"p1"_s));
        QVERIFY(!store.contains(u"prof"_s, u"p1"_s));
        QVERIFY(store.remove(u"prof"_s, u"p1"_s)); // nothing to remove is fine
    }

    void idsCannotEscapeTheFolder()
    {
        QTemporaryDir dir;
        ProjectDraftStore store(dir.path());
        const QString path = store.filePath(u"../x"_s, u"../../etc/passwd"_s);
        QVERIFY(QFileInfo(path).absoluteFilePath().startsWith(QDir(dir.path()).absolutePath() + u'/'));
        QCOMPARE(QFileInfo(path).dir().dirName().contains(u'/'), false);
        ProjectDraft d = sample(u"../../etc/passwd"_s);
        d.profileId = u"../x"_s;
        QVERIFY(store.save(d));
        QVERIFY(store.load(u"../x"_s, u"../../etc/passwd"_s));
    }

    void corruptFileIsIgnored()
    {
        QTemporaryDir dir;
        ProjectDraftStore store(dir.path());
        QVERIFY(store.save(sample()));
        QFile f(store.filePath(u"prof"_s, u"p1"_s));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{not json");
        f.close();
        QVERIFY(!store.load(u"prof"_s, u"p1"_s));
    }

    void scheduleIsDebouncedAndFlushedOnDestroy()
    {
        QTemporaryDir dir;
        const QString path = ProjectDraftStore(dir.path()).filePath(u"prof"_s, u"p1"_s);
        {
            ProjectDraftStore store(dir.path());
            store.setDelay(60'000);
            ProjectDraft first = sample();
            first.values = {{u"name"_s, u"A"_s}};
            store.schedule(first);
            store.schedule(sample()); // the last one wins
            QVERIFY(store.hasPending());
            QVERIFY(!QFile::exists(path));
            QCOMPARE(store.load(u"prof"_s, u"p1"_s)->values, sample().values); // pending is visible
        }
        ProjectDraftStore reopened(dir.path());
        QCOMPARE(reopened.load(u"prof"_s, u"p1"_s)->values, sample().values);
    }

    void scheduleWritesAfterDelay()
    {
        QTemporaryDir dir;
        ProjectDraftStore store(dir.path());
        store.setDelay(50);
        store.schedule(sample());
        QTRY_VERIFY(QFile::exists(store.filePath(u"prof"_s, u"p1"_s)));
        QVERIFY(!store.hasPending());
    }

    void writeFailureIsReported()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(u"blocked"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly)); // a file where the folder should be
        blocker.close();
        ProjectDraftStore store(dir.filePath(u"blocked"_s));
        QSignalSpy failed(&store, &ProjectDraftStore::saveFailed);
        QVERIFY(!store.save(sample()));
        QCOMPARE(failed.count(), 1);
        QVERIFY(!store.errorString().isEmpty());
    }

    void fileIsReadableJson()
    {
        QTemporaryDir dir;
        ProjectDraftStore store(dir.path());
        QVERIFY(store.save(sample()));
        QFile f(store.filePath(u"prof"_s, u"p1"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(json.value(u"baseLastModified"_s).toString(), u"2026-01-02T03:04:05.006Z"_s);
        QCOMPARE(json.value(u"values"_s).toObject().value(u"name"_s).toString(), u"New name"_s);
        QCOMPARE(json.value(u"savedAt"_s).toString(), u"2026-01-03T04:05:06.007Z"_s);
    }
};

QTEST_GUILESS_MAIN(TestProjectDraftStore)
#include "TestProjectDraftStore.moc"
