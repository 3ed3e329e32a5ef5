#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

// The real forgedesk binary, run headless: its command line behaves and it refuses unsafe servers.
class TestAppBinary : public QObject
{
    Q_OBJECT
private:
    static QProcess* run(const QStringList& arguments)
    {
        auto* p = new QProcess;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(FORGEDESK_EXE), arguments);
        return p;
    }

private Q_SLOTS:
    void printsVersion()
    {
        std::unique_ptr<QProcess> p(run({u"--version"_s}));
        QVERIFY(p->waitForFinished(20000));
        QCOMPARE(p->exitCode(), 0);
        QVERIFY(p->readAllStandardOutput().contains("ForgeDesk"));
    }

    void refusesPlainHttpToARemoteServer()
    {
        std::unique_ptr<QProcess> p(run({u"--server"_s, u"http://acme.example.com"_s}));
        QVERIFY(p->waitForFinished(20000));
        QCOMPARE(p->exitCode(), 2);
        QVERIFY(p->readAllStandardError().contains("HTTPS is required"));
    }

    void demoModeStartsAndStaysUp()
    {
        std::unique_ptr<QProcess> p(run({u"--demo"_s}));
        QVERIFY(p->waitForStarted(10000));
        QVERIFY(!p->waitForFinished(3000)); // still running: the window is up on its sandbox
        QCOMPARE(p->state(), QProcess::Running);
        p->terminate();
        QVERIFY(p->waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(TestAppBinary)
#include "TestAppBinary.moc"
