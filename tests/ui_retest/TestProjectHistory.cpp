// The History view against the sandbox: the sandbox records its writes as audit entries in the
// documented shape, and the view reads them page by page, newest first, with the request bodies.
#include "tests/support/RetestSandbox.h"

#include "api/SsapiClient.h"
#include "api/SsapiEndpoints.h"
#include "models/RetestRequest.h"
#include "ui/retest/ProjectHistoryView.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ForgeDeskTest;
using namespace ForgeDeskTest::RetestFixtures;

class TestProjectHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void sandboxRecordsWritesInTheDocumentedShape();
    void viewPagesNewestFirstWithBodies();

private:
    // A retest request, the cancel of the round it created, then a project update: three writes.
    void makeHistory();
    QJsonObject get(const SsapiRequest& request);

    std::unique_ptr<RetestSandbox> m_sandbox;
};

void TestProjectHistory::init()
{
    m_sandbox = std::make_unique<RetestSandbox>();
}

void TestProjectHistory::cleanup()
{
    m_sandbox.reset();
}

QJsonObject TestProjectHistory::get(const SsapiRequest& request)
{
    std::optional<ApiResult<QJsonDocument>> out;
    m_sandbox->client->send(request, this, [&out](const ApiResult<QJsonDocument>& r) { out = r; });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, 10000) || !out->isOk())
        return {};
    return out->value().object();
}

void TestProjectHistory::makeHistory()
{
    int done = 0;
    auto count = [&done](const auto& r) { done += r.isOk() ? 1 : 100; };
    RetestRequest retest;
    retest.windowStart = u"2030-03-01T00:00:00.000Z"_s;
    retest.vulnerabilityIds = {u"a-v1"_s};
    m_sandbox->client->requestRetest(kProject, retest, this, count);
    QTRY_COMPARE(done, 1);
    m_sandbox->client->cancelRetestRound(kProject, 2, this, count);
    QTRY_COMPARE(done, 2);
    m_sandbox->client->updateProject(kProject, {{u"name"_s, u"Payments API v2"_s}}, this, count);
    QTRY_COMPARE(done, 3);
    // A refused write is not an event: nothing recorded.
    m_sandbox->client->cancelRetestRound(kProject, 2, this, [](const ApiResult<QString>&) {});
    QTRY_COMPARE(m_sandbox->requests("POST", u"/cancel"_s).size(), 2);
}

void TestProjectHistory::sandboxRecordsWritesInTheDocumentedShape()
{
    makeHistory();
    const QJsonObject answer = get(SsapiEndpoints::getProjectAuditLogs(kProject, 0, 500, true));
    QCOMPARE(answer.value(u"count"_s).toInt(), 3);
    const QJsonArray logs = answer.value(u"logs"_s).toArray();
    QCOMPARE(logs.size(), 3);
    const QJsonObject newest = logs.at(0).toObject();
    QStringList keys = newest.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{u"created_timestamp"_s, u"endpoint"_s, u"event_description"_s, u"export"_s,
                                u"id"_s, u"method"_s, u"path"_s, u"project_id"_s, u"query"_s,
                                u"request_body"_s, u"source_ip_address"_s, u"status_code"_s, u"url"_s,
                                u"user_id"_s, u"user_role"_s, u"verbosity"_s}));
    QCOMPARE(newest.value(u"endpoint"_s).toString(), u"UpdateProjectById"_s);
    QCOMPARE(newest.value(u"method"_s).toString(), u"PUT"_s);
    QCOMPARE(newest.value(u"status_code"_s).toInt(), 200);
    QCOMPARE(newest.value(u"project_id"_s).toString(), kProject);
    QCOMPARE(newest.value(u"request_body"_s).toObject(), (QJsonObject{{u"name"_s, u"Payments API v2"_s}}));
    QCOMPARE(logs.at(1).toObject().value(u"endpoint"_s).toString(), u"CancelProjectRetestRound"_s);
    QCOMPARE(logs.at(1).toObject().value(u"path"_s).toString(),
             u"/api/ss/project/5e7c29afa3362408cf502a11/retest/2/cancel"_s);
    QCOMPARE(logs.at(2).toObject().value(u"endpoint"_s).toString(), u"RequestNewProjectRetest"_s);

    // Without include_request_body the bodies stay out; filters by method and endpoint.
    const QJsonObject plain = get(SsapiEndpoints::getProjectAuditLogs(kProject, 0, 500, false));
    QVERIFY(!plain.value(u"logs"_s).toArray().at(0).toObject().contains(u"request_body"_s));
    SsapiRequest posts = SsapiEndpoints::getProjectAuditLogs(kProject, 0, 500, false);
    posts.query.addQueryItem(u"method"_s, u"POST"_s);
    QCOMPARE(get(posts).value(u"count"_s).toInt(), 2);
}

void TestProjectHistory::viewPagesNewestFirstWithBodies()
{
    makeHistory();
    ProjectHistoryView view(m_sandbox->client.get());
    view.setPageSize(2);
    view.resize(900, 400);
    view.setProject(kProject, u"Payments API"_s);
    view.show();
    QTableWidget* table = view.table();
    QTRY_COMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 2)->text(), u"Project update"_s);
    QCOMPARE(table->item(0, 3)->text(), u"name: Payments API v2"_s);
    QCOMPARE(table->item(1, 2)->text(), u"Retest round 2 cancel"_s);
    QCOMPARE(table->item(0, 1)->text(), u"5f0000000000000000000000 (user)"_s);
    QCOMPARE(view.findChild<QLabel*>(u"statusLabel"_s)->text(), u"2 of 3 entries"_s);
    QList<RecordedRequest> reads = m_sandbox->requests("GET", u"/auditlogs"_s);
    QCOMPARE(reads.size(), 1);
    QCOMPARE(reads.at(0).path, u"/api/ss/project/5e7c29afa3362408cf502a11/auditlogs"_s);
    QCOMPARE(reads.at(0).query.toString(), u"skip=0&limit=2&include_request_body=true"_s);

    auto* more = view.findChild<QPushButton*>(u"moreButton"_s);
    QVERIFY(more->isEnabled());
    QTest::mouseClick(more, Qt::LeftButton);
    QTRY_COMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(2, 2)->text(), u"Retest request"_s);
    QCOMPARE(table->item(2, 3)->text(),
             u"retesting_window_start: 2030-03-01T00:00:00.000Z\nvulnerability_ids: [\"a-v1\"]"_s);
    reads = m_sandbox->requests("GET", u"/auditlogs"_s);
    QCOMPARE(reads.size(), 2);
    QCOMPARE(reads.at(1).query.toString(), u"skip=2&limit=2&include_request_body=true"_s);
    QVERIFY(!more->isEnabled());
}

QTEST_MAIN(TestProjectHistory)
#include "TestProjectHistory.moc"
