// ApiError's reading of error bodies beyond the basic mapping, key redaction, and Retry-After parsing.
#include "api/ApiError.h"
#include "api/RetryPolicy.h"

#include <QDateTime>
#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;
using C = ApiError::Category;

class TestApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusCategories_data();
    void statusCategories();
    void messagePrecedence();
    void detailPathsAsArrays();
    void longMessagesAreShortened();
    void redactionRemovesEveryOccurrence();
    void keyIsRedactedBeforeTheMessageIsCut_data();
    void keyIsRedactedBeforeTheMessageIsCut();
    void keySplitAcrossALineBreakIsRedacted();
    void keyInReasonPhraseAndDetailsIsRedacted();
    void userMessageReadsWell();
    void retryAfterForms();
    void backoffIsCapped();
    void retryAfterDoesNotOverflow();
    void waitsAreDescribed();
};

void TestApiError::statusCategories_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("category");
    for (const auto& [status, category] : std::initializer_list<std::pair<int, C>>{{400, C::Validation},
                                                                                   {401, C::Auth},
                                                                                   {403, C::Auth},
                                                                                   {404, C::NotFound},
                                                                                   {405, C::Client},
                                                                                   {409, C::Client},
                                                                                   {413, C::Client},
                                                                                   {422, C::Validation},
                                                                                   {429, C::RateLimited},
                                                                                   {500, C::Server},
                                                                                   {502, C::Server},
                                                                                   {503, C::Server},
                                                                                   {504, C::Server},
                                                                                   {599, C::Server}})
        QTest::addRow("%d", status) << status << int(category);
}

void TestApiError::statusCategories()
{
    QFETCH(int, status);
    QFETCH(int, category);
    const ApiError error = ApiError::fromHttp(status, {}, {});
    QCOMPARE(int(error.category()), category);
    QCOMPARE(error.httpStatus(), status);
    QVERIFY(error.isError());
    QCOMPARE(error.message(), u"HTTP %1"_s.arg(status)); // no body, no reason: still something to show
}

void TestApiError::messagePrecedence()
{
    QCOMPARE(ApiError::fromHttp(400, R"({"message":"m","error":"e","status":"s"})", {}).message(), u"m"_s);
    QCOMPARE(ApiError::fromHttp(400, R"({"error":"e","status":"s"})", {}).message(), u"e"_s);
    QCOMPARE(ApiError::fromHttp(400, R"({"error":{"message":"eo"},"status":"s"})", {}).message(), u"eo"_s);
    QCOMPARE(ApiError::fromHttp(400, R"({"status":"s"})", {}).message(), u"s"_s);
    QCOMPARE(ApiError::fromHttp(400, R"({"status":400})", u"Bad Request"_s).message(), u"Bad Request"_s);
    QCOMPARE(ApiError::fromHttp(400, "not json", u"Bad Request"_s).message(), u"Bad Request"_s);
    QCOMPARE(ApiError::fromHttp(400, R"(["a"])", u"Bad Request"_s).message(), u"Bad Request"_s);
}

void TestApiError::detailPathsAsArrays()
{
    const ApiError error = ApiError::fromHttp(
        400,
        R"({"code":"VALIDATION_FAILED","error":{"details":[{"path":["custom_fields",0,"key"],"info":"bad"},{"path":"x"}]}})",
        {});
    const QList<ApiError::Detail> expected{{u"custom_fields.0.key"_s, u"bad"_s}, {u"x"_s, QString()}};
    QCOMPARE(error.details(), expected);
    // Top-level details are read too.
    QCOMPARE(ApiError::fromHttp(422, R"({"details":[{"path":"a","info":"b"}]})", {}).details().size(), 1);
}

void TestApiError::longMessagesAreShortened()
{
    const QByteArray body = R"({"message":")" + QByteArray(5000, 'x') + R"("})";
    QVERIFY(ApiError::fromHttp(500, body, {}).message().size() <= 501);
}

