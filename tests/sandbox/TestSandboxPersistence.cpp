// --data: state survives a restart (two SandboxServer instances on one file), bad files are refused.

#include "tests/support/SandboxFixture.h"
#include "tests/support/SandboxTestClient.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace ForgeDeskTest;

class TestSandboxPersistence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stateSurvivesRestart()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        SandboxOptions options = SandboxFixture::options();
        options.dataFile = dir.filePath(u"state.json"_s);
        QString id;
        QString vulnerability;
        {
            SandboxServer first(options);
            QVERIFY(first.listen());
            id = first.projectIds().first();
            for (const QJsonObject& v : first.vulnerabilities(id)) {
                if (v.value(u"vulnerability_retest"_s).toString() == u"Yes"_s &&
                    v.value(u"vulnerability_status"_s).toString() == u"Open"_s &&
                    !v.value(u"vulnerability_is_pending"_s).toBool())
                    vulnerability = v.value(u"vulnerability_id"_s).toString();
            }
            QVERIFY(!vulnerability.isEmpty());
            SandboxTestClient client(first.baseUrl(), "test-key-not-secret");
            QCOMPARE(client.put(u"/api/ss/project/"_s + id, {{u"name"_s, u"Persisted name"_s}}).status, 200);
            QCOMPARE(client
                         .post(u"/api/ss/project/"_s + id + u"/retest/request"_s,
                               {{u"retesting_window_start"_s, u"2025-03-23T00:00:00.000Z"_s},
                                {u"vulnerability_ids"_s, QJsonArray{vulnerability}}})
                         .status,
                     200);
            QTRY_VERIFY(QFile::exists(options.dataFile)); // written right after the change
        }
        QVERIFY(QFile::exists(options.dataFile));
        QFile written(options.dataFile);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(!written.readAll().contains("test-key-not-secret"));

        options.seed = u"empty"_s; // the file wins over the seed
        SandboxServer second(options);
        QVERIFY(second.listen());
        QCOMPARE(second.projectIds().size(), 30);
        const QJsonObject project = second.project(id);
        QCOMPARE(project.value(u"project_name"_s).toString(), u"Persisted name"_s);
        const QJsonObject round = project.value(u"project_retesting_history"_s).toArray().last().toObject();
        QCOMPARE(round.value(u"retesting_round_vulnerabilities"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"vulnerability_id"_s),
                 QJsonValue(vulnerability));
        QVERIFY(!second.vulnerabilities(id).isEmpty());
        QCOMPARE(second.groups().size(), 7);
        SandboxTestClient client(second.baseUrl(), "test-key-not-secret");
        QCOMPARE(client.get(u"/api/ss/project/"_s + id).json.value(u"project"_s).toObject(), project);
    }

    void directEditsArePersistedToo()
    {
        QTemporaryDir dir;
        SandboxOptions options = SandboxFixture::options(u"empty"_s);
        options.dataFile = dir.filePath(u"state.json"_s);
        {
            SandboxServer first(options);
            first.putProject({{u"project_id"_s, u"x1"_s}, {u"project_name"_s, u"Direct"_s}});
            first.setVulnerabilities(u"x1"_s, {{{u"vulnerability_id"_s, u"v1"_s}}});
        }
        SandboxServer second(options);
        QCOMPARE(second.projectIds(), QStringList{u"x1"_s});
        QCOMPARE(second.vulnerabilities(u"x1"_s).size(), 1);
        QCOMPARE(second.project(u"x1"_s).value(u"project_total_vulnerabilities"_s).toInt(), 1);
    }

    void badFileIsRefused()
    {
        QTemporaryDir dir;
        SandboxOptions options = SandboxFixture::options();
        options.dataFile = dir.filePath(u"state.json"_s);
        QFile file(options.dataFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ not json");
        file.close();
        SandboxServer server(options);
        QVERIFY(!server.listen());
        QVERIFY(server.errorString().contains(options.dataFile));
        QVERIFY(!server.errorString().contains(options.apiKey));
        file.open(QIODevice::ReadOnly);
        QCOMPARE(file.readAll(), QByteArray("{ not json")); // never overwritten
    }

    void resetReseeds()
    {
        SandboxServer server(SandboxFixture::options());
        const QString id = server.projectIds().first();
        const QJsonObject original = server.project(id);
        QJsonObject changed = original;
        changed.insert(u"project_name"_s, u"Changed"_s);
        server.putProject(changed);
        server.reset();
        QCOMPARE(server.project(id).value(u"project_name"_s), original.value(u"project_name"_s));
    }
};

QTEST_GUILESS_MAIN(TestSandboxPersistence)
#include "TestSandboxPersistence.moc"
