// The offline cache's binary file (ProjectSummaryStream through ProjectListCache): every field survives,
// and whatever is on disk (truncated, hostile, an earlier version's JSON) reads as a whole list or none.
#include "models/ProjectListCache.h"
#include "models/ProjectSummaryStream.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestProjectListCache : public QObject
{
    Q_OBJECT
private:
    // A summary with every field set, none of them to its default.
    static ProjectSummary full()
    {
        ProjectSummary s;
        s.id = u"6151c2dbe2bba43f4d7f5d26"_s;
        s.name = u"Mobile banking — Zürich 東京"_s;
        s.code = u"MB-7"_s;
        s.vulnerabilityCode = u"MBV"_s;
        s.startDate = u"2026-03-01T00:00:00.000Z"_s;
        s.endDate = u"2026-03-31T23:59:59.999Z"_s;
        s.status = u"Testing"_s;
        s.onHold = true;
        s.groupIds = {u"g1"_s, u"g2"_s};
        s.groupNames = {u"Blue team"_s, u"Red team"_s};
        s.lastModified = u"2026-03-06T08:30:00.000Z"_s;
        s.totalVulnerabilities = 999;
        s.rounds = {{1, u"Completed"_s, u"2026-02-20T00:00:00.000Z"_s, u"2026-02-22T23:59:59.999Z"_s, 3},
                    {2, u"Requested"_s, u"2026-03-10T00:00:00.000Z"_s, QString(), 2}};
        s.holdHistory = {{u"On Hold"_s, u"No access"_s, u"2026-03-05T10:00:00.000Z"_s},
                         {u"Off Hold"_s, QString(), u"2026-03-06T08:00:00.000Z"_s}};
        s.startMs = Q_INT64_C(1772323200000);
        s.endMs = Q_INT64_C(1775001599999);
        s.lastModifiedMs = Q_INT64_C(1772785800000);
        s.nextRetestRound = 1;
        s.nextRetestMs = Q_INT64_C(1773100800000);
        return s;
    }

    static ProjectSummary bare(const QString& id)
    {
        ProjectSummary s;
        s.id = id;
        return s;
    }

    static QByteArray readFile(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static bool writeFile(const QString& path, const QByteArray& bytes)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
    }

    static QByteArray le32(quint32 value)
    {
        const char bytes[4] = {char(value & 0xff), char((value >> 8) & 0xff), char((value >> 16) & 0xff),
                               char(value >> 24)};
        return QByteArray(bytes, 4);
    }

    // "FDLC", format 1, savedAt 0, then the row count.
    static QByteArray header(quint32 count)
    {
        return QByteArray("FDLC\x01\x00\x00\x00", 8) + QByteArray(8, '\0') + le32(count);
    }

    // The peak resident set (VmHWM) in MiB; -1 where /proc is not there.
    static qint64 peakRssMb()
    {
        QFile status(u"/proc/self/status"_s);
        if (!status.open(QIODevice::ReadOnly))
            return -1;
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').first().toLongLong() / 1024;
        }
        return -1;
    }

    // The corpus seeds of tests/fuzz/fuzz_cache_loader in the current format, savedAt fixed.
    static QList<std::pair<QString, QList<ProjectSummary>>> seeds()
    {
        ProjectSummary open = bare(u"p2"_s);
        open.name = u"Open round"_s;
        open.rounds = {{1, u"Requested"_s, u"2026-03-10T00:00:00.000Z"_s, QString(), 1}};
        open.nextRetestRound = 0;
        open.nextRetestMs = Q_INT64_C(1773100800000);
        return {{u"binary_empty.cache"_s, {}},
                {u"binary_full_row.cache"_s, {full()}},
                {u"binary_three_rows.cache"_s, {full(), open, bare(u"p3"_s)}}};
    }

    static QByteArray encode(const QList<ProjectSummary>& rows)
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QDataStream out(&buffer);
        ProjectSummaryStream::writeHeader(out, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC),
                                          rows.size());
        for (const ProjectSummary& row : rows)
            ProjectSummaryStream::writeRow(out, row);
        return bytes;
    }

