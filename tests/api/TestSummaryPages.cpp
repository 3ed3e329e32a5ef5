#include "tests/support/CallOutcome.h"
#include "tests/support/SandboxFixture.h"

#include "api/SsapiClient.h"
#include "api/SsapiEndpoints.h"
#include "models/ProjectSummary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace ForgeDeskTest;

// The list pages are cut down to the summaries' keys on the worker that parses them (issue 10, peak
// memory): every row the list receives must still be exactly what the full GetProjects record decodes
// to, on every page, for the demo tenant and for a generated large one.
class TestSummaryPages : public QObject
{
    Q_OBJECT

private:
    // Every project of the sandbox, decoded from the full records of one unreduced GetProjects answer.
    static QList<ProjectSummary> fromFullRecords(SsapiClient& client, int count)
    {
        CallOutcome<QJsonDocument> raw;
        client.send(SsapiEndpoints::getProjects({}, 0, count), nullptr, raw.callback());
        if (!QTest::qWaitFor([&] { return raw.result.has_value(); }, 30000) || !raw.result->isOk())
            return {};
        return ProjectSummary::fromReadJson(raw.result->value().object().value(u"projects"_s).toArray());
    }

    static void compareWithFullRecords(SandboxOptions options, int pageSize)
    {
        SandboxFixture sandbox(options);
        SsapiClient& client = *sandbox.client;
        client.setPageSize(pageSize);
        const QList<ProjectSummary> full = fromFullRecords(client, 500);
        QVERIFY(full.size() > pageSize); // several pages, so every page's cut is checked
        QList<ProjectSummary> rows;
        CallOutcome<int> out;
        client.fetchProjectSummaries(
            {}, nullptr, [&rows](const QList<ProjectSummary>& batch) { rows.append(batch); }, out.callback());
        QTRY_VERIFY_WITH_TIMEOUT(out.result.has_value(), 30000);
        QVERIFY2(out.result->isOk(), qPrintable(out.result->error().userMessage()));
        QCOMPARE(rows.size(), full.size());
        int withRounds = 0;
        int withHolds = 0;
        int withGroups = 0;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QVERIFY2(rows.at(i) == full.at(i), qPrintable(u"row %1 (%2)"_s.arg(i).arg(full.at(i).id)));
            withRounds += full.at(i).rounds.isEmpty() ? 0 : 1;
            withHolds += full.at(i).holdHistory.isEmpty() ? 0 : 1;
            withGroups += full.at(i).groupIds.isEmpty() ? 0 : 1;
        }
        // The comparison covers the nested parts too, not only plain fields.
        QVERIFY(withRounds > 0);
        QVERIFY(withHolds > 0);
        QVERIFY(withGroups > 0);
    }

private Q_SLOTS:
    void demoTenantRowsMatchFullRecords() { compareWithFullRecords(SandboxFixture::options(), 7); }

    void generatedTenantRowsMatchFullRecords()
    {
        SandboxOptions options = SandboxFixture::options();
        options.seedSize = 240;
        compareWithFullRecords(options, 50);
    }
};

QTEST_GUILESS_MAIN(TestSummaryPages)
#include "TestSummaryPages.moc"
