// Black-box tests of the sandbox's read endpoints, UpdateProjectById and its error answers, over a
// real loopback socket.

#include "tests/support/SandboxFixture.h"
#include "tests/support/SandboxTestClient.h"

#include "models/IsoDate.h"

using namespace Qt::StringLiterals;
using namespace ForgeDeskTest;

class TestSandboxEndpoints : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<SandboxTestClient> m_client;
    QString m_id; // the first demo project

    QString projectPath() const { return u"/api/ss/project/"_s + m_id; }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>(SandboxFixture::options());
        QVERIFY(m_sandbox->server->port() != 0);
        QCOMPARE(m_sandbox->server->baseUrl().host(), u"127.0.0.1"_s);
        m_client = std::make_unique<SandboxTestClient>(m_sandbox->server->baseUrl(), "test-key-not-secret");
        m_id = m_sandbox->server->projectIds().first();
    }
    void cleanup()
    {
        m_client.reset();
        m_sandbox.reset();
    }

    void demoSeedIsRealistic()
    {
        QVERIFY(m_sandbox->server->projectIds().size() >= 25);
        QVERIFY(m_sandbox->server->groups().size() >= 4);
        QVERIFY(m_sandbox->server->portfolios().size() >= 3);
        QCOMPARE(m_sandbox->server->project(m_id).value(u"project_name"_s).toString(),
                 u"ACME Payments API Pentest"_s);
        int onHold = 0, withRounds = 0;
        QSet<QString> groups;
        for (const QString& id : m_sandbox->server->projectIds()) {
            const QJsonObject p = m_sandbox->server->project(id);
            onHold += p.value(u"project_on_hold"_s).toString() == u"Yes"_s;
            withRounds += !p.value(u"project_retesting_history"_s).toArray().isEmpty();
            for (const QJsonValue& g : p.value(u"project_groups"_s).toArray())
                groups.insert(g.toObject().value(u"id"_s).toString());
            QVERIFY(!p.value(u"project_custom_fields"_s).toArray().isEmpty());
            QVERIFY(!p.value(u"project_reporting_custom_fields"_s).toArray().isEmpty());
            QVERIFY(!p.value(u"project_summary_custom_fields"_s).toArray().isEmpty());
            const int vulns = int(m_sandbox->server->vulnerabilities(id).size());
            QVERIFY2(vulns >= 5 && vulns <= 30, qPrintable(QString::number(vulns)));
            if (p.value(u"project_on_hold"_s).toString() == u"Yes"_s)
                QVERIFY(!p.value(u"project_hold_history"_s).toArray().isEmpty());
        }
        QVERIFY(onHold >= 1);
        QVERIFY(withRounds >= 3);
        QVERIFY(groups.size() >= 4);
        // Deterministic: a second server seeds the same projects.
        SandboxServer again(SandboxFixture::options());
        QCOMPARE(again.projectIds(), m_sandbox->server->projectIds());
        QCOMPARE(again.vulnerabilities(m_id), m_sandbox->server->vulnerabilities(m_id));
    }

    void requestsWithoutKeyAreRefused()
    {
        m_client->setKey({});
        SandboxReply r = m_client->get(u"/api/ss/projects"_s);
        QCOMPARE(r.status, 401);
        QVERIFY(r.isJsonObject);
        QVERIFY(r.json.contains(u"error"_s));
        QVERIFY(!r.body.contains("test-key-not-secret"));
        m_client->setKey("wrong");
        QCOMPARE(m_client->get(projectPath()).status, 401);
        QCOMPARE(m_client->put(projectPath(), {{u"name"_s, u"x"_s}}).status, 401);
        QCOMPARE(m_sandbox->server->project(m_id).value(u"project_name"_s).toString(),
                 u"ACME Payments API Pentest"_s);
    }

    void getProjectsPages()
    {
        SandboxReply all = m_client->get(u"/api/ss/projects"_s);
        QCOMPARE(all.status, 200);
        const int total = all.json.value(u"count"_s).toInt();
        QCOMPARE(total, m_sandbox->server->projectIds().size());
        QCOMPARE(all.json.value(u"projects"_s).toArray().size(), total);
        const QJsonObject first = all.json.value(u"projects"_s).toArray().first().toObject();
        for (const char16_t* key : {u"project_id", u"project_name", u"project_retesting_history",
                                    u"project_hold_history", u"project_last_modified", u"project_groups"})
            QVERIFY2(first.contains(QString::fromUtf16(key)), qPrintable(QString::fromUtf16(key)));

        SandboxReply page = m_client->get(u"/api/ss/projects?skip=10&limit=5"_s);
        QCOMPARE(page.json.value(u"count"_s).toInt(), total);
        const QJsonArray projects = page.json.value(u"projects"_s).toArray();
        QCOMPARE(projects.size(), 5);
        QCOMPARE(projects.first().toObject().value(u"project_id"_s).toString(),
                 m_sandbox->server->projectIds().at(10));
        QCOMPARE(m_client->get(u"/api/ss/projects?skip=1000"_s).json.value(u"projects"_s).toArray().size(),
                 0);
    }

    void getProjectsCapsLimitAt500()
    {
        SandboxServer big([] {
            SandboxOptions o = SandboxFixture::options();
            o.seedSize = 600;
            return o;
        }());
        QVERIFY(big.listen());
        SandboxTestClient client(big.baseUrl(), "test-key-not-secret");
        SandboxReply r = client.get(u"/api/ss/projects?limit=1000"_s);
        QCOMPARE(r.json.value(u"count"_s).toInt(), 600);
        QCOMPARE(r.json.value(u"projects"_s).toArray().size(), 500);
        QCOMPARE(client.get(u"/api/ss/projects"_s).json.value(u"projects"_s).toArray().size(), 500);
        QCOMPARE(client.get(u"/api/ss/projects?skip=500"_s).json.value(u"projects"_s).toArray().size(), 100);
    }

    void getProjectsFilters()
    {
        SandboxReply byName = m_client->get(u"/api/ss/projects?name=payments%20api"_s);
        QCOMPARE(byName.json.value(u"count"_s).toInt(), 1);
        SandboxReply byCode = m_client->get(u"/api/ss/projects?code=ACME-0001"_s);
        QCOMPARE(byCode.json.value(u"count"_s).toInt(), 1);
        SandboxReply onHold = m_client->get(u"/api/ss/projects?status=On-Hold"_s);
        for (const QJsonValue& p : onHold.json.value(u"projects"_s).toArray())
            QCOMPARE(p.toObject().value(u"project_on_hold"_s).toString(), u"Yes"_s);
        QCOMPARE(m_client->get(u"/api/ss/projects?status=Sleeping"_s).detailPaths(),
                 QStringList{u"status"_s});
        QCOMPARE(m_client->get(u"/api/ss/projects?startDate=yesterday"_s).detailPaths(),
                 QStringList{u"startDate"_s});
        QCOMPARE(m_client->get(u"/api/ss/projects?limit=abc"_s).detailPaths(), QStringList{u"limit"_s});
        QCOMPARE(m_client->get(u"/api/ss/projects?skip=-1"_s).detailPaths(), QStringList{u"skip"_s});
        const QString start = m_sandbox->server->project(m_id).value(u"project_start_date"_s).toString();
        SandboxReply window = m_client->get(u"/api/ss/projects?startDate="_s + start);
        for (const QJsonValue& p : window.json.value(u"projects"_s).toArray())
            QVERIFY(p.toObject().value(u"project_start_date"_s).toString() >= start);
    }

    void getProjectById()
    {
        SandboxReply r = m_client->get(projectPath());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"project"_s).toObject(), m_sandbox->server->project(m_id));
        SandboxReply missing = m_client->get(u"/api/ss/project/000000000000000000000000"_s);
        QCOMPARE(missing.status, 404);
        QVERIFY(missing.json.value(u"error"_s).isString());
        QCOMPARE(m_client->get(u"/api/ss/nothing"_s).status, 404);
        QCOMPARE(m_client->send("DELETE", projectPath()).status, 405);
    }

    void updateChangesOnlyTheFieldsSent()
    {
        const QJsonObject before = m_sandbox->server->project(m_id);
        SandboxReply r = m_client->put(projectPath(), {{u"name"_s, u"ACME Payments API Pentest 2"_s},
                                                       {u"scoringSystem"_s, u"Manual"_s},
                                                       {u"team_notifications"_s, QJsonArray{u"critical"_s}}});
        QCOMPARE(r.status, 200);
        const QJsonObject response = r.json.value(u"project"_s).toObject();
        QCOMPARE(response.value(u"name"_s).toString(), u"ACME Payments API Pentest 2"_s);
        QCOMPARE(response.value(u"scoring_system"_s).toString(), u"Manual"_s);
        QCOMPARE(response.value(u"id"_s).toString(), m_id);
        QVERIFY(!response.contains(u"project_name"_s));
        QVERIFY(response.value(u"last_updated"_s).toString() >
                before.value(u"project_last_modified"_s).toString());

        const QJsonObject after = m_sandbox->server->project(m_id);
        QCOMPARE(after.value(u"project_name"_s).toString(), u"ACME Payments API Pentest 2"_s);
        QCOMPARE(after.value(u"project_scoring"_s).toString(), u"Manual"_s);
        QCOMPARE(after.value(u"project_team_notifications"_s).toArray(), QJsonArray{u"critical"_s});
        QCOMPARE(after.value(u"project_last_modified"_s).toString(),
                 response.value(u"last_updated"_s).toString());
        for (const QString& key : before.keys()) {
            if (key != u"project_name"_s && key != u"project_scoring"_s &&
                key != u"project_team_notifications"_s && key != u"project_last_modified"_s)
                QVERIFY2(after.value(key) == before.value(key), qPrintable(key));
        }
    }

    void updateResolvesGroupsStreamsAndHold()
    {
        const Group group = m_sandbox->server->groups().last();
        const Portfolio portfolio = m_sandbox->server->portfolios().first();
        SandboxReply r = m_client->put(
            projectPath(),
            {{u"groups"_s, QJsonArray{group.id}},
             {u"portfolio_streams"_s, QJsonArray{QJsonObject{{u"portfolioId"_s, portfolio.id},
                                                             {u"streamId"_s, portfolio.streams.first().id}}}},
             {u"isOnHold"_s, u"Yes"_s},
             {u"isOnHoldReason"_s, u"Client asked to pause."_s}});
        QCOMPARE(r.status, 200);
        const QJsonObject p = m_sandbox->server->project(m_id);
        QCOMPARE(p.value(u"project_groups"_s).toArray(),
                 (QJsonArray{QJsonObject{{u"id"_s, group.id}, {u"name"_s, group.name}}}));
        const QJsonObject stream = p.value(u"project_streams"_s).toArray().first().toObject();
        QCOMPARE(stream.value(u"name"_s).toString(), portfolio.streams.first().name);
        QCOMPARE(p.value(u"project_status"_s).toString(), u"On-Hold"_s);
        const QJsonObject hold = p.value(u"project_hold_history"_s).toArray().last().toObject();
        QCOMPARE(hold.value(u"reason"_s).toString(), u"Client asked to pause."_s);
        QCOMPARE(r.json.value(u"project"_s)
                     .toObject()
                     .value(u"groups"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"name"_s),
                 QJsonValue(group.name));
    }

    void updateValidationFailures_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("path");
        QTest::newRow("wrong type") << QByteArray("{\"name\": 5}") << u"name"_s;
        QTest::newRow("empty name") << QByteArray("{\"name\": \"  \"}") << u"name"_s;
        QTest::newRow("bad choice") << QByteArray("{\"scoringSystem\": \"CVSS2\"}") << u"scoringSystem"_s;
        QTest::newRow("bad date") << QByteArray("{\"startDate\": \"2021-06-03\"}") << u"startDate"_s;
        QTest::newRow("end before start")
            << QByteArray(
                   "{\"startDate\": \"2021-06-03T00:00:00.000Z\", \"endDate\": \"2021-06-01T00:00:00.000Z\"}")
            << u"endDate"_s;
        QTest::newRow("set not a list")
            << QByteArray("{\"team_notifications\": \"high\"}") << u"team_notifications"_s;
        QTest::newRow("set bad value")
            << QByteArray("{\"admin_notifications\": [\"critical\"]}") << u"admin_notifications[0]"_s;
        QTest::newRow("bad e-mail") << QByteArray(
                                           "{\"new_vulnerability_email_additional_recipients\": [\"soc\"]}")
                                    << u"new_vulnerability_email_additional_recipients[0]"_s;
        QTest::newRow("bad custom key")
            << QByteArray("{\"custom_fields\": [{\"key\": \"a b\", \"value\": \"x\"}]}")
            << u"custom_fields[0].key"_s;
        QTest::newRow("unknown group") << QByteArray("{\"groups\": [\"nope\"]}") << u"groups[0]"_s;
        QTest::newRow("stream not in portfolio")
            << QByteArray("{\"portfolio_streams\": [{\"portfolioId\": \"65c0ffee0000000000000001\", "
                          "\"streamId\": \"x\"}]}")
            << u"portfolio_streams[0]"_s;
        QTest::newRow("bad role")
            << QByteArray("{\"features\": {\"reporting\": {\"access\": {\"roles\": [\"admin\"]}}}}")
            << u"features.reporting.access.roles"_s;
        QTest::newRow("vulnerability code length")
            << QByteArray("{\"vulnerability_code\": \"AB\"}") << u"vulnerability_code"_s;
        QTest::newRow("unknown field")
            << QByteArray("{\"scoring_system\": \"Manual\"}") << u"scoring_system"_s;
        QTest::newRow("invalid JSON") << QByteArray("{\"name\": ") << u"body"_s;
        QTest::newRow("array body") << QByteArray("[\"name\"]") << u"body"_s;
        QTest::newRow("string body") << QByteArray("\"name\"") << u"body"_s;
        QTest::newRow("empty body") << QByteArray() << u"body"_s;
    }

    void updateValidationFailures()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, path);
        const QJsonObject before = m_sandbox->server->project(m_id);
        SandboxReply r = m_client->send("PUT", projectPath(), body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value(u"code"_s).toString(), u"VALIDATION_FAILED"_s);
        QVERIFY(!r.json.value(u"message"_s).toString().isEmpty());
        QVERIFY2(r.detailPaths().contains(path), qPrintable(r.detailPaths().join(u", "_s)));
        for (const QJsonValue& d : r.details())
            QVERIFY(!d.toObject().value(u"info"_s).toString().isEmpty());
        QCOMPARE(m_sandbox->server->project(m_id), before);
    }

    void updateUnknownProjectIs404()
    {
        SandboxReply r = m_client->put(u"/api/ss/project/000000000000000000000000"_s, {{u"name"_s, u"x"_s}});
        QCOMPARE(r.status, 404);
        QVERIFY(r.json.contains(u"error"_s));
    }

    void hugeBodyIs413()
    {
        QByteArray body = "{\"executive_summary\": \"";
        body += QByteArray(9 * 1024 * 1024, 'a');
        body += "\"}";
        SandboxReply r = m_client->send("PUT", projectPath(), body, 30000);
        QCOMPARE(r.status, 413);
        QVERIFY(r.isJsonObject);
        // The server is still fine afterwards.
        QCOMPARE(m_client->get(projectPath()).status, 200);
    }

    void garbageRequestsNeverBreakTheServer()
    {
        QCOMPARE(m_client->send("PUT", projectPath(), QByteArray("\xff\xfe\x00{", 4)).status, 400);
        QCOMPARE(m_client->send("POST", projectPath() + u"/retest/request"_s, "null").status, 400);
        QCOMPARE(m_client->send("POST", projectPath() + u"/retest/request"_s, "[]").status, 400);
        QCOMPARE(m_client->send("GET", u"/api/ss/project/%2E%2E/vulnerabilities"_s).status, 404);
        QCOMPARE(m_client->send("PATCH", u"/api/ss/projects"_s).status, 405);
        QCOMPARE(m_client->get(u"/api/ss/projects"_s).status, 200);
    }

    void groupsAndPortfolios()
    {
        SandboxReply g = m_client->get(u"/api/ss/groups"_s);
        QCOMPARE(g.status, 200);
        QCOMPARE(g.json.value(u"count"_s).toInt(), m_sandbox->server->groups().size());
        const QJsonObject group = g.json.value(u"groups"_s).toArray().first().toObject();
        QCOMPARE(Group::fromJson(group), m_sandbox->server->groups().first());
        QVERIFY(group.contains(u"group_id"_s) && group.contains(u"group_name"_s));

        SandboxReply p = m_client->get(u"/api/ss/portfolios"_s);
        QCOMPARE(p.status, 200);
        const QJsonArray portfolios = p.json.value(u"portfolios"_s).toArray();
        QCOMPARE(portfolios.size(), m_sandbox->server->portfolios().size());
        QCOMPARE(Portfolio::fromJson(portfolios.first().toObject()), m_sandbox->server->portfolios().first());
        QVERIFY(!m_sandbox->server->portfolios().first().streams.isEmpty());
    }

    void vulnerabilitiesPageAndFilter()
    {
        const QString path = projectPath() + u"/vulnerabilities"_s;
        const QList<QJsonObject> stored = m_sandbox->server->vulnerabilities(m_id);
        int published = 0, ready = 0;
        for (const QJsonObject& v : stored) {
            if (v.value(u"vulnerability_is_pending"_s).toBool())
                continue;
            ++published;
            ready += v.value(u"vulnerability_retest"_s).toString() == u"Yes"_s;
        }
        SandboxReply all = m_client->get(path);
        QCOMPARE(all.status, 200);
        QCOMPARE(all.json.value(u"count"_s).toInt(), published);
        const QJsonObject first = all.json.value(u"vulnerabilities"_s).toArray().first().toObject();
        for (const char16_t* key :
             {u"vulnerability_id", u"vulnerability_alternate_id", u"vulnerability_title",
              u"vulnerability_priority", u"vulnerability_status", u"vulnerability_retest"})
            QVERIFY(first.contains(QString::fromUtf16(key)));

        SandboxReply page = m_client->get(path + u"?skip=2&limit=2"_s);
        QCOMPARE(page.json.value(u"count"_s).toInt(), published);
        QCOMPARE(page.json.value(u"vulnerabilities"_s).toArray().size(), 2);

        const QString q = QString::fromLatin1(QUrl::toPercentEncoding(u"{is_retest:{$eq:\"Yes\"}}"_s));
        SandboxReply retest = m_client->get(path + u"?q="_s + q);
        QCOMPARE(retest.status, 200);
        QCOMPARE(retest.json.value(u"count"_s).toInt(), ready);
        for (const QJsonValue& v : retest.json.value(u"vulnerabilities"_s).toArray())
            QCOMPARE(v.toObject().value(u"vulnerability_retest"_s).toString(), u"Yes"_s);

        const QString q2 = QString::fromLatin1(QUrl::toPercentEncoding(
            u"{ $and: [ { priority: { $in: [ 'Critical', 'High' ] } }, { status: { $eq: \"Open\" } } ] }"_s));
        SandboxReply open = m_client->get(path + u"?q="_s + q2);
        QCOMPARE(open.status, 200);
        for (const QJsonValue& v : open.json.value(u"vulnerabilities"_s).toArray()) {
            QCOMPARE(v.toObject().value(u"vulnerability_status"_s).toString(), u"Open"_s);
            QVERIFY(QStringList({u"Critical"_s, u"High"_s})
                        .contains(v.toObject().value(u"vulnerability_priority"_s).toString()));
        }
        const QString q3 = QString::fromLatin1(
            QUrl::toPercentEncoding(u"{created: {$gte: datetime(\"now\", \"-100 years\")}}"_s));
        QCOMPARE(m_client->get(path + u"?q="_s + q3).json.value(u"count"_s).toInt(), published);

        QCOMPARE(m_client->get(path + u"?q=%7Bis_retest%3A"_s).detailPaths(), QStringList{u"q"_s});
        QCOMPARE(m_client->get(path + u"?q=%7Ba%3A%7B%24where%3A1%7D%7D"_s).detailPaths(),
                 QStringList{u"q"_s});
        QCOMPARE(m_client->get(path + u"?priority=Severe"_s).detailPaths(), QStringList{u"priority"_s});
        QCOMPARE(m_client->get(u"/api/ss/project/000000000000000000000000/vulnerabilities"_s).status, 404);
    }

    void pendingVulnerabilitiesOnlyOnRequest()
    {
        QList<QJsonObject> list = m_sandbox->server->vulnerabilities(m_id).mid(0, 3);
        list[0].insert(u"vulnerability_is_pending"_s, true);
        m_sandbox->server->setVulnerabilities(m_id, list);
        const QString path = projectPath() + u"/vulnerabilities"_s;
        QCOMPARE(m_client->get(path).json.value(u"count"_s).toInt(), 2);
        SandboxReply pending = m_client->get(path + u"?pendingVulnerabilities=true"_s);
        QCOMPARE(pending.json.value(u"count"_s).toInt(), 1);
        QCOMPARE(m_sandbox->server->project(m_id).value(u"project_total_vulnerabilities"_s).toInt(), 2);
        QCOMPARE(m_sandbox->server->project(m_id).value(u"project_pending_vulnerabilities"_s).toInt(), 1);
    }

    void putProjectSimulatesAnotherEdit()
    {
        QJsonObject p = m_sandbox->server->project(m_id);
        p.insert(u"project_name"_s, u"Edited elsewhere"_s);
        p.insert(u"project_last_modified"_s, IsoDate::format(QDateTime::currentDateTimeUtc().addSecs(60)));
        m_sandbox->server->putProject(p);
        QCOMPARE(m_client->get(projectPath())
                     .json.value(u"project"_s)
                     .toObject()
                     .value(u"project_name"_s)
                     .toString(),
                 u"Edited elsewhere"_s);
        QCOMPARE(m_sandbox->server->projectIds().size(), 30);
    }

    void requestsAreRecorded()
    {
        QSignalSpy received(m_sandbox->server.get(), &SandboxServer::requestReceived);
        m_client->put(projectPath() + u"?x=1"_s, {{u"name"_s, u"Recorded"_s}});
        QCOMPARE(received.count(), 1);
        const RecordedRequest r = m_sandbox->server->requests().last();
        QCOMPARE(r.method, QByteArray("PUT"));
        QCOMPARE(r.path, projectPath());
        QCOMPARE(r.query.queryItemValue(u"x"_s), u"1"_s);
        QCOMPARE(r.headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(QJsonDocument::fromJson(r.body).object(), (QJsonObject{{u"name"_s, u"Recorded"_s}}));
        m_sandbox->server->clearRequests();
        QVERIFY(m_sandbox->server->requests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxEndpoints)
#include "TestSandboxEndpoints.moc"