private Q_SLOTS:
    void roundTripKeepsEveryField()
    {
        QTemporaryDir dir;
        const ProjectListCache cache(dir.path());
        const QDateTime before = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
        QVERIFY(cache.save(u"profile-1"_s, {full(), bare(u"p2"_s)}));
        const QDateTime after = QDateTime::currentDateTimeUtc();
        QCOMPARE(cache.fileFor(u"profile-1"_s), dir.path() + u"/projects-profile-1.cache"_s);
        const QByteArray bytes = readFile(cache.fileFor(u"profile-1"_s));
        QCOMPARE(bytes.left(8), QByteArray("FDLC\x01\x00\x00\x00", 8)); // magic, format 1
        QCOMPARE(bytes.mid(16, 4), le32(2));                            // after savedAt: the row count

        QDateTime savedAt;
        const QList<ProjectSummary> loaded = cache.load(u"profile-1"_s, &savedAt);
        QCOMPARE(loaded.size(), 2);
        const ProjectSummary& s = loaded.first();
        QCOMPARE(s.id, u"6151c2dbe2bba43f4d7f5d26"_s);
        QCOMPARE(s.name, u"Mobile banking — Zürich 東京"_s);
        QCOMPARE(s.code, u"MB-7"_s);
        QCOMPARE(s.vulnerabilityCode, u"MBV"_s);
        QCOMPARE(s.startDate, u"2026-03-01T00:00:00.000Z"_s);
        QCOMPARE(s.endDate, u"2026-03-31T23:59:59.999Z"_s);
        QCOMPARE(s.status, u"Testing"_s);
        QCOMPARE(s.onHold, true);
        QCOMPARE(s.groupIds, (QStringList{u"g1"_s, u"g2"_s}));
        QCOMPARE(s.groupNames, (QStringList{u"Blue team"_s, u"Red team"_s}));
        QCOMPARE(s.lastModified, u"2026-03-06T08:30:00.000Z"_s);
        QCOMPARE(s.totalVulnerabilities, 999);
        QCOMPARE(s.rounds.size(), 2);
        QCOMPARE(s.rounds.at(0).number, 1);
        QCOMPARE(s.rounds.at(0).status, u"Completed"_s);
        QCOMPARE(s.rounds.at(0).windowStart, u"2026-02-20T00:00:00.000Z"_s);
        QCOMPARE(s.rounds.at(0).windowEnd, u"2026-02-22T23:59:59.999Z"_s);
        QCOMPARE(s.rounds.at(0).vulnerabilityCount, 3);
        QCOMPARE(s.rounds.at(1).number, 2);
        QCOMPARE(s.rounds.at(1).status, u"Requested"_s);
        QCOMPARE(s.rounds.at(1).windowStart, u"2026-03-10T00:00:00.000Z"_s);
        QCOMPARE(s.rounds.at(1).windowEnd, QString());
        QCOMPARE(s.rounds.at(1).vulnerabilityCount, 2);
        QCOMPARE(s.holdHistory.size(), 2);
        QCOMPARE(s.holdHistory.at(0).status, u"On Hold"_s);
        QCOMPARE(s.holdHistory.at(0).reason, u"No access"_s);
        QCOMPARE(s.holdHistory.at(0).created, u"2026-03-05T10:00:00.000Z"_s);
        QCOMPARE(s.holdHistory.at(1).status, u"Off Hold"_s);
        QCOMPARE(s.holdHistory.at(1).reason, QString());
        QCOMPARE(s.holdHistory.at(1).created, u"2026-03-06T08:00:00.000Z"_s);
        // The sort keys are stored too (operator== leaves them out): loading parses no date.
        QCOMPARE(s.startMs, Q_INT64_C(1772323200000));
        QCOMPARE(s.endMs, Q_INT64_C(1775001599999));
        QCOMPARE(s.lastModifiedMs, Q_INT64_C(1772785800000));
        QCOMPARE(s.nextRetestRound, 1);
        QCOMPARE(s.nextRetestMs, Q_INT64_C(1773100800000));
        QCOMPARE(s.nextRetestStart(), u"2026-03-10T00:00:00.000Z"_s);
        // The search text is not stored but folded again while loading, on the cache's thread.
        QCOMPARE(s.searchText.text, u"mobile banking — zürich 東京 mb-7 blue team, red team"_s);
        QCOMPARE(s.searchText.name(), u"mobile banking — zürich 東京"_s);
        QCOMPARE(s.searchText.code(), u"mb-7"_s);

        const ProjectSummary& b = loaded.at(1);
        QCOMPARE(b.id, u"p2"_s);
        QCOMPARE(b.name, QString());
        QCOMPARE(b.onHold, false);
        QVERIFY(b.groupIds.isEmpty());
        QVERIFY(b.rounds.isEmpty());
        QVERIFY(b.holdHistory.isEmpty());
        QCOMPARE(b.startMs, Q_INT64_C(0));
        QCOMPARE(b.nextRetestRound, -1);
        QCOMPARE(b.searchText.text, u"  "_s);

        QCOMPARE(savedAt.timeSpec(), Qt::UTC);
        QVERIFY2(before <= savedAt && savedAt <= after, qPrintable(savedAt.toString(Qt::ISODateWithMs)));
    }

    void emptyListIsACacheToo()
    {
        QTemporaryDir dir;
        const ProjectListCache cache(dir.path());
        QVERIFY(cache.save(u"p"_s, {}));
        QVERIFY(cache.contains(u"p"_s));
        QDateTime savedAt;
        QVERIFY(cache.load(u"p"_s, &savedAt).isEmpty());
        QVERIFY(savedAt.isValid());
    }

    void truncatedFileReadsAsEmptyAtEveryOffset()
    {
        QTemporaryDir dir;
        const ProjectListCache cache(dir.path());
        QVERIFY(cache.save(u"p"_s, {full(), bare(u"p2"_s), full()}));
        const QString path = cache.fileFor(u"p"_s);
        const QByteArray whole = readFile(path);
        QCOMPARE(cache.load(u"p"_s).size(), 3);
        for (qsizetype size = 0; size < whole.size(); ++size) {
            QVERIFY(writeFile(path, whole.left(size)));
            QVERIFY2(cache.load(u"p"_s).isEmpty(), qPrintable(u"truncated to %1 bytes"_s.arg(size)));
        }
        // Bytes after the last row: not the file that was written either.
        QVERIFY(writeFile(path, whole + '\0'));
        QVERIFY(cache.load(u"p"_s).isEmpty());
    }

    void otherFormatsReadAsEmpty()
    {
        QTemporaryDir dir;
        const ProjectListCache cache(dir.path());
        const QString path = cache.fileFor(u"p"_s);
        QVERIFY(writeFile(path, QByteArray("XDLC\x01\x00\x00\x00", 8) + QByteArray(12, '\0'))); // magic
        QVERIFY(cache.load(u"p"_s).isEmpty());
        QVERIFY(writeFile(path, QByteArray("FDLC\x02\x00\x00\x00", 8) + QByteArray(12, '\0'))); // version
        QVERIFY(cache.load(u"p"_s).isEmpty());
        QVERIFY(writeFile(path, R"({"projects": [{"project_id": "a"}]})")); // JSON under the binary name
        QVERIFY(cache.load(u"p"_s).isEmpty());
        QVERIFY(writeFile(path, header(0))); // a well-formed empty list, for contrast
        QDateTime savedAt;
        QVERIFY(cache.load(u"p"_s, &savedAt).isEmpty());
        QCOMPARE(savedAt, QDateTime::fromMSecsSinceEpoch(0, Qt::UTC));
    }

    void hostileCountsDoNotAllocate()
    {
        QTemporaryDir dir;
        const ProjectListCache cache(dir.path());
        const QString path = cache.fileFor(u"p"_s);
        const qint64 peakBefore = peakRssMb();
        const QByteArray emptyStrings = QByteArray(7 * 4, '\0') + QByteArray(1, '\0'); // id..status, onHold
        const QList<QByteArray> hostile{
            header(0xffffffff) + QByteArray(200, '\0'),                          // 4 billion rows
            header(1) + le32(0xfffffffe) + QByteArray(200, 'x'),                 // a 4 GB id
            header(1) + emptyStrings + le32(0x7fffffff) + QByteArray(200, '\0'), // group ids
            header(1) + emptyStrings + le32(0) + le32(0) + le32(0) + le32(0) + le32(0xffffffff) +
                QByteArray(200, '\0'), // rounds, after the groups, lastModified and the total
            header(1) + emptyStrings + le32(0) + le32(0) + le32(0) + le32(0) + le32(0) + le32(0xffffffff) +
                QByteArray(200, '\0'), // hold history
        };
        for (const QByteArray& bytes : hostile) {
            QVERIFY(writeFile(path, bytes));
            QVERIFY(cache.load(u"p"_s).isEmpty());
        }
        if (peakBefore >=
            0) // 4 billion rows of ~300 bytes would be terabytes; Qt reads strings in 2 MB steps
            QVERIFY2(peakRssMb() - peakBefore < 64,
                     qPrintable(u"peak grew by %1 MiB"_s.arg(peakRssMb() - peakBefore)));
    }

    void valuesTheWriterCannotProduceReadAsEmpty()
    {
        QTemporaryDir dir;
        const ProjectListCache cache(dir.path());
        // A round's vulnerability count becomes that many placeholders in SummaryRound::toRound().
        ProjectSummary many = full();
        many.rounds[0].vulnerabilityCount = ProjectSummaryStream::kMaxRoundVulnerabilities + 1;
        QVERIFY(cache.save(u"p"_s, {bare(u"ok"_s), many}));
        QVERIFY(cache.load(u"p"_s).isEmpty());
        many.rounds[0].vulnerabilityCount = -1;
        QVERIFY(cache.save(u"p"_s, {many}));
        QVERIFY(cache.load(u"p"_s).isEmpty());
        // nextRetestStart() indexes the rounds with nextRetestRound.
        ProjectSummary next = full();
        next.nextRetestRound = 2;
        QVERIFY(cache.save(u"p"_s, {next}));
        QVERIFY(cache.load(u"p"_s).isEmpty());
        next.nextRetestRound = -2;
        QVERIFY(cache.save(u"p"_s, {next}));
        QVERIFY(cache.load(u"p"_s).isEmpty());
        many.rounds[0].vulnerabilityCount = ProjectSummaryStream::kMaxRoundVulnerabilities;
        QVERIFY(cache.save(u"p"_s, {many}));
        QCOMPARE(cache.load(u"p"_s).size(), 1);
    }

    void earlierJsonCacheLoadsOnceThenIsReplaced()
    {
        QTemporaryDir dir;
        const ProjectListCache cache(dir.path());
        const QString legacy = dir.path() + u"/projects-p.json"_s;
        QVERIFY(writeFile(legacy,
                          R"({"projects":[{"project_id":"a","project_name":"Alpha","project_code":"A-1",)"
                          R"("project_on_hold":"Yes","project_start_date":"2026-03-01T00:00:00.000Z",)"
                          R"("project_groups":[{"id":"g1","name":"Blue team"}],)"
                          R"("project_retesting_history":[],"project_hold_history":[]}],)"
                          R"("savedAt":"2026-02-01T12:00:00.000Z"})"));
        QVERIFY(cache.contains(u"p"_s));
        QDateTime savedAt;
        QList<ProjectSummary> loaded = cache.load(u"p"_s, &savedAt);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().id, u"a"_s);
        QCOMPARE(loaded.first().name, u"Alpha"_s);
        QCOMPARE(loaded.first().code, u"A-1"_s);
        QCOMPARE(loaded.first().onHold, true);
        QCOMPARE(loaded.first().startMs, Q_INT64_C(1772323200000));
        QCOMPARE(loaded.first().groupNames, QStringList{u"Blue team"_s});
        QCOMPARE(savedAt, QDateTime(QDate(2026, 2, 1), QTime(12, 0), Qt::UTC));
        QVERIFY(QFile::exists(legacy)); // loading writes nothing

        // The next save writes the binary file and drops the JSON one.
        QVERIFY(cache.save(u"p"_s, loaded));
        QVERIFY(!QFile::exists(legacy));
        QVERIFY(QFile::exists(cache.fileFor(u"p"_s)));
        QCOMPARE(cache.load(u"p"_s), loaded);

        // A damaged binary file is "no cache", even with a JSON one beside it.
        QVERIFY(writeFile(legacy, R"({"projects":[{"project_id":"old"}]})"));
        QVERIFY(writeFile(cache.fileFor(u"p"_s), "FDLC"));
        QVERIFY(cache.load(u"p"_s).isEmpty());
        // remove() leaves neither behind.
        QVERIFY(cache.remove(u"p"_s));
        QVERIFY(!QFile::exists(legacy));
        QVERIFY(!cache.contains(u"p"_s));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }

    void damagedJsonCacheReadsAsEmpty()
    {
        QTemporaryDir dir;
        const ProjectListCache cache(dir.path());
        QVERIFY(writeFile(dir.path() + u"/projects-p.json"_s, R"({"projects":[{"project_id":"a"},)"));
        QVERIFY(cache.load(u"p"_s).isEmpty());
    }

    // The fuzz target's seeds are this format's files; FORGEDESK_WRITE_FUZZ_SEEDS=1 rewrites them after a
    // format change.
    void fuzzSeedsAreInTheCurrentFormat()
    {
        const QString corpus =
            QStringLiteral(FORGEDESK_SOURCE_DIR) + u"/tests/fuzz/corpus/fuzz_cache_loader/"_s;
        const bool write = qEnvironmentVariableIntValue("FORGEDESK_WRITE_FUZZ_SEEDS") == 1;
        for (const auto& [name, rows] : seeds()) {
            if (write)
                QVERIFY(writeFile(corpus + name, encode(rows)));
            QVERIFY2(readFile(corpus + name) == encode(rows), qPrintable(name + u" is out of date"_s));
            const auto read = ProjectSummaryStream::read(readFile(corpus + name));
            QVERIFY(read.has_value());
            QCOMPARE(*read, rows);
        }
    }
};

QTEST_GUILESS_MAIN(TestProjectListCache)
#include "TestProjectListCache.moc"
