// RequestNewProjectRetest, UpdateProjectRetestRound, Cancel/CompleteProjectRetestRound against the
// sandbox, on a hand-made project whose findings are known exactly.

#include "tests/support/SandboxFixture.h"
#include "tests/support/SandboxTestClient.h"

#include "models/RetestRound.h"

using namespace Qt::StringLiterals;
using namespace ForgeDeskTest;

namespace {

const QString kProject = u"p-retest"_s;
const QString kStart = u"2025-03-23T13:00:00.000Z"_s;
const QString kEnd = u"2025-03-30T12:59:59.999Z"_s;

QJsonObject vulnerability(const QString& id, const QString& status, const QString& retest)
{
    return {{u"vulnerability_id"_s, id},
            {u"vulnerability_alternate_id"_s, QString(u"RT-"_s + id)},
            {u"vulnerability_title"_s, QString(u"Finding "_s + id)},
            {u"vulnerability_priority"_s, u"High"_s},
            {u"vulnerability_status"_s, status},
            {u"vulnerability_retest"_s, retest}};
}

QJsonObject retestBody(const QJsonArray& ids, const QString& start = kStart, const QString& end = kEnd)
{
    QJsonObject body{{u"retesting_window_start"_s, start}, {u"vulnerability_ids"_s, ids}};
    if (!end.isEmpty())
        body.insert(u"retesting_window_end"_s, end);
    return body;
}

} // namespace

