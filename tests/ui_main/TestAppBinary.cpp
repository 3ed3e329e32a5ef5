#include <QProcess>
#include <QTest>

#include <memory>

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

    // The window comes up on its demo sandbox and lists every project: the app reports what the window
    // shows once the list is loaded (FORGEDESK_REPORT_READY), and keeps running afterwards.
    void demoModeShowsTheProjectList()
    {
        auto* p = new QProcess;
        std::unique_ptr<QProcess> owner(p);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"FORGEDESK_REPORT_READY"_s, u"1"_s);
        p->setProcessEnvironment(env);
        QByteArray errors;
        connect(p, &QProcess::readyReadStandardError, p, [&] { errors += p->readAllStandardError(); });
        p->start(QStringLiteral(FORGEDESK_EXE), {u"--demo"_s, u"--seed-size"_s, u"12"_s});
        QVERIFY(p->waitForStarted(10000));
        QTRY_VERIFY2_WITH_TIMEOUT(errors.contains("forgedesk: projects shown"), errors.constData(), 60000);
        QVERIFY2(errors.contains("forgedesk: projects shown: 12 listed, window visible\n"),
                 errors.constData());
        QCOMPARE(p->state(), QProcess::Running);
        p->terminate();
        QVERIFY(p->waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(TestAppBinary)
#include "TestAppBinary.moc"
