// The real forgedesk-sandbox executable: start-up line, key handling, a request, --fault and --data.

#include "tests/support/SandboxTestClient.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace ForgeDeskTest;

namespace {

const QString kKey = u"cli-key-not-secret"_s;

// Starts the executable and waits for its one "listening on" line; returns the base URL.
QUrl startSandbox(QProcess& process, const QStringList& arguments,
                  const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(FORGEDESK_SANDBOX_EXE), arguments);
    if (!process.waitForStarted(10000))
        return {};
    QByteArray line;
    QElapsedTimer timer;
    timer.start();
    while (!line.contains('\n') && timer.elapsed() < 30000) {
        if (!process.waitForReadyRead(1000) && process.state() != QProcess::Running)
            break;
        line += process.readAllStandardOutput();
    }
    const QRegularExpressionMatch m =
        QRegularExpression(u"^listening on (http://127\\.0\\.0\\.1:(\\d+))\\n$"_s)
            .match(QString::fromUtf8(line));
    return m.hasMatch() ? QUrl(m.captured(1)) : QUrl();
}

void stop(QProcess& process)
{
    process.terminate(); // SIGTERM: the sandbox quits cleanly and writes its data file
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished();
    }
}

} // namespace

class TestSandboxCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servesRequests()
    {
        QProcess process;
        const QUrl base =
            startSandbox(process, {u"--port"_s, u"0"_s, u"--api-key"_s, kKey, u"--seed-size"_s, u"40"_s});
        QVERIFY2(base.isValid(), process.readAllStandardError().constData());
        QVERIFY(base.port() > 0);
        SandboxTestClient client(base, kKey.toUtf8());
        SandboxReply r = client.get(u"/api/ss/projects?limit=10"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"count"_s).toInt(), 40);
        client.setKey({});
        QCOMPARE(client.get(u"/api/ss/projects"_s).status, 401);
        stop(process);
        const QByteArray output = process.readAllStandardOutput() + process.readAllStandardError();
        QVERIFY(!output.contains(kKey.toUtf8()));
    }

    void keyFromEnvironmentOrFail()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"FORGEDESK_SANDBOX_KEY"_s);
        QProcess missing;
        missing.setProcessEnvironment(env);
        missing.start(QStringLiteral(FORGEDESK_SANDBOX_EXE), {u"--port"_s, u"0"_s});
        QVERIFY(missing.waitForFinished(10000));
        QCOMPARE(missing.exitCode(), 2);
        QVERIFY(missing.readAllStandardError().contains("FORGEDESK_SANDBOX_KEY"));
        QVERIFY(missing.readAllStandardOutput().isEmpty());

        env.insert(u"FORGEDESK_SANDBOX_KEY"_s, kKey);
        QProcess process;
        const QUrl base = startSandbox(process, {u"--seed"_s, u"empty"_s}, env);
        QVERIFY(base.isValid());
        SandboxTestClient client(base, kKey.toUtf8());
        SandboxReply r = client.get(u"/api/ss/projects"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"count"_s).toInt(), 0);
        stop(process);
    }

    void badArgumentsFail()
    {
        for (const QStringList& args : {QStringList{u"--api-key"_s, kKey, u"--seed"_s, u"huge"_s},
                                        QStringList{u"--api-key"_s, kKey, u"--fault"_s, u"teapot"_s},
                                        QStringList{u"--api-key"_s, kKey, u"--port"_s, u"99999"_s}}) {
            QProcess process;
            process.start(QStringLiteral(FORGEDESK_SANDBOX_EXE), args);
            QVERIFY(process.waitForFinished(10000));
            QCOMPARE(process.exitCode(), 2);
            QVERIFY(!process.readAllStandardError().contains(kKey.toUtf8()));
        }
    }

    void faultFlagAndDataFile()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(u"state.json"_s);
        QProcess process;
        const QUrl base = startSandbox(process, {u"--api-key"_s, kKey, u"--data"_s, data, u"--fault"_s,
                                                 u"503:1:GET"_s, u"--latency"_s, u"20"_s});
        QVERIFY(base.isValid());
        SandboxTestClient client(base, kKey.toUtf8());
        QCOMPARE(client.get(u"/api/ss/groups"_s).status, 503);
        QCOMPARE(client.get(u"/api/ss/groups"_s).status, 200);
        const QString id = client.get(u"/api/ss/projects?limit=1"_s)
                               .json.value(u"projects"_s)
                               .toArray()
                               .first()
                               .toObject()
                               .value(u"project_id"_s)
                               .toString();
        QCOMPARE(client.put(u"/api/ss/project/"_s + id, {{u"name"_s, u"From the CLI"_s}}).status, 200);
        stop(process);
        QFile file(data);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("From the CLI"));

        QProcess again;
        const QUrl base2 = startSandbox(again, {u"--api-key"_s, kKey, u"--data"_s, data});
        QVERIFY(base2.isValid());
        SandboxTestClient client2(base2, kKey.toUtf8());
        QCOMPARE(client2.get(u"/api/ss/project/"_s + id)
                     .json.value(u"project"_s)
                     .toObject()
                     .value(u"project_name"_s),
                 QJsonValue(u"From the CLI"_s));
        stop(again);
    }
};

QTEST_GUILESS_MAIN(TestSandboxCli)
#include "TestSandboxCli.moc"