class TestSandboxRetest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<SandboxTestClient> m_client;
    const QString m_path = u"/api/ss/project/"_s + kProject + u"/retest"_s;

    QList<RetestRound> rounds() const
    {
        QList<RetestRound> list;
        for (const QJsonValue& r :
             m_sandbox->server->project(kProject).value(u"project_retesting_history"_s).toArray())
            list.append(RetestRound::fromJson(r.toObject()));
        return list;
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>(SandboxFixture::options(u"empty"_s));
        QVERIFY(m_sandbox->server->projectIds().isEmpty());
        QVERIFY(!m_sandbox->server->groups().isEmpty()); // the empty seed still has a catalog
        m_sandbox->server->putProject({{u"project_id"_s, kProject},
                                       {u"project_name"_s, u"Retest Demo"_s},
                                       {u"project_retesting_history"_s, QJsonArray()}});
        m_sandbox->server->setVulnerabilities(kProject, {vulnerability(u"v1"_s, u"Open"_s, u"Yes"_s),
                                                         vulnerability(u"v2"_s, u"Open"_s, u"No"_s),
                                                         vulnerability(u"v3"_s, u"Closed"_s, u"Yes"_s),
                                                         vulnerability(u"v4"_s, u"Open"_s, u"Yes"_s)});
        m_client = std::make_unique<SandboxTestClient>(m_sandbox->server->baseUrl(), "test-key-not-secret");
    }
    void cleanup()
    {
        m_client.reset();
        m_sandbox.reset();
    }

    void requestsAreNumberedOneTwoThree()
    {
        for (int n = 1; n <= 3; ++n) {
            SandboxReply r = m_client->post(m_path + u"/request"_s, retestBody({u"v1"_s, u"v4"_s}));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json.value(u"status"_s).toString(),
                     u"Project retest requested for Project Retest Demo"_s);
        }
        const QList<RetestRound> list = rounds();
        QCOMPARE(list.size(), 3);
        for (int n = 0; n < 3; ++n) {
            QCOMPARE(list.at(n).number, n + 1);
            QCOMPARE(list.at(n).status, u"Requested"_s);
            QCOMPARE(list.at(n).windowStart, kStart);
            QCOMPARE(list.at(n).windowEnd, kEnd);
            QVERIFY(!list.at(n).requestedDate.isEmpty());
            QVERIFY(!list.at(n).id.isEmpty());
            QCOMPARE(list.at(n).vulnerabilities,
                     (QList<RetestRoundVulnerability>{{u"v1"_s, u"RT-v1"_s, u"Finding v1"_s},
                                                      {u"v4"_s, u"RT-v4"_s, u"Finding v4"_s}}));
        }
        QCOMPARE(m_sandbox->server->project(kProject).value(u"project_retests_requested"_s).toInt(), 3);
        // The rounds read back through GetProjectById too.
        const QJsonObject read =
            m_client->get(u"/api/ss/project/"_s + kProject).json.value(u"project"_s).toObject();
        QCOMPARE(read.value(u"project_retesting_history"_s).toArray().size(), 3);
    }

    void openEndedWindow()
    {
        QCOMPARE(m_client->post(m_path + u"/request"_s, retestBody({u"v1"_s}, kStart, {})).status, 200);
        QVERIFY(rounds().first().windowEnd.isEmpty());
    }

    void requestValidation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("path");
        auto json = [](const QJsonObject& o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); };
        QTest::newRow("start missing")
            << json({{u"vulnerability_ids"_s, QJsonArray{u"v1"_s}}}) << u"retesting_window_start"_s;
        QTest::newRow("start not strict UTC")
            << json(retestBody({u"v1"_s}, u"2025-03-23"_s)) << u"retesting_window_start"_s;
        QTest::newRow("start with offset")
            << json(retestBody({u"v1"_s}, u"2025-03-23T00:00:00+11:00"_s)) << u"retesting_window_start"_s;
        QTest::newRow("start a number")
            << json({{u"retesting_window_start"_s, 5}, {u"vulnerability_ids"_s, QJsonArray{u"v1"_s}}})
            << u"retesting_window_start"_s;
        QTest::newRow("end bad") << json(retestBody({u"v1"_s}, kStart, u"soon"_s))
                                 << u"retesting_window_end"_s;
        QTest::newRow("end before start")
            << json(retestBody({u"v1"_s}, kEnd, kStart)) << u"retesting_window_end"_s;
        QTest::newRow("ids empty") << json(retestBody({})) << u"vulnerability_ids"_s;
        QTest::newRow("ids missing") << json({{u"retesting_window_start"_s, kStart}})
                                     << u"vulnerability_ids"_s;
        QTest::newRow("ids not a list")
            << json({{u"retesting_window_start"_s, kStart}, {u"vulnerability_ids"_s, u"v1"_s}})
            << u"vulnerability_ids"_s;
        QTest::newRow("ids not strings") << json(retestBody({1, 2})) << u"vulnerability_ids"_s;
        QTest::newRow("unknown id") << json(retestBody({u"v1"_s, u"v9"_s})) << u"vulnerability_ids"_s;
        QTest::newRow("not ready") << json(retestBody({u"v2"_s})) << u"vulnerability_ids"_s;
        QTest::newRow("closed") << json(retestBody({u"v3"_s})) << u"vulnerability_ids"_s;
        QTest::newRow("invalid JSON") << QByteArray("{\"retesting_window_start\": ") << u"body"_s;
        QTest::newRow("not an object") << QByteArray("[\"v1\"]") << u"body"_s;
    }

    void requestValidation()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, path);
        SandboxReply r = m_client->send("POST", m_path + u"/request"_s, body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value(u"code"_s).toString(), u"VALIDATION_FAILED"_s);
        QVERIFY2(r.detailPaths().contains(path), qPrintable(r.detailPaths().join(u", "_s)));
        QVERIFY(rounds().isEmpty());
    }

    void requestOnProjectWithoutFindings()
    {
        m_sandbox->server->setVulnerabilities(kProject, {});
        SandboxReply r = m_client->post(m_path + u"/request"_s, retestBody({u"v1"_s}));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.detailPaths(), QStringList{u"vulnerability_ids"_s});
    }

    void requestOnUnknownProjectIs404()
    {
        QCOMPARE(m_client->post(u"/api/ss/project/nope/retest/request"_s, retestBody({u"v1"_s})).status, 404);
    }

    void updateRoundDates()
    {
        QCOMPARE(m_client->post(m_path + u"/request"_s, retestBody({u"v1"_s})).status, 200);
        SandboxReply r =
            m_client->put(m_path + u"/1"_s, {{u"requested_date"_s, u"2025-03-20T01:02:03.004Z"_s},
                                             {u"completed_date"_s, u"2025-03-31T00:00:00.000Z"_s}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"status"_s).toString(), u"Project Retest Round Updated"_s);
        RetestRound round = rounds().first();
        QCOMPARE(round.requestedDate, u"2025-03-20T01:02:03.004Z"_s);
        QCOMPARE(round.completedDate, u"2025-03-31T00:00:00.000Z"_s);
        // Only the date sent changes.
        QCOMPARE(
            m_client->put(m_path + u"/1"_s, {{u"completed_date"_s, u"2025-04-01T00:00:00.000Z"_s}}).status,
            200);
        round = rounds().first();
        QCOMPARE(round.requestedDate, u"2025-03-20T01:02:03.004Z"_s);
        QCOMPARE(round.completedDate, u"2025-04-01T00:00:00.000Z"_s);
    }

    void updateRoundErrors()
    {
        QCOMPARE(m_client->post(m_path + u"/request"_s, retestBody({u"v1"_s})).status, 200);
        QCOMPARE(m_client->put(m_path + u"/1"_s, {}).status, 400);
        QCOMPARE(m_client->put(m_path + u"/1"_s, {{u"requested_date"_s, u"yesterday"_s}}).detailPaths(),
                 QStringList{u"requested_date"_s});
        QCOMPARE(m_client->put(m_path + u"/1"_s, {{u"completed_date"_s, 20250301}}).detailPaths(),
                 QStringList{u"completed_date"_s});
        QCOMPARE(m_client->send("PUT", m_path + u"/1"_s, "nonsense").detailPaths(), QStringList{u"body"_s});
        SandboxReply unknown = m_client->put(m_path + u"/2"_s, {{u"requested_date"_s, kStart}});
        QCOMPARE(unknown.status, 404);
        QVERIFY(unknown.json.value(u"error"_s).toString().contains(u"round"_s));
        QCOMPARE(m_client->put(m_path + u"/abc"_s, {{u"requested_date"_s, kStart}}).detailPaths(),
                 QStringList{u"retestRoundNumber"_s});
        QCOMPARE(m_client->put(u"/api/ss/project/nope/retest/1"_s, {{u"requested_date"_s, kStart}}).status,
                 404);
    }

    void cancelAndComplete()
    {
        QCOMPARE(m_client->post(m_path + u"/request"_s, retestBody({u"v1"_s})).status, 200);
        QCOMPARE(m_client->post(m_path + u"/request"_s, retestBody({u"v4"_s})).status, 200);
        SandboxReply cancel = m_client->post(m_path + u"/1/cancel"_s);
        QCOMPARE(cancel.status, 200);
        QCOMPARE(cancel.json.value(u"status"_s).toString(), u"Project Retest Round Cancelled"_s);
        QCOMPARE(rounds().at(0).status, u"Cancelled"_s);
        QCOMPARE(m_client->post(m_path + u"/1/cancel"_s).status, 400);

        SandboxReply complete = m_client->post(m_path + u"/2/complete"_s);
        QCOMPARE(complete.status, 200);
        QVERIFY(complete.json.value(u"status"_s).isString());
        const RetestRound done = rounds().at(1);
        QCOMPARE(done.status, u"Completed"_s);
        QVERIFY(!done.isOpen());
        QVERIFY(!done.completedDate.isEmpty());
        QCOMPARE(done.retestedVulnerabilities, done.vulnerabilities);
        QCOMPARE(m_client->post(m_path + u"/7/complete"_s).status, 404);
        // A new request after cancelled/completed rounds still takes the next number.
        QCOMPARE(m_client->post(m_path + u"/request"_s, retestBody({u"v1"_s})).status, 200);
        QCOMPARE(rounds().last().number, 3);
    }

    void demoProjectsHaveReadyFindings()
    {
        SandboxServer demo(SandboxFixture::options());
        QVERIFY(demo.listen());
        SandboxTestClient client(demo.baseUrl(), "test-key-not-secret");
        int requested = 0;
        for (const QString& id : demo.projectIds()) {
            QString ready;
            for (const QJsonObject& v : demo.vulnerabilities(id)) {
                if (v.value(u"vulnerability_retest"_s).toString() == u"Yes"_s &&
                    v.value(u"vulnerability_status"_s).toString() == u"Open"_s &&
                    !v.value(u"vulnerability_is_pending"_s).toBool())
                    ready = v.value(u"vulnerability_id"_s).toString();
            }
            if (ready.isEmpty())
                continue;
            const int before = int(demo.project(id).value(u"project_retesting_history"_s).toArray().size());
            SandboxReply r =
                client.post(u"/api/ss/project/"_s + id + u"/retest/request"_s, retestBody({ready}));
            QCOMPARE(r.status, 200);
            const QJsonArray history = demo.project(id).value(u"project_retesting_history"_s).toArray();
            QCOMPARE(history.last().toObject().value(u"retesting_round"_s).toInt(), before + 1);
            ++requested;
        }
        QVERIFY(requested >= 20);
    }
};

QTEST_GUILESS_MAIN(TestSandboxRetest)
#include "TestSandboxRetest.moc"