void TestApiError::redactionRemovesEveryOccurrence()
{
    const ApiError error(C::Auth, u"key abc123 and abc123 again"_s, 401, {{u"abc123"_s, u"was abc123"_s}});
    const ApiError clean = error.redacted("abc123");
    QCOMPARE(clean.message(), u"key [redacted] and [redacted] again"_s);
    QCOMPARE(clean.details().first().path, u"[redacted]"_s);
    QCOMPARE(clean.details().first().info, u"was [redacted]"_s);
    QVERIFY(!clean.userMessage().contains(u"abc123"_s));
    QCOMPARE(clean.category(), C::Auth);
    QCOMPARE(clean.httpStatus(), 401);
    QCOMPARE(error.redacted({}).message(), error.message()); // no key, nothing to hide
}

namespace {
const QByteArray kSecret = "Kx7-secret-key-q2Z9";
}

void TestApiError::keyIsRedactedBeforeTheMessageIsCut_data()
{
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("expected");
    const QString mask = u"[redacted]"_s;
    // A 1000-character message is cut to 500; the mask is never cut in two.
    QTest::newRow("at 0") << 0 << mask + QString(490, u'.') + u"…"_s;
    QTest::newRow("at 490") << 490 << QString(490, u'.') + mask + u"…"_s;
    QTest::newRow("at 499") << 499 << QString(499, u'.') + mask + u"…"_s;
}

void TestApiError::keyIsRedactedBeforeTheMessageIsCut()
{
    QFETCH(int, offset);
    QFETCH(QString, expected);
    QByteArray text(1000, '.');
    text.replace(offset, kSecret.size(), kSecret);
    const ApiError error = ApiError::fromHttp(401, R"({"message":")" + text + R"("})", {}, kSecret);
    QCOMPARE(error.message(), expected);
    // Not one leading character of the key survives the cut.
    QVERIFY(!error.message().contains(u'K'));
}

void TestApiError::keySplitAcrossALineBreakIsRedacted()
{
    // JSON-escaped line breaks, as a server that wraps its message would send them.
    const ApiError wrapped = ApiError::fromHttp(401, R"({"message":"bad key Kx7-secret-
key-q2Z9 sent"})",
                                                {}, kSecret);
    QCOMPARE(wrapped.message(), u"bad key [redacted] sent"_s);
    // A real line break and an indented continuation inside a long message, cut after it.
    QByteArray body = R"({"details":[{"path":"key","info":")" + QByteArray(495, '-') +
                      "Kx7-se\n  cret-key-q2Z9" + QByteArray(100, '-') + R"("}],"message":")" +
                      QByteArray(495, '=') + "Kx7-secret-\nkey-q2Z9" + R"("})";
    const ApiError cut = ApiError::fromHttp(400, body, {}, kSecret);
    QCOMPARE(cut.message(), QString(495, u'=') + u"[redacted]"_s);
    QCOMPARE(cut.details().first().info, QString(495, u'-') + u"[redacted]"_s + QString(100, u'-'));
    QVERIFY(!cut.userMessage().contains(u"Kx7"_s));
}

void TestApiError::keyInReasonPhraseAndDetailsIsRedacted()
{
    const ApiError reason =
        ApiError::fromHttp(403, "not json", u"Forbidden for Kx7-secret-key-q2Z9"_s, kSecret);
    QCOMPARE(reason.message(), u"Forbidden for [redacted]"_s);
    // Unicode escapes spell the key only once decoded: redacted again after parsing.
    const ApiError escaped =
        ApiError::fromHttp(401, R"({"message":"\u004bx7-secret-key-q2Z9"})", {}, kSecret);
    QCOMPARE(escaped.message(), u"[redacted]"_s);
}

