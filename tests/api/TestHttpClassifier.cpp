#include "api/HttpClassifier.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using C = ApiError::Category;
using K = HttpOutcome::Kind;

namespace {

const QByteArray kKey = "classifier-key-Vb81";

HttpAttempt get(int attempt = 1)
{
    HttpAttempt a;
    a.method = "GET";
    a.url = QUrl(u"https://acme.example.com/api/ss/groups"_s);
    a.attempt = attempt;
    a.secret = kKey;
    a.retry = RetryPolicy{3, 100, 1000, 5000};
    return a;
}

HttpAttempt retestPost()
{
    HttpAttempt a = get();
    a.method = "POST";
    a.retryable = false;
    a.url = QUrl(u"https://acme.example.com/api/ss/project/p1/retest"_s);
    return a;
}

HttpAnswer status(int code, QByteArray body = {})
{
    HttpAnswer a;
    a.status = code;
    a.body = std::move(body);
    return a;
}

HttpAnswer redirect(int code, QByteArray location)
{
    HttpAnswer a = status(code);
    a.location = std::move(location);
    return a;
}

HttpAnswer connectionFailed(QNetworkReply::NetworkError error)
{
    HttpAnswer a;
    a.networkError = error;
    a.networkErrorText = u"Connection closed"_s;
    return a;
}

} // namespace

