#include "api/HttpClassifier.h"

#include "api/BaseUrlPolicy.h"
#include "api/SecretRedactor.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

bool isTransientNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
        return true;
    default:
        return false;
    }
}

// The connection failed, as opposed to the server answering with an error status: true also when the
// status line arrived but the body was cut off, which must not be mistaken for a malformed answer.
bool isTransportFailure(QNetworkReply::NetworkError error)
{
    return (error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied) ||
           error == QNetworkReply::ProtocolFailure;
}

// Whether the request could have left this machine: everything but a failure to connect at all.
bool mayHaveBeenSent(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return false;
    default:
        return true;
    }
}

bool isRetriedStatus(int status)
{
    return status == 429 || status == 502 || status == 503 || status == 504;
}

QString sizeText(qint64 bytes)
{
    if (bytes >= 1024 * 1024)
        return u"%1 MiB"_s.arg(bytes / (1024 * 1024));
    return u"%1 KiB"_s.arg(std::max<qint64>(1, bytes / 1024));
}

// A URL for a message: no user name or password, nothing after the path.
QString shownUrl(const QUrl& url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toDisplayString();
}

class Classification
{
public:
    Classification(const HttpAnswer& answer, const HttpAttempt& attempt)
        : m_answer(answer)
        , m_attempt(attempt)
        , m_redactor(attempt.secret)
        , m_isWrite(attempt.method != "GET")
    {}

    HttpOutcome run() const
    {
        if (m_answer.cancelled)
            return HttpOutcome::fail(ApiError(ApiError::Category::Cancelled,
                                              QCoreApplication::translate("HttpClassifier", "Cancelled.")));
        if (m_answer.timedOut) {
            ApiError error(ApiError::Category::Timeout,
                           QCoreApplication::translate("HttpClassifier", "no complete answer within %1 s")
                               .arg(m_attempt.timeoutMs / 1000.0));
            error.setLeavesDoubt(m_isWrite);
            return HttpOutcome::fail(error);
        }
        if (m_answer.tooLarge) {
            return HttpOutcome::fail(
                ApiError(ApiError::Category::BadResponse,
                         QCoreApplication::translate("HttpClassifier", "the answer is larger than %1")
                             .arg(sizeText(m_attempt.maxResponseBytes))));
        }
        if (m_answer.status == 0 || isTransportFailure(m_answer.networkError))
            return connectionFailed();
        if (m_answer.status >= 300 && m_answer.status < 400)
            return redirected();
        if (m_answer.status >= 200 && m_answer.status < 300)
            return succeeded();
        return refused();
    }

private:
    HttpOutcome connectionFailed() const
    {
        const QString tls = m_redactor.redact(m_answer.tlsErrors);
        const QString text = m_redactor.redact(m_answer.networkErrorText);
        ApiError error;
        if (m_answer.networkError == QNetworkReply::SslHandshakeFailedError || !tls.isEmpty()) {
            error = ApiError(ApiError::Category::Network,
                             QCoreApplication::translate("HttpClassifier",
                                                         "the secure connection could not be verified (%1)")
                                 .arg(tls.isEmpty() ? text : tls));
        } else if (m_answer.networkError == QNetworkReply::ContentReSendError) {
            error = ApiError(ApiError::Category::Network,
                             QCoreApplication::translate("HttpClassifier",
                                                         "the connection closed before the server answered"));
        } else {
            error = ApiError(ApiError::Category::Network, text);
        }
        // Once the request left, a write may have been applied even though no answer came back.
        error.setLeavesDoubt(m_isWrite && mayHaveBeenSent(m_answer.networkError) && tls.isEmpty());
        if (isTransientNetworkError(m_answer.networkError) && tls.isEmpty())
            return retryOrFail(error, {});
        return HttpOutcome::fail(error);
    }

