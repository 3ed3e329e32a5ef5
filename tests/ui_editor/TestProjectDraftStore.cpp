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

#include <sys/stat.h>

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

    // The permission bits as the file system has them.
    static int modeOf(const QString& path)
    {
        struct stat st
        {};
        return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
    }

    static QByteArray contentsOf(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
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

    void corruptFileIsMovedAsideAndReported()
    {
        QTemporaryDir dir;
        ProjectDraftStore store(dir.path());
        QSignalSpy corrupted(&store, &ProjectDraftStore::draftCorrupted);
        const QString path = store.filePath(u"prof"_s, u"p1"_s);
        for (int round = 1; round <= 2; ++round) {
            QVERIFY(store.save(sample()));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("{not json");
            f.close();
            QVERIFY(!store.load(u"prof"_s, u"p1"_s));
            QVERIFY(!QFile::exists(path));
            QCOMPARE(corrupted.count(), round);
        }
        // The first copy is kept, the second gets its own name; both keep the bytes as they were.
        QCOMPARE(corrupted.at(0).at(0).toString(), path + u".corrupt"_s);
        QCOMPARE(corrupted.at(1).at(0).toString(), path + u".2.corrupt"_s);
        QCOMPARE(contentsOf(path + u".corrupt"_s), QByteArray("{not json"));
        QCOMPARE(contentsOf(path + u".2.corrupt"_s), QByteArray("{not json"));
        QVERIFY(corrupted.at(0).at(1).toString().contains(u"JSON"_s));
        QVERIFY(!store.contains(u"prof"_s, u"p1"_s));
        QCOMPARE(corrupted.count(), 2); // nothing left to report
    }

    void draftOfAnotherShapeIsMovedAside()
    {
        QTemporaryDir dir;
        ProjectDraftStore store(dir.path());
        QVERIFY(store.save(sample()));
        const QString path = store.filePath(u"prof"_s, u"p1"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(R"({"version": 1, "values": "not an object"})");
        f.close();
        QSignalSpy corrupted(&store, &ProjectDraftStore::draftCorrupted);
        QVERIFY(!store.load(u"prof"_s, u"p1"_s));
        QCOMPARE(corrupted.count(), 1);
        QVERIFY(QFile::exists(path + u".corrupt"_s));
    }

    void firstScheduledEditIsOnDiskAtOnce()
    {
        QTemporaryDir dir;
        ProjectDraftStore store(dir.path());
        store.setDelay(60'000);
        const QString path = store.filePath(u"prof"_s, u"p1"_s);
        ProjectDraft first = sample();
        first.values = {{u"name"_s, u"A"_s}};
        store.schedule(first); // no event loop turn after this
        ProjectDraftStore reader(dir.path());
        QVERIFY(reader.load(u"prof"_s, u"p1"_s));
        QCOMPARE(reader.load(u"prof"_s, u"p1"_s)->values, first.values);
        // The edits after it in the same burst are debounced.
        store.schedule(sample());
        QVERIFY(store.hasPending());
        QCOMPARE(reader.load(u"prof"_s, u"p1"_s)->values, first.values);
        // Another project's first edit is not held back by this burst.
        store.schedule(sample(u"p2"_s));
        QVERIFY(QFile::exists(store.filePath(u"prof"_s, u"p2"_s)));
        store.flush();
        QCOMPARE(reader.load(u"prof"_s, u"p1"_s)->values, sample().values);
        // After the burst, the next edit is again written at once.
        store.schedule(first);
        QCOMPARE(reader.load(u"prof"_s, u"p1"_s)->values, first.values);
    }

    void filesAndFoldersAreOwnerOnly()
    {
        const mode_t previous = ::umask(022);
        QTemporaryDir dir;
        const QString root = dir.path() + u"/drafts"_s;
        ProjectDraftStore store(root);
        QVERIFY(store.save(sample()));
        const QString path = store.filePath(u"prof"_s, u"p1"_s);
        QCOMPARE(modeOf(root), 0700);
        QCOMPARE(modeOf(QFileInfo(path).absolutePath()), 0700);
        QCOMPARE(modeOf(path), 0600);
        // Rewriting an existing draft keeps it private too.
        QVERIFY(store.save(sample()));
        QCOMPARE(modeOf(path), 0600);
        ::umask(previous);
    }

    void existingDraftsAreTightenedOnStart()
    {
        const mode_t previous = ::umask(022);
        QTemporaryDir dir;
        const QString root = dir.path() + u"/drafts"_s;
        QVERIFY(QDir().mkpath(root + u"/prof"_s));
        QFile old(root + u"/prof/p1.json"_s);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write(QJsonDocument(sample().toJson()).toJson());
        old.close();
        QFile::setPermissions(root, QFile::Permissions(0x7755)); // rwxr-xr-x in Qt's flags
        QCOMPARE(modeOf(root), 0755);
        QCOMPARE(modeOf(root + u"/prof"_s), 0755);
        QCOMPARE(modeOf(old.fileName()), 0644);
        ProjectDraftStore store(root);
        QCOMPARE(modeOf(root), 0700);
        QCOMPARE(modeOf(root + u"/prof"_s), 0700);
        QCOMPARE(modeOf(old.fileName()), 0600);
        QVERIFY(store.load(u"prof"_s, u"p1"_s)); // still readable by its owner
        ::umask(previous);
    }

    void removeProfileDeletesOnlyItsDrafts()
    {
        QTemporaryDir dir;
        ProjectDraftStore store(dir.path());
        store.setDelay(60'000);
        QVERIFY(store.save(sample(u"p1"_s)));
        QVERIFY(store.save(sample(u"p2"_s)));
        ProjectDraft other = sample();
        other.profileId = u"other"_s;
        QVERIFY(store.save(other));
        store.schedule(sample(u"p3"_s));
        store.schedule(sample(u"p3"_s)); // pending
        QCOMPARE(store.count(u"prof"_s), 3);
        QCOMPARE(store.count(u"other"_s), 1);
        QVERIFY(store.removeProfile(u"prof"_s));
        QVERIFY(!QFileInfo::exists(store.profileDirectory(u"prof"_s)));
        QVERIFY(!store.hasPending());
        QCOMPARE(store.count(u"prof"_s), 0);
        QVERIFY(store.contains(u"other"_s, u"p1"_s));
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
            QVERIFY(QFile::exists(path)); // the first edit, written at once
            QCOMPARE(ProjectDraftStore(dir.path()).load(u"prof"_s, u"p1"_s)->values, first.values);
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
