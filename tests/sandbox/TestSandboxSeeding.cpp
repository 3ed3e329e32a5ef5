// A seeded tenant produces each project when it is first asked for (a page, GetProjectById, a filter,
// a write, a save): whatever the order of the questions, the answers are the seeder's projects, the
// same bytes every time, and a change replaces the stored JSON.

#include "tests/support/SandboxFixture.h"
#include "tests/support/SandboxTestClient.h"

#include "sandbox/DemoSeeder.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace ForgeDeskTest;

namespace {

constexpr int kSize = 1200; // three pages of 500

SandboxOptions seeded(int size)
{
    SandboxOptions options = SandboxFixture::options();
    options.seedSize = size;
    return options;
}

QString pagePath(int skip)
{
    return u"/api/ss/projects?skip=%1&limit=500"_s.arg(skip);
}

QList<QByteArray> allPages(SandboxTestClient& client)
{
    QList<QByteArray> pages;
    for (int skip = 0; skip < kSize; skip += 500)
        pages.append(client.get(pagePath(skip)).body);
    return pages;
}

} // namespace

class TestSandboxSeeding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesAreTheSeedersProjects()
    {
        SandboxServer server(seeded(kSize));
        QVERIFY(server.listen());
        SandboxTestClient client(server.baseUrl(), "test-key-not-secret");
        const DemoSeeder seeder(QDate::currentDate());
        SandboxReply last = client.get(pagePath(1000)); // a later page first
        QCOMPARE(last.json.value(u"count"_s).toInt(), kSize);
        const QJsonArray projects = last.json.value(u"projects"_s).toArray();
        QCOMPARE(projects.size(), 200);
        QCOMPARE(projects.first().toObject(), seeder.project(1000));
        QCOMPARE(projects.last().toObject(), seeder.project(1199));
        QCOMPARE(projects.last().toObject().value(u"project_id"_s).toString(), DemoSeeder::projectId(1199));
        // Sent again from the stored JSON: the same bytes.
        QCOMPARE(client.get(pagePath(1000)).body, last.body);
    }

    void theOrderOfQuestionsChangesNothing()
    {
        SandboxServer inOrder(seeded(kSize));
        QVERIFY(inOrder.listen());
        SandboxTestClient first(inOrder.baseUrl(), "test-key-not-secret");
        const QList<QByteArray> expected = allPages(first);

        SandboxServer scattered(seeded(kSize));
        QVERIFY(scattered.listen());
        SandboxTestClient second(scattered.baseUrl(), "test-key-not-secret");
        const QString lastId = DemoSeeder::projectId(kSize - 1);
        SandboxReply one = second.get(u"/api/ss/project/"_s + lastId);
        QCOMPARE(one.status, 200);
        QCOMPARE(one.json.value(u"project"_s).toObject(), inOrder.project(lastId));
        QCOMPARE(second.get(pagePath(700)).json.value(u"projects"_s).toArray().first().toObject(),
                 inOrder.project(DemoSeeder::projectId(700)));
        // A filter looks at every project: the rest are produced now.
        SandboxReply filtered = second.get(u"/api/ss/projects?code=ACME-0001&limit=500"_s);
        QCOMPARE(filtered.json.value(u"count"_s).toInt(), 1);
        QCOMPARE(filtered.json.value(u"projects"_s).toArray().first().toObject(),
                 inOrder.project(DemoSeeder::projectId(0)));
        QCOMPARE(allPages(second), expected);
    }

    void aChangeReplacesTheStoredJson()
    {
        SandboxServer server(seeded(kSize));
        QVERIFY(server.listen());
        SandboxTestClient client(server.baseUrl(), "test-key-not-secret");
        const QString id = DemoSeeder::projectId(510);
        const QByteArray before = client.get(pagePath(500)).body;
        QVERIFY(before.contains(id.toLatin1()));
        QCOMPARE(client.put(u"/api/ss/project/"_s + id, {{u"name"_s, u"Renamed after paging"_s}}).status,
                 200);
        SandboxReply after = client.get(pagePath(500));
        QVERIFY(after.body != before);
        const QJsonArray projects = after.json.value(u"projects"_s).toArray();
        QCOMPARE(projects.at(10).toObject().value(u"project_name"_s).toString(), u"Renamed after paging"_s);
        QCOMPARE(projects.at(11).toObject(),
                 QJsonDocument::fromJson(before).object().value(u"projects"_s).toArray().at(11).toObject());
        QCOMPARE(client.get(u"/api/ss/project/"_s + id)
                     .json.value(u"project"_s)
                     .toObject()
                     .value(u"project_name"_s)
                     .toString(),
                 u"Renamed after paging"_s);
    }

    void changesToProjectsNotProducedYet()
    {
        SandboxServer server(seeded(kSize));
        QVERIFY(server.listen());
        const DemoSeeder seeder(QDate::currentDate());
        // New findings for a project nobody has asked for: its counters follow them, the rest is seeded.
        const QString id = DemoSeeder::projectId(900);
        server.setVulnerabilities(id, {});
        const QJsonObject expected = seeder.project(900);
        QVERIFY(expected.value(u"project_total_vulnerabilities"_s).toInt() > 0);
        const QJsonObject stored = server.project(id);
        QCOMPARE(stored.value(u"project_total_vulnerabilities"_s).toInt(), 0);
        QCOMPARE(stored.value(u"project_name"_s), expected.value(u"project_name"_s));
        // A project put over one not produced yet replaces it, in its row.
        QJsonObject edited = seeder.project(901);
        edited.insert(u"project_name"_s, u"Put before any read"_s);
        server.putProject(edited);
        QCOMPARE(server.projectIds().size(), kSize);
        QCOMPARE(server.projectIds().at(901), DemoSeeder::projectId(901));
        SandboxTestClient client(server.baseUrl(), "test-key-not-secret");
        const QJsonArray page = client.get(pagePath(500)).json.value(u"projects"_s).toArray();
        QCOMPARE(page.at(401).toObject(), edited);
        QCOMPARE(page.at(400).toObject().value(u"project_total_vulnerabilities"_s).toInt(), 0);
        QCOMPARE(page.at(402).toObject(), seeder.project(902));
    }

    void saveWritesEveryProject()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        SandboxOptions options = seeded(40);
        options.dataFile = dir.filePath(u"state.json"_s);
        {
            SandboxServer server(options);
            QVERIFY(server.listen());
            QVERIFY(server.save()); // no project asked for yet
        }
        QFile file(options.dataFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray projects =
            QJsonDocument::fromJson(file.readAll()).object().value(u"projects"_s).toArray();
        QCOMPARE(projects.size(), 40);
        const DemoSeeder seeder(QDate::currentDate());
        for (int i = 0; i < 40; ++i)
            QCOMPARE(projects.at(i).toObject(), seeder.project(i));
    }
};

QTEST_GUILESS_MAIN(TestSandboxSeeding)
#include "TestSandboxSeeding.moc"