    HttpOutcome redirected() const
    {
        const int status = m_answer.status;
        const QByteArray location = m_redactor.redact(m_answer.location).trimmed();
        if (location.isEmpty()) {
            return HttpOutcome::fail(
                ApiError(ApiError::Category::BadResponse,
                         QCoreApplication::translate("HttpClassifier",
                                                     "the server redirected without saying where to"),
                         status));
        }
        const QUrl target = m_attempt.url.resolved(QUrl::fromEncoded(location));
        if (!BaseUrlPolicy::isSameOrigin(m_attempt.url, target)) {
            return HttpOutcome::fail(ApiError(
                ApiError::Category::InsecureUrl,
                QCoreApplication::translate("HttpClassifier",
                                            "the server redirected to another origin (%1); the request "
                                            "was not followed there so the API key stays with %2")
                    .arg(target.host(), m_attempt.url.host()),
                status));
        }
        if (!m_attempt.retryable) {
            // Following it would send the request a second time, which is what may not happen.
            return HttpOutcome::fail(
                ApiError(ApiError::Category::BadResponse,
                         QCoreApplication::translate("HttpClassifier",
                                                     "the server redirected this request to %1; it was not "
                                                     "sent there because it must not be sent twice")
                             .arg(shownUrl(target)),
                         status));
        }
        if (m_attempt.redirects + 1 > m_attempt.maxRedirects)
            return HttpOutcome::fail(
                ApiError(ApiError::Category::BadResponse,
                         QCoreApplication::translate("HttpClassifier", "too many redirects"), status));
        return HttpOutcome::redirect(target, status == 303);
    }

    HttpOutcome succeeded() const
    {
        if (m_answer.body.trimmed().isEmpty())
            return HttpOutcome::success(QJsonDocument(QJsonObject()));
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(m_answer.body, &parseError);
        if (parseError.error == QJsonParseError::NoError && document.isObject())
            return HttpOutcome::success(document);
        ApiError error(ApiError::Category::BadResponse,
                       parseError.error != QJsonParseError::NoError
                           ? QCoreApplication::translate("HttpClassifier", "it is not JSON (%1 at byte %2)")
                                 .arg(parseError.errorString())
                                 .arg(parseError.offset)
                           : QCoreApplication::translate("HttpClassifier", "expected a JSON object"),
                       m_answer.status);
        error.setLeavesDoubt(m_isWrite);
        return HttpOutcome::fail(error);
    }

    HttpOutcome refused() const
    {
        ApiError error =
            ApiError::fromHttp(m_answer.status, m_answer.body, m_answer.reasonPhrase, m_attempt.secret);
        const QByteArray retryAfter = m_redactor.redact(m_answer.retryAfter);
        const qint64 askedMs = RetryPolicy::parseRetryAfterMs(retryAfter);
        if (askedMs >= 0)
            error.setRetryAfterSeconds((askedMs + 999) / 1000);
        if (askedMs > m_attempt.retry.maxRetryAfterMs)
            error.appendToMessage(QCoreApplication::translate("HttpClassifier", "the server asked to wait %1")
                                      .arg(RetryPolicy::describeWait(askedMs)));
        // A gateway timeout: the proxy gave up waiting, the tenant behind it may still have applied a write.
        error.setLeavesDoubt(m_isWrite && m_answer.status == 504);
        if (isRetriedStatus(m_answer.status))
            return retryOrFail(error, retryAfter);
        return HttpOutcome::fail(error);
    }

    HttpOutcome retryOrFail(const ApiError& error, const QByteArray& retryAfter) const
    {
        if (!m_attempt.retryable || m_attempt.attempt > m_attempt.retry.maxRetries)
            return HttpOutcome::fail(error);
        const int delay = m_attempt.retry.delayMs(m_attempt.attempt, retryAfter);
        if (delay < 0) // the server asked for longer than we wait on our own
            return HttpOutcome::fail(error);
        return HttpOutcome::retryAfter(delay, error);
    }

    const HttpAnswer& m_answer;
    const HttpAttempt& m_attempt;
    const SecretRedactor m_redactor;
    const bool m_isWrite;
};

} // namespace

namespace HttpClassifier {

HttpOutcome classify(const HttpAnswer& answer, const HttpAttempt& attempt)
{
    return Classification(answer, attempt).run();
}

} // namespace HttpClassifier
