// The bulk retest job queue without any widget (QCoreApplication only): the order of the calls that
// reach the sandbox, the rows' states, and the doubt rule after a lost answer whose check failed too.
#include "tests/support/RetestSandbox.h"

#include "api/SsapiClient.h"
#include "models/BulkRetestModel.h"
#include "ui/retest/BulkRetestRun.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ForgeDeskTest;
using namespace ForgeDeskTest::RetestFixtures;
using State = BulkRetestModel::State;

class TestBulkRetestRun : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void sendsProjectsOneAfterTheOther();
    void uncheckedDoubtIsCheckedBeforeResending();

private:
    QList<Project> projects() const
    {
        return {m_sandbox->storedProject(kProject), m_sandbox->storedProject(kOther),
                m_sandbox->storedProject(kEmpty)};
    }
    // "METHOD path" of every request since `from`.
    QStringList calls(qsizetype from = 0) const
    {
        QStringList out;
        const QList<RecordedRequest> all = m_sandbox->server->requests();
        for (qsizetype i = from; i < all.size(); ++i)
            out << QString::fromLatin1(all.at(i).method) + u' ' + all.at(i).path;
        return out;
    }

    std::unique_ptr<RetestSandbox> m_sandbox;
};

void TestBulkRetestRun::init()
{
    m_sandbox = std::make_unique<RetestSandbox>();
}

void TestBulkRetestRun::cleanup()
{
    m_sandbox.reset();
}

void TestBulkRetestRun::sendsProjectsOneAfterTheOther()
{
    BulkRetestModel model;
    const QList<Project> list = projects();
    model.setProjects(list);
    BulkRetestRun run(m_sandbox->client.get(), &model, list);
    QSignalSpy finished(&run, &BulkRetestRun::runFinished);
    QSignalSpy progressed(&run, &BulkRetestRun::progressed);
    RetestRequest window{u"2030-03-01T00:00:00.000Z"_s, u"2030-03-05T23:59:59.999Z"_s, {u"ignored"_s}};
    run.start(window);
    QVERIFY(run.isRunning());
    QVERIFY(finished.wait(10000));
    QVERIFY(!run.isRunning());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(progressed.last(), (QVariantList{3, 3}));

    const QString a = u"/api/ss/project/5e7c29afa3362408cf502a11"_s;
    const QString b = u"/api/ss/project/5e7c29afa3362408cf502a22"_s;
    const QString c = u"/api/ss/project/5e7c29afa3362408cf502a33"_s;
    QCOMPARE(calls(),
             (QStringList{u"GET "_s + a + u"/vulnerabilities"_s, u"POST "_s + a + u"/retest/request"_s,
                          u"GET "_s + a, u"GET "_s + b + u"/vulnerabilities"_s,
                          u"POST "_s + b + u"/retest/request"_s, u"GET "_s + b,
                          u"GET "_s + c + u"/vulnerabilities"_s}));
    QCOMPARE(m_sandbox->server->requests().at(0).query.queryItemValue(u"q"_s, QUrl::FullyDecoded),
             u"{is_retest:{$eq:\"Yes\"}}"_s);
    const QJsonObject expected{{u"retesting_window_start"_s, u"2030-03-01T00:00:00.000Z"_s},
                               {u"retesting_window_end"_s, u"2030-03-05T23:59:59.999Z"_s},
                               {u"vulnerability_ids"_s, QJsonArray{u"b-v1"_s, u"b-v3"_s, u"b-v5"_s}}};
    QCOMPARE(bodyJson(m_sandbox->server->requests().at(4)), expected);
    QCOMPARE(model.row(0).state, State::Succeeded);
    QCOMPARE(model.row(1).state, State::Succeeded);
    QCOMPARE(model.row(2).state, State::Skipped);
    QCOMPARE(model.row(2).message, u"No vulnerability in Retest status"_s);
}

void TestBulkRetestRun::uncheckedDoubtIsCheckedBeforeResending()
{
    m_sandbox->client = m_sandbox->newClient(700);
    BulkRetestModel model;
    const QList<Project> list{m_sandbox->storedProject(kProject)};
    model.setProjects(list);
    BulkRetestRun run(m_sandbox->client.get(), &model, list);
    QSignalSpy finished(&run, &BulkRetestRun::runFinished);
    // The POST's answer is lost, and the check that follows fails too: the outcome is unknown.
    m_sandbox->server->addFault({FaultKind::Hang, 1, "POST", {}, 1});
    m_sandbox->server->addFault({FaultKind::Status500, 1, "GET", u"/project/%1$"_s.arg(kProject), 1});
    run.start({u"2030-03-01T00:00:00.000Z"_s, {}, {}});
    QVERIFY(finished.wait(15000));
    QCOMPARE(model.row(0).state, State::Failed);
    QVERIFY(model.row(0).message.contains(u"Unknown whether the round was created"_s));
    QVERIFY(model.row(0).message.contains(u"a retry checks first"_s));

    // The retry re-reads the project before anything else; finding no round, it sends once, the
    // same findings as the first attempt (now listed under the row).
    const qsizetype before = m_sandbox->server->requests().size();
    run.retryFailed();
    QVERIFY(finished.wait(10000));
    const QString a = u"/api/ss/project/5e7c29afa3362408cf502a11"_s;
    QCOMPARE(calls(before),
             (QStringList{u"GET "_s + a, u"POST "_s + a + u"/retest/request"_s, u"GET "_s + a}));
    QCOMPARE(bodyJson(m_sandbox->server->requests().at(before + 1)).value(u"vulnerability_ids"_s).toArray(),
             (QJsonArray{u"a-v1"_s, u"a-v3"_s, u"a-v5"_s}));
    QCOMPARE(model.row(0).state, State::Succeeded);
    QCOMPARE(m_sandbox->storedProject(kProject).facts().retestRounds.size(), 2);
}

QTEST_GUILESS_MAIN(TestBulkRetestRun)
#include "TestBulkRetestRun.moc"