void TestApiError::userMessageReadsWell()
{
    QVERIFY(ApiError().userMessage().isEmpty());
    QVERIFY(!ApiError().isError());
    const ApiError validation = ApiError::fromHttp(
        400, R"({"message":"Invalid","error":{"details":[{"path":"name","info":"required"}]}})", {});
    QCOMPARE(validation.userMessage(),
             u"The server rejected the input (HTTP 400): Invalid\n• name: required"_s);
    QCOMPARE(ApiError(C::Cancelled, u"Cancelled."_s).userMessage(), u"Cancelled."_s);
    ApiError timeout(C::Timeout, u"no complete answer within 30 s"_s);
    timeout.setLeavesDoubt(true);
    QVERIFY(timeout.userMessage().contains(u"may have reached the server"_s));
    for (int c = int(C::Network); c <= int(C::Client); ++c)
        QVERIFY(!ApiError::categoryName(C(c)).isEmpty());
}

void TestApiError::retryAfterForms()
{
    QCOMPARE(RetryPolicy::parseRetryAfterMs("0"), 0);
    QCOMPARE(RetryPolicy::parseRetryAfterMs(" 7 "), 7000);
    QCOMPARE(RetryPolicy::parseRetryAfterMs("-3"), 0);
    QCOMPARE(RetryPolicy::parseRetryAfterMs(""), -1);
    QCOMPARE(RetryPolicy::parseRetryAfterMs("Wed, 21 Oct 2015 07:28:00 GMT"), 0); // in the past: now
    const QByteArray later =
        QLocale::c()
            .toString(QDateTime::currentDateTimeUtc().addSecs(30), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s)
            .toLatin1();
    // Whole seconds, so at most 30 s; the lower bound leaves a loaded machine 10 s to get here.
    const qint64 ms = RetryPolicy::parseRetryAfterMs(later);
    QVERIFY2(ms > 20000 && ms <= 30000, qPrintable(QString::number(ms)));
}

void TestApiError::backoffIsCapped()
{
    const RetryPolicy policy{3, 100, 250, 2000};
    QCOMPARE(policy.delayMs(1, {}), 100);
    QCOMPARE(policy.delayMs(2, {}), 200);
    QCOMPARE(policy.delayMs(3, {}), 250);
    QCOMPARE(policy.delayMs(1, "2"), 2000);
    QCOMPARE(policy.delayMs(1, "3"), -1);
}

void TestApiError::retryAfterDoesNotOverflow()
{
    // In 32-bit milliseconds 4294968 s wrapped to 704 ms and 2147484 s went negative.
    QCOMPARE(RetryPolicy::parseRetryAfterMs("4294968"), qint64(4294968000));
    QCOMPARE(RetryPolicy::parseRetryAfterMs("2147484"), qint64(2147484000));
    QVERIFY(RetryPolicy::parseRetryAfterMs("Fri, 31 Dec 9999 23:59:59 GMT") > qint64(250'000'000'000'000));
    QVERIFY(RetryPolicy::parseRetryAfterMs("99999999999999999999999") > qint64(250'000'000'000'000));
    const RetryPolicy policy{3, 100, 250, 60000};
    QCOMPARE(policy.delayMs(1, "4294968"), -1);
    QCOMPARE(policy.delayMs(1, "2147484"), -1);
    QCOMPARE(policy.delayMs(1, "Fri, 31 Dec 9999 23:59:59 GMT"), -1);
    QCOMPARE(policy.delayMs(1, "99999999999999999999999"), -1);
    QCOMPARE(policy.delayMs(1, "60"), 60000);
    QCOMPARE(policy.delayMs(1, "1"), 1000);
}

void TestApiError::waitsAreDescribed()
{
    QCOMPARE(RetryPolicy::describeWait(1000), u"1 second"_s);
    QCOMPARE(RetryPolicy::describeWait(90'000), u"90 seconds"_s);
    QCOMPARE(RetryPolicy::describeWait(120'000), u"2 minutes"_s);
    QCOMPARE(RetryPolicy::describeWait(3 * 3600'000LL), u"3 hours"_s);
    QCOMPARE(RetryPolicy::describeWait(4294968000LL), u"49 days"_s);
    QCOMPARE(RetryPolicy::describeWait(3LL * 365 * 86400'000), u"3 years"_s);
}

QTEST_GUILESS_MAIN(TestApiError)
#include "TestApiError.moc"
