// The Qt Test main linked with one fuzz target's harness in the normal and sanitizer builds: every file of
// the target's seed corpus and of its regressions (inputs that once crashed or hung) goes through the
// same LLVMFuzzerTestOneInput as under libFuzzer, so a fixed finding stays fixed.
#include <QDir>
#include <QFile>
#include <QTest>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv);
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

class FuzzReplay : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // QTest already made the application; the harness's own initialisation sees it and keeps it.
        LLVMFuzzerInitialize(nullptr, nullptr);
    }

    void replay_data()
    {
        QTest::addColumn<QString>("path");
        // "SOURCE_DIR:TARGET", set by tests/fuzz/CMakeLists.txt (one main serves every target).
        const QStringList where = qEnvironmentVariable("FORGEDESK_FUZZ_INPUTS").split(u':');
        QVERIFY2(where.size() == 2, "FORGEDESK_FUZZ_INPUTS is not set: run this suite through ctest");
        const QDir corpus(where.at(0) + QStringLiteral("/corpus/") + where.at(1));
        const QDir regressions(where.at(0) + QStringLiteral("/regressions/") + where.at(1));
        const QStringList seeds = corpus.entryList(QDir::Files, QDir::Name);
        for (const QString& name : seeds)
            QTest::newRow(qPrintable(QStringLiteral("corpus/") + name)) << corpus.filePath(name);
        for (const QString& name : regressions.entryList(QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(QStringLiteral("regression/") + name)) << regressions.filePath(name);
        // A corpus that went missing would make this suite pass on nothing.
        QVERIFY2(seeds.size() >= 3, "the seed corpus has fewer than 3 inputs");
    }

    void replay()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray input = file.readAll();
        QCOMPARE(
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.constData()), size_t(input.size())),
            0);
    }
};

QTEST_GUILESS_MAIN(FuzzReplay)
#include "FuzzReplay.moc"
