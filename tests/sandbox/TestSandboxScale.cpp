// 10,000 seeded projects: generation and paging through GetProjects must stay quick. Timings are
// printed, never asserted (the machine is shared).

#include "tests/support/SandboxFixture.h"
#include "tests/support/SandboxTestClient.h"

#include <QElapsedTimer>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace ForgeDeskTest;

class TestSandboxScale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesThroughTenThousandProjects()
    {
        SandboxOptions options = SandboxFixture::options();
        options.seedSize = 10000;
        QElapsedTimer timer;
        timer.start();
        SandboxServer server(options);
        const qint64 seedMs = timer.elapsed();
        QVERIFY(server.listen());
        QCOMPARE(server.projectIds().size(), 10000);
        SandboxTestClient client(server.baseUrl(), "test-key-not-secret");

        timer.restart();
        QSet<QString> seen;
        int pages = 0;
        qint64 bytes = 0;
        for (int skip = 0;; skip += 500) {
            SandboxReply r = client.get(u"/api/ss/projects?skip=%1&limit=500"_s.arg(skip));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json.value(u"count"_s).toInt(), 10000);
            const QJsonArray page = r.json.value(u"projects"_s).toArray();
            for (const QJsonValue& p : page)
                seen.insert(p.toObject().value(u"project_id"_s).toString());
            bytes += r.body.size();
            ++pages;
            if (page.size() < 500)
                break;
        }
        const qint64 pagingMs = timer.elapsed();
        QCOMPARE(seen.size(), 10000);
        qInfo().noquote()
            << u"10,000 projects: seeding %1 ms; GET /api/ss/projects over %2 pages (%3 MB) %4 ms"_s
                   .arg(seedMs)
                   .arg(pages)
                   .arg(double(bytes) / 1e6, 0, 'f', 1)
                   .arg(pagingMs);

        timer.restart();
        const QString last = server.projectIds().last();
        SandboxReply vulns = client.get(u"/api/ss/project/"_s + last + u"/vulnerabilities"_s);
        QCOMPARE(vulns.status, 200);
        QVERIFY(vulns.json.value(u"count"_s).toInt() > 0);
        QCOMPARE(vulns.json.value(u"count"_s).toInt() +
                     server.project(last).value(u"project_pending_vulnerabilities"_s).toInt(),
                 int(server.vulnerabilities(last).size()));
        qInfo() << "vulnerabilities of project 10,000 (generated on first use):" << timer.elapsed() << "ms";
    }
};

QTEST_GUILESS_MAIN(TestSandboxScale)
#include "TestSandboxScale.moc"
