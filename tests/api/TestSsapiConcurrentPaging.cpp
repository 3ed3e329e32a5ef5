#include "tests/support/CallOutcome.h"
#include "tests/support/HeldPagesServer.h"
#include "tests/support/ProjectJson.h"
#include "tests/support/ScriptedHttpServer.h"
#include "tests/support/TestKeys.h"

#include "api/SsapiCall.h"
#include "api/SsapiClient.h"
#include "models/RetestRequest.h"
#include "models/RetestRoundUpdate.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace ForgeDeskTest;
using Kind = ScriptedResponse::Kind;
using C = ApiError::Category;

#include <numeric>

// The project list fetched with several pages in flight (issue 10): answers that arrive out of order
// are still handed over in list order, Cancel stops every page, and a failed page is retried alone.
class TestSsapiConcurrentPaging : public QObject
{
    Q_OBJECT

private:
    static QStringList ids(const QList<ProjectSummary>& rows)
    {
        QStringList out;
        for (const ProjectSummary& r : rows)
            out.append(r.id);
        return out;
    }
    static QStringList expectedIds(int count)
    {
        QStringList out;
        for (int i = 0; i < count; ++i)
            out.append(u"p%1"_s.arg(i));
        return out;
    }
    static void configure(SsapiClient& client, const QUrl& url)
    {
        QVERIFY(client.setBaseUrl(url).isEmpty());
        client.setApiKey(kWireKey);
        client.setRetryPolicy({3, 1, 5, 5000});
        client.setTimeout(60000);
    }

private Q_SLOTS:
    void answersOutOfOrderAreHandedOverInOrder()
    {
        HeldPagesServer server(9, 2);
        QVERIFY(server.listen());
        SsapiClient client;
        configure(client, server.baseUrl());
        client.setPageSize(2);
        client.setPageConcurrency(4);
        QList<ProjectSummary> rows;
        QList<int> batchSizes;
        CallOutcome<int> out;
        SsapiCall* call = client.fetchProjectSummaries(
            {}, this,
            [&](const QList<ProjectSummary>& batch) {
                rows.append(batch);
                batchSizes.append(int(batch.size()));
            },
            out.callback());
        QSignalSpy progress(call, &SsapiCall::pageReceived);
        // The first page, then four pages side by side (not five: the window is four).
        QTRY_COMPARE(server.heldCount(), 4);
        QCOMPARE(server.skips(), (QList<int>{0, 2, 4, 6, 8}));
        QTRY_COMPARE(ids(rows), expectedIds(2)); // the first page is shown before the others come
        server.releaseInReverse();               // page 5 arrives first, page 2 last
        QTRY_VERIFY(out.result);
        QVERIFY2(out.result->isOk(), qPrintable(out.result->error().userMessage()));
        QCOMPARE(out.result->value(), 9);
        QCOMPARE(ids(rows), expectedIds(9));
        // The first page alone; pages decoded by then may come together (one batch for consecutive ones).
        QCOMPARE(batchSizes.first(), 2);
        QCOMPARE(std::accumulate(batchSizes.cbegin(), batchSizes.cend(), 0), 9);
        QCOMPARE(progress.size(), 5);
        QCOMPARE(progress.last(), (QVariantList{9, 9}));
        QCOMPARE(server.skips().size(), 5); // no page asked for twice
    }

    void cancelStopsEveryPage()
    {
        HeldPagesServer server(20, 2);
        QVERIFY(server.listen());
        SsapiClient client;
        configure(client, server.baseUrl());
        client.setPageSize(2);
        client.setPageConcurrency(3);
        QList<ProjectSummary> rows;
        CallOutcome<int> out;
        SsapiCall* call = client.fetchProjectSummaries(
            {}, this, [&](const QList<ProjectSummary>& batch) { rows.append(batch); }, out.callback());
        QTRY_COMPARE(server.heldCount(), 3);
        call->cancel();
        QTRY_VERIFY(out.result);
        QCOMPARE(out.category(), C::Cancelled);
        QCOMPARE(out.calls, 1);
        // Every page in flight was aborted (its connection closed) and no other page was asked for.
        QTRY_COMPARE(server.heldCount(), 0);
        QCOMPARE(server.skips(), (QList<int>{0, 2, 4, 6}));
        QCOMPARE(ids(rows), expectedIds(2));
    }

    void failedPageIsRetriedAlone()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        SsapiClient client;
        configure(client, server.baseUrl());
        client.setPageSize(2);
        client.setPageConcurrency(3);
        bool failedOnce = false;
        server.setHandler([&failedOnce](const RecordedRequest& r) {
            const int skip = r.query.queryItemValue(u"skip"_s).toInt();
            if (skip == 4 && !failedOnce) {
                failedOnce = true;
                return ScriptedResponse::json(503, {{u"message"_s, u"busy"_s}});
            }
            return ScriptedResponse::json(200, {{u"count"_s, 8}, {u"projects"_s, namedProjects(skip, 2)}});
        });
        QList<ProjectSummary> rows;
        CallOutcome<int> out;
        client.fetchProjectSummaries(
            {}, this, [&](const QList<ProjectSummary>& batch) { rows.append(batch); }, out.callback());
        QTRY_VERIFY(out.result);
        QVERIFY2(out.result->isOk(), qPrintable(out.result->error().userMessage()));
        QCOMPARE(ids(rows), expectedIds(8));
        QStringList skips;
        for (const RecordedRequest& r : server.requests())
            skips.append(r.query.queryItemValue(u"skip"_s));
        skips.sort();
        QCOMPARE(skips, (QStringList{u"0"_s, u"2"_s, u"4"_s, u"4"_s, u"6"_s})); // only skip=4 twice
    }

    void failedPageEndsTheFetchAfterItsRetries()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        SsapiClient client;
        configure(client, server.baseUrl());
        client.setRetryPolicy({1, 1, 5, 5000});
        client.setPageSize(2);
        client.setPageConcurrency(2);
        server.setHandler([](const RecordedRequest& r) {
            const int skip = r.query.queryItemValue(u"skip"_s).toInt();
            if (skip == 2)
                return ScriptedResponse::json(503, {{u"message"_s, u"busy"_s}});
            return ScriptedResponse::json(200, {{u"count"_s, 6}, {u"projects"_s, namedProjects(skip, 2)}});
        });
        QList<ProjectSummary> rows;
        CallOutcome<int> out;
        client.fetchProjectSummaries(
            {}, this, [&](const QList<ProjectSummary>& batch) { rows.append(batch); }, out.callback());
        QTRY_VERIFY(out.result);
        QCOMPARE(out.category(), C::Server);
        QCOMPARE(ids(rows), expectedIds(2)); // page 3 may have come, but is never shown before page 2
    }

    void sequentialWithoutCount()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        SsapiClient client;
        configure(client, server.baseUrl());
        client.setPageSize(2);
        client.setPageConcurrency(4);
        server.setHandler([](const RecordedRequest& r) {
            const int skip = r.query.queryItemValue(u"skip"_s).toInt();
            return ScriptedResponse::json(200, {{u"projects"_s, namedProjects(skip, skip < 4 ? 2 : 1)}});
        });
        CallOutcome<QList<Project>> out;
        client.fetchProjects({}, this, out.callback());
        QTRY_VERIFY(out.result);
        QVERIFY(out.result->isOk());
        QCOMPARE(out.result->value().size(), 5);
        QCOMPARE(server.requestCount(), 3); // without a count nothing is asked for ahead
    }
};

QTEST_GUILESS_MAIN(TestSsapiConcurrentPaging)
#include "TestSsapiConcurrentPaging.moc"
