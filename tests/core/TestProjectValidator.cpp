#include "models/Catalog.h"
#include "models/Project.h"
#include "models/ProjectValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QJsonObject body(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}
} // namespace

// Every documented UpdateProjectById rule, each with a passing and a failing case.
class TestProjectValidator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("failingField"); // empty: valid
        QTest::addColumn<QString>("messagePart");

        QTest::newRow("name ok") << body(R"({"name":"Web app"})") << QString() << QString();
        QTest::newRow("name empty") << body(R"({"name":"  "})") << u"name"_s << u"Name: cannot be empty"_s;
        QTest::newRow("name not text") << body(R"({"name":5})") << u"name"_s << u"must be text"_s;
        QTest::newRow("scoring ok") << body(R"({"scoringSystem":"CVSSv3.1"})") << QString() << QString();
        QTest::newRow("scoring bad") << body(R"({"scoringSystem":"CVSSv4"})") << u"scoringSystem"_s
                                     << u"“Manual”, “CVSSv3.1”"_s;
        QTest::newRow("hold ok") << body(R"({"isOnHold":"No"})") << QString() << QString();
        QTest::newRow("hold bad") << body(R"({"isOnHold":"maybe"})") << u"isOnHold"_s << u"On hold"_s;
        QTest::newRow("vuln code ok 3") << body(R"({"vulnerability_code":"ABC"})") << QString() << QString();
        QTest::newRow("vuln code ok 8")
            << body(R"({"vulnerability_code":"ABCDEFGH"})") << QString() << QString();
        QTest::newRow("vuln code short")
            << body(R"({"vulnerability_code":"AB"})") << u"vulnerability_code"_s << u"3 to 8 characters"_s;
        QTest::newRow("vuln code long") << body(R"({"vulnerability_code":"ABCDEFGHI"})")
                                        << u"vulnerability_code"_s << u"3 to 8 characters"_s;
        QTest::newRow("team ok") << body(R"({"team_notifications":["critical","closed"]})") << QString()
                                 << QString();
        QTest::newRow("team cleared") << body(R"({"team_notifications":[]})") << QString() << QString();
        QTest::newRow("team bad") << body(R"({"team_notifications":["urgent"]})")
                                  << u"team_notifications[0]"_s << u"“urgent” is not allowed"_s;
        QTest::newRow("team twice") << body(R"({"team_notifications":["high","high"]})")
                                    << u"team_notifications[1]"_s << u"listed twice"_s;
        QTest::newRow("admin ok") << body(R"({"admin_notifications":["retest"]})") << QString() << QString();
        QTest::newRow("admin bad") << body(R"({"admin_notifications":["critical"]})")
                                   << u"admin_notifications[0]"_s << u"Admin notifications"_s;
        QTest::newRow("forced ok") << body(R"({"forced_emails":["project_hold","retest_completed"]})")
                                   << QString() << QString();
        QTest::newRow("forced bad") << body(R"({"forced_emails":["weekly_digest"]})") << u"forced_emails[0]"_s
                                    << u"Forced e-mails"_s;
        QTest::newRow("emails ok")
            << body(R"({"new_vulnerability_email_additional_recipients":["soc@acme.com"]})") << QString()
            << QString();
        QTest::newRow("emails bad") << body(R"({"start_stop_testing_email_additional_recipients":["soc@"]})")
                                    << u"start_stop_testing_email_additional_recipients[0]"_s
                                    << u"“soc@” is not an e-mail address"_s;
        QTest::newRow("emails not list")
            << body(R"({"new_vulnerability_email_additional_recipients":"a@b.co"})")
            << u"new_vulnerability_email_additional_recipients"_s << u"must be a list"_s;
        QTest::newRow("email type ok")
            << body(R"({"new_vulnerability_email_type":"group"})") << QString() << QString();
        QTest::newRow("email type bad") << body(R"({"new_vulnerability_email_type":"batch"})")
                                        << u"new_vulnerability_email_type"_s << u"“individual”, “group”"_s;
        QTest::newRow("sla ok") << body(R"({"sla_activation":"manual"})") << QString() << QString();
        QTest::newRow("sla bad") << body(R"({"sla_activation":"sometimes"})") << u"sla_activation"_s
                                 << u"“automatic”, “manual”"_s;
        QTest::newRow("cf ok") << body(R"({"custom_fields":[{"key":"customer_1","value":"x"}]})") << QString()
                               << QString();
        QTest::newRow("cf bad key") << body(R"({"reporting_custom_fields":[{"key":"bad-key","value":"x"}]})")
                                    << u"reporting_custom_fields[0].key"_s
                                    << u"letters, numbers and underscores"_s;
        QTest::newRow("cf duplicate")
            << body(R"({"summary_custom_fields":[{"key":"a","value":"1"},{"key":"a","value":"2"}]})")
            << u"summary_custom_fields[1].key"_s << u"unique"_s;
        QTest::newRow("cf missing value") << body(R"({"custom_fields":[{"key":"a"}]})")
                                          << u"custom_fields[0].value"_s << u"needs a value"_s;
        QTest::newRow("date ok") << body(R"({"startDate":"2021-06-03T23:15:33.008Z"})") << QString()
                                 << QString();
        QTest::newRow("date no ms") << body(R"({"startDate":"2021-06-03T23:15:33Z"})") << u"startDate"_s
                                    << u"2021-06-03T23:15:33.008Z"_s;
        QTest::newRow("date offset") << body(R"({"created":"2021-06-03T23:15:33.008+02:00"})") << u"created"_s
                                     << u"UTC"_s;
        QTest::newRow("date impossible")
            << body(R"({"endDate":"2021-02-30T00:00:00.000Z"})") << u"endDate"_s << u"UTC"_s;
        QTest::newRow("end before start")
            << body(R"({"startDate":"2021-06-04T00:00:00.000Z","endDate":"2021-06-03T00:00:00.000Z"})")
            << u"endDate"_s << u"not be before the start date"_s;
        QTest::newRow("streams ok") << body(R"({"portfolio_streams":[{"portfolioId":"p1","streamId":"s1"}]})")
                                    << QString() << QString();
        QTest::newRow("stream of other portfolio")
            << body(R"({"portfolio_streams":[{"portfolioId":"p1","streamId":"s2"}]})")
            << u"portfolio_streams[0]"_s << u"not part of portfolio “Retail”"_s;
        QTest::newRow("stream missing") << body(R"({"portfolio_streams":[{"portfolioId":"p1"}]})")
                                        << u"portfolio_streams[0]"_s << u"both a portfolio and a stream"_s;
        QTest::newRow("groups ok") << body(R"({"groups":["g1"]})") << QString() << QString();
        QTest::newRow("groups unknown") << body(R"({"groups":["nope"]})") << u"groups[0]"_s << u"no group"_s;
        QTest::newRow("features ok")
            << body(
                   R"({"features":{"reporting":{"enabled":false,"access":{"roles":["client"],"project_access_level":"Upload"}}}})")
            << QString() << QString();
        QTest::newRow("feature role bad")
            << body(R"({"features":{"reporting":{"access":{"roles":["admin"]}}}})")
            << u"features.reporting.access.roles"_s << u"Reporting role “admin”"_s;
        QTest::newRow("feature level bad")
            << body(R"({"features":{"retesting":{"access":{"project_access_level":"Owner"}}}})")
            << u"features.retesting.access.project_access_level"_s << u"View, Upload or Edit"_s;
        QTest::newRow("feature unknown") << body(R"({"features":{"teleport":{"enabled":true}}})")
                                         << u"features.teleport"_s << u"unknown feature"_s;
        QTest::newRow("pages ok")
            << body(
                   R"({"pages":{"summary":{"enabled":true,"access":{"view_roles":["client"],"edit_project_access_levels":["Edit"]}}}})")
            << QString() << QString();
        QTest::newRow("page role bad")
            << body(R"({"pages":{"summary":{"access":{"upload_roles":["guest"]}}}})")
            << u"pages.summary.access.upload_roles"_s << u"upload roles “guest”"_s;
        QTest::newRow("page level bad")
            << body(R"({"pages":{"summary":{"access":{"view_project_access_levels":["Read"]}}}})")
            << u"pages.summary.access.view_project_access_levels"_s << u"“Read”"_s;
        QTest::newRow("page enabled bad") << body(R"({"pages":{"summary":{"enabled":"yes"}}})")
                                          << u"pages.summary.enabled"_s << u"true or false"_s;
        QTest::newRow("hold change with reason")
            << body(R"({"isOnHold":"Yes","isOnHoldReason":"Outage"})") << QString() << QString();
        QTest::newRow("hold change without reason") << body(R"({"isOnHold":"Yes"})") << u"isOnHoldReason"_s
                                                    << u"required when the hold status changes"_s;
    }

    void rules()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, failingField);
        QFETCH(QString, messagePart);
        QVERIFY(!body.isEmpty());

        Catalog catalog;
        catalog.groups = {{u"g1"_s, u"Blue team"_s}};
        catalog.portfolios = {{u"p1"_s, u"Retail"_s, u"RET"_s, {{u"s1"_s, u"Payments"_s}}},
                              {u"p2"_s, u"Corporate"_s, u"CORP"_s, {{u"s2"_s, u"HR"_s}}}};
        catalog.groupsKnown = catalog.portfoliosKnown = true;
        Project current;
        current.setValue(u"isOnHold"_s, u"No"_s);
        const ValidationContext context{&current, &catalog, true};

        const ValidationIssues issues = ProjectValidator::validateUpdateBody(body, context);
        if (failingField.isEmpty()) {
            QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).message));
            return;
        }
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().field, failingField);
        QVERIFY2(issues.first().message.contains(messagePart), qPrintable(issues.first().message));
    }

    void withoutCatalogIdsAreNotChecked()
    {
        const auto issues = ProjectValidator::validateUpdateBody(
            body(R"({"groups":["anything"],"portfolio_streams":[{"portfolioId":"p9","streamId":"s9"}]})"));
        QVERIFY(issues.isEmpty());
    }

    void endDateCheckedAgainstCurrentStart()
    {
        Project current;
        current.setValue(u"startDate"_s, u"2021-06-10T00:00:00.000Z"_s);
        const auto issues = ProjectValidator::validateUpdateBody(
            body(R"({"endDate":"2021-06-01T00:00:00.000Z"})"), {&current, nullptr, false});
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().field, u"endDate"_s);
    }

    void theServerDoesNotRequireAHoldReason()
    {
        QVERIFY(ProjectValidator::validateUpdateBody(body(R"({"isOnHold":"Yes"})")).isEmpty());
    }

    // A hostile body cannot make the list grow with it: a collector keeps the first issues and counts
    // the rest, in every kind of list the rules walk.
    void collectorKeepsTheFirstIssuesAndCountsTheRest()
    {
        QJsonArray addresses;
        QJsonArray entries;
        QJsonObject features;
        for (int i = 0; i < 1000; ++i) {
            addresses.append(u"no address %1"_s.arg(i));
            entries.append(QJsonObject{{u"key"_s, u"bad key %1"_s.arg(i)}, {u"value"_s, u"v"_s}});
            features.insert(u"unknown_%1"_s.arg(i), QJsonObject());
        }
        const QJsonObject body{{u"new_vulnerability_email_additional_recipients"_s, addresses},
                               {u"custom_fields"_s, entries},
                               {u"features"_s, features}};
        ValidationIssueCollector capped(50);
        ProjectValidator::validateUpdateBody(body, {}, capped);
        QCOMPARE(capped.issues().size(), 50);
        QCOMPARE(capped.omitted(), 2950);
        // Without a limit, the same body gives every issue (the editor's view).
        QCOMPARE(ProjectValidator::validateUpdateBody(body).size(), 3000);
    }
};

QTEST_GUILESS_MAIN(TestProjectValidator)
#include "TestProjectValidator.moc"
