#include "tests/support/CallOutcome.h"
#include "tests/support/HeldPagesServer.h"
#include "tests/support/TestKeys.h"

#include "api/SsapiClient.h"
#include "models/ProjectSummary.h"

#include <QtTest>

using namespace ForgeDeskTest;

// A client nobody configured pages the project list four pages at a time (issue 10: "default 4, a
// setting"); a setting of 1 pages one after another.
class TestSsapiPagingDefaults : public QObject
{
    Q_OBJECT

private:
    static void configure(SsapiClient& client, const QUrl& url)
    {
        QVERIFY(client.setBaseUrl(url).isEmpty());
        client.setApiKey(kApiKey);
        client.setTimeout(60000);
        client.setPageSize(2);
    }

private Q_SLOTS:
    void fourPagesInFlightByDefault()
    {
        HeldPagesServer server(10, 2);
        QVERIFY(server.listen());
        SsapiClient client;
        configure(client, server.baseUrl());
        QCOMPARE(client.pageConcurrency(), 4);
        CallOutcome<int> out;
        client.fetchProjectSummaries(
            {}, this, [](const QList<ProjectSummary>&) {}, out.callback());
        QTRY_COMPARE(server.heldCount(), 4);
        QCOMPARE(server.skips(), (QList<int>{0, 2, 4, 6, 8}));
        server.releaseInReverse();
        QTRY_VERIFY(out.result);
        QVERIFY2(out.result->isOk(), qPrintable(out.result->error().userMessage()));
        QCOMPARE(out.result->value(), 10);
    }

    void settingOnePagesOneAfterAnother()
    {
        HeldPagesServer server(6, 2);
        QVERIFY(server.listen());
        SsapiClient client;
        configure(client, server.baseUrl());
        client.setPageConcurrency(1);
        CallOutcome<int> out;
        client.fetchProjectSummaries(
            {}, this, [](const QList<ProjectSummary>&) {}, out.callback());
        QTRY_COMPARE(server.heldCount(), 1);
        QCOMPARE(server.skips(), (QList<int>{0, 2}));
        server.releaseInReverse();
        QTRY_COMPARE(server.heldCount(), 1);
        QCOMPARE(server.skips(), (QList<int>{0, 2, 4}));
        server.releaseInReverse();
        QTRY_VERIFY(out.result);
        QCOMPARE(out.result->value(), 6);
    }
};

QTEST_GUILESS_MAIN(TestSsapiPagingDefaults)
#include "TestSsapiPagingDefaults.moc"
