// Client data on disk is owner-only whatever the umask: the project list cache and PrivateStorage.
#include "models/PrivateStorage.h"
#include "models/ProjectListCache.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

class TestPrivateStorage : public QObject
{
    Q_OBJECT
private:
    static int modeOf(const QString& path)
    {
        struct stat st
        {};
        return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
    }

    static void writeFile(const QString& path, const QByteArray& bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

    mode_t m_previousUmask = 0;

private Q_SLOTS:
    void init() { m_previousUmask = ::umask(022); }
    void cleanup() { ::umask(m_previousUmask); }

    void cacheIsWrittenOwnerOnly()
    {
        QTemporaryDir dir;
        const QString root = dir.path() + u"/cache"_s;
        ProjectListCache cache(root);
        QVERIFY(cache.save(u"profile-1"_s, {}));
        QCOMPARE(modeOf(root), 0700);
        QCOMPARE(cache.fileFor(u"profile-1"_s), root + u"/projects-profile-1.cache"_s);
        QCOMPARE(modeOf(cache.fileFor(u"profile-1"_s)), 0600);
        QVERIFY(cache.save(u"profile-1"_s, {})); // replacing it keeps it private
        QCOMPARE(modeOf(cache.fileFor(u"profile-1"_s)), 0600);
    }

    void existingCacheIsTightenedOnStart()
    {
        QTemporaryDir dir;
        const QString root = dir.path() + u"/cache"_s;
        QVERIFY(QDir().mkpath(root));
        writeFile(root + u"/projects-old.json"_s, R"({"projects": []})");
        QCOMPARE(modeOf(root), 0755);
        QCOMPARE(modeOf(root + u"/projects-old.json"_s), 0644);
        ProjectListCache cache(root);
        QCOMPARE(modeOf(root), 0700);
        QCOMPARE(modeOf(root + u"/projects-old.json"_s), 0600);
    }

    void tightenReachesNestedEntriesButNotLinkTargets()
    {
        QTemporaryDir dir;
        const QString root = dir.path() + u"/data"_s;
        QVERIFY(QDir().mkpath(root + u"/a/b"_s));
        writeFile(root + u"/a/b/deep.json"_s, "{}");
        writeFile(root + u"/.hidden"_s, "x");
        writeFile(dir.path() + u"/outside.txt"_s, "x");
        QVERIFY(QFile::link(dir.path() + u"/outside.txt"_s, root + u"/link"_s));
        PrivateStorage::tighten(root);
        QCOMPARE(modeOf(root + u"/a"_s), 0700);
        QCOMPARE(modeOf(root + u"/a/b"_s), 0700);
        QCOMPARE(modeOf(root + u"/a/b/deep.json"_s), 0600);
        QCOMPARE(modeOf(root + u"/.hidden"_s), 0600);
        QCOMPARE(modeOf(dir.path() + u"/outside.txt"_s), 0644); // not ours to change
    }

    void makeDirIsOwnerOnly()
    {
        QTemporaryDir dir;
        QVERIFY(PrivateStorage::makeDir(dir.path() + u"/x/y"_s));
        QCOMPARE(modeOf(dir.path() + u"/x/y"_s), 0700);
    }
};

QTEST_GUILESS_MAIN(TestPrivateStorage)
#include "TestPrivateStorage.moc"