// HttpClassifier without any network: each answer an attempt can get, and what is done about it.
class TestHttpClassifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void successIsTheDocument()
    {
        const HttpOutcome o = HttpClassifier::classify(status(200, R"({"groups":[]})"), get());
        QCOMPARE(o.kind, K::Success);
        QVERIFY(o.document.object().contains(u"groups"_s));
        QCOMPARE(HttpClassifier::classify(status(204), get()).kind, K::Success);
    }

    void malformedSuccessLeavesDoubtForWrites()
    {
        HttpAttempt put = get();
        put.method = "PUT";
        const HttpOutcome o = HttpClassifier::classify(status(200, "<html>"), put);
        QCOMPARE(o.kind, K::Fail);
        QCOMPARE(o.error.category(), C::BadResponse);
        QVERIFY(o.error.leavesDoubt());
        QVERIFY(!HttpClassifier::classify(status(200, "[1]"), get()).error.leavesDoubt());
    }

    void transientStatusIsRetriedWithBackoff_data()
    {
        QTest::addColumn<int>("code");
        QTest::newRow("429") << 429;
        QTest::newRow("502") << 502;
        QTest::newRow("503") << 503;
        QTest::newRow("504") << 504;
    }
    void transientStatusIsRetriedWithBackoff()
    {
        QFETCH(int, code);
        HttpOutcome o = HttpClassifier::classify(status(code), get(2));
        QCOMPARE(o.kind, K::RetryAfter);
        QCOMPARE(o.delayMs, 200);                           // 100 ms doubled for the second attempt
        o = HttpClassifier::classify(status(code), get(4)); // the first try and three retries are done
        QCOMPARE(o.kind, K::Fail);
        QCOMPARE(o.error.httpStatus(), code);
        QCOMPARE(HttpClassifier::classify(status(code), retestPost()).kind, K::Fail);
    }

    void otherStatusesFailAtOnce()
    {
        QCOMPARE(HttpClassifier::classify(status(500), get()).kind, K::Fail);
        QCOMPARE(HttpClassifier::classify(status(404), get()).error.category(), C::NotFound);
        QCOMPARE(HttpClassifier::classify(status(401), get()).error.category(), C::Auth);
    }

    void retryAfterWithinCapIsTheDelay()
    {
        HttpAnswer a = status(429);
        a.retryAfter = "2";
        const HttpOutcome o = HttpClassifier::classify(a, get());
        QCOMPARE(o.kind, K::RetryAfter);
        QCOMPARE(o.delayMs, 2000);
        QCOMPARE(o.error.retryAfterSeconds(), 2);
    }

    void retryAfterAboveCapFailsAndSaysHowLong_data()
    {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("said");
        QTest::newRow("4294968 s (wraps to 704 ms in 32 bits)")
            << QByteArray("4294968") << qint64(4294968) << u"the server asked to wait 49 days"_s;
        QTest::newRow("2147484 s (negative in 32 bits)")
            << QByteArray("2147484") << qint64(2147484) << u"the server asked to wait 24 days"_s;
        QTest::newRow("6 s, above the 5 s cap")
            << QByteArray("6") << qint64(6) << u"the server asked to wait 6 seconds"_s;
    }
    void retryAfterAboveCapFailsAndSaysHowLong()
    {
        QFETCH(QByteArray, retryAfter);
        QFETCH(qint64, seconds);
        QFETCH(QString, said);
        HttpAnswer a = status(503);
        a.retryAfter = retryAfter;
        const HttpOutcome o = HttpClassifier::classify(a, get());
        QCOMPARE(o.kind, K::Fail);
        QCOMPARE(o.error.retryAfterSeconds(), seconds);
        QVERIFY2(o.error.message().endsWith(said), qPrintable(o.error.message()));
    }

    void retryAfterInYear9999IsNotRetried()
    {
        HttpAnswer a = status(429);
        a.retryAfter = "Fri, 31 Dec 9999 23:59:59 GMT";
        const HttpOutcome o = HttpClassifier::classify(a, get());
        QCOMPARE(o.kind, K::Fail);
        QVERIFY(o.error.retryAfterSeconds() > qint64(250'000'000'000)); // about 7973 years from 2026
        QVERIFY2(o.error.message().contains(u"the server asked to wait 79"_s), qPrintable(o.error.message()));
        QVERIFY(o.error.message().endsWith(u" years"_s));
    }

    void transientConnectionFailureIsRetried()
    {
        const HttpOutcome o =
            HttpClassifier::classify(connectionFailed(QNetworkReply::RemoteHostClosedError), get());
        QCOMPARE(o.kind, K::RetryAfter);
        QCOMPARE(o.delayMs, 100);
        HttpAttempt put = get();
        put.method = "PUT";
        QVERIFY(HttpClassifier::classify(connectionFailed(QNetworkReply::RemoteHostClosedError), put)
                    .error.leavesDoubt());
        const HttpOutcome post =
            HttpClassifier::classify(connectionFailed(QNetworkReply::RemoteHostClosedError), retestPost());
        QCOMPARE(post.kind, K::Fail);
        QVERIFY(post.error.leavesDoubt());
        QVERIFY(
            !HttpClassifier::classify(connectionFailed(QNetworkReply::ConnectionRefusedError), retestPost())
                 .error.leavesDoubt());
    }

    void tlsFailureIsNeverRetried()
    {
        HttpAnswer a = connectionFailed(QNetworkReply::SslHandshakeFailedError);
        a.tlsErrors = u"The certificate has expired"_s;
        const HttpOutcome o = HttpClassifier::classify(a, get());
        QCOMPARE(o.kind, K::Fail);
        QCOMPARE(o.error.category(), C::Network);
        QCOMPARE(o.error.message(),
                 u"the secure connection could not be verified (The certificate has expired)"_s);
    }

    void timeoutAndCancelAreFinal()
    {
        HttpAnswer timedOut;
        timedOut.timedOut = true;
        HttpAttempt put = get();
        put.method = "PUT";
        put.timeoutMs = 30000;
        const HttpOutcome o = HttpClassifier::classify(timedOut, put);
        QCOMPARE(o.kind, K::Fail);
        QCOMPARE(o.error.category(), C::Timeout);
        QCOMPARE(o.error.message(), u"no complete answer within 30 s"_s);
        QVERIFY(o.error.leavesDoubt());
        HttpAnswer cancelled = status(503);
        cancelled.cancelled = true;
        QCOMPARE(HttpClassifier::classify(cancelled, get()).error.category(), C::Cancelled);
    }

    void tooLargeNamesTheCap()
    {
        HttpAnswer a = status(200);
        a.tooLarge = true;
        HttpAttempt small = get();
        small.maxResponseBytes = 256 * 1024;
        QCOMPARE(HttpClassifier::classify(a, small).error.message(), u"the answer is larger than 256 KiB"_s);
        QCOMPARE(HttpClassifier::classify(a, get()).error.message(), u"the answer is larger than 64 MiB"_s);
    }

    void sameOriginRedirectIsFollowedForRetryableRequests()
    {
        HttpOutcome o = HttpClassifier::classify(redirect(307, "/moved/groups"), get());
        QCOMPARE(o.kind, K::Redirect);
        QCOMPARE(o.target, QUrl(u"https://acme.example.com/moved/groups"_s));
        QVERIFY(!o.switchToGet);
        QVERIFY(HttpClassifier::classify(redirect(303, "/x"), get()).switchToGet);
        HttpAttempt many = get();
        many.redirects = 5;
        QCOMPARE(HttpClassifier::classify(redirect(302, "/x"), many).error.message(),
                 u"too many redirects"_s);
    }

    void redirectOfARequestThatMayNotBeRepeatedFails_data()
    {
        QTest::addColumn<int>("code");
        QTest::newRow("307") << 307;
        QTest::newRow("308") << 308;
        QTest::newRow("303") << 303;
    }
    void redirectOfARequestThatMayNotBeRepeatedFails()
    {
        QFETCH(int, code);
        const HttpOutcome o = HttpClassifier::classify(redirect(code, "/api/ss/other?x=1"), retestPost());
        QCOMPARE(o.kind, K::Fail);
        QCOMPARE(o.error.category(), C::BadResponse);
        QCOMPARE(o.error.httpStatus(), code);
        QCOMPARE(
            o.error.message(),
            u"the server redirected this request to https://acme.example.com/api/ss/other; it was not sent there because it must not be sent twice"_s);
        QVERIFY(!o.error.leavesDoubt());
    }

    void crossOriginRedirectFails()
    {
        const HttpOutcome o = HttpClassifier::classify(redirect(302, "https://evil.example.net/"), get());
        QCOMPARE(o.kind, K::Fail);
        QCOMPARE(o.error.category(), C::InsecureUrl);
        QVERIFY(o.error.message().contains(u"evil.example.net"_s));
        QCOMPARE(HttpClassifier::classify(redirect(302, ""), get()).error.category(), C::BadResponse);
    }

    void keyIsRemovedFromEveryTextOfTheAnswer()
    {
        // Location (as a header, folded), reason phrase, network error text and TLS text.
        HttpAnswer moved = redirect(307, "/echo/classifier-key-\r\n Vb81/x");
        HttpOutcome o = HttpClassifier::classify(moved, retestPost());
        QCOMPARE(
            o.error.message(),
            u"the server redirected this request to https://acme.example.com/echo/[redacted]/x; it was not sent there because it must not be sent twice"_s);
        HttpAnswer reason = status(401);
        reason.reasonPhrase = u"bad key classifier-key-Vb81"_s;
        QCOMPARE(HttpClassifier::classify(reason, get()).error.message(), u"bad key [redacted]"_s);
        HttpAnswer tls = connectionFailed(QNetworkReply::SslHandshakeFailedError);
        tls.tlsErrors = u"CN=classifier-key-Vb81"_s;
        QCOMPARE(HttpClassifier::classify(tls, get()).error.message(),
                 u"the secure connection could not be verified (CN=[redacted])"_s);
        HttpAnswer network = connectionFailed(QNetworkReply::ProtocolUnknownError);
        network.networkErrorText = u"classifier-key-Vb81"_s;
        QCOMPARE(HttpClassifier::classify(network, get()).error.message(), u"[redacted]"_s);
    }
};

QTEST_GUILESS_MAIN(TestHttpClassifier)
#include "TestHttpClassifier.moc"
