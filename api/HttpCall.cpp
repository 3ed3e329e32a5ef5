#include "api/HttpCall.h"

#include "api/ApiLogging.h"
#include "api/BaseUrlPolicy.h"
#include "api/OneShotUpload.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>

using namespace Qt::StringLiterals;

namespace {

QUrl joinUrl(const QUrl& base, const SsapiRequest& request)
{
    QUrl url = base;
    QString prefix = base.path(QUrl::FullyEncoded);
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + request.path, QUrl::TolerantMode);
    url.setQuery(request.query);
    url.setFragment({});
    return url;
}

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

} // namespace

HttpCall::HttpCall(QNetworkAccessManager* network, SsapiRequest request, HttpCallConfig config,
                   Completion completion, QObject* parent)
    : SsapiCall(parent)
    , m_network(network)
    , m_request(std::move(request))
    , m_config(std::move(config))
    , m_completion(std::move(completion))
{
    m_timeout.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
    connect(&m_retryTimer, &QTimer::timeout, this, &HttpCall::sendAttempt);
}

HttpCall::~HttpCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void HttpCall::start()
{
    if (const QString problem = BaseUrlPolicy::problem(m_config.baseUrl); !problem.isEmpty()) {
        // Reported on the next turn of the event loop so callers see the same order of events as always.
        QTimer::singleShot(
            0, this, [this, problem] { finish({}, ApiError(ApiError::Category::InsecureUrl, problem)); });
        return;
    }
    m_url = joinUrl(m_config.baseUrl, m_request);
    sendAttempt();
}

void HttpCall::sendAttempt()
{
    if (isFinished())
        return;
    ++m_attempts;
    m_timedOut = m_tooLarge = m_bytesSent = false;
    m_tlsErrors.clear();

    QNetworkRequest request(m_url);
    request.setRawHeader("X-SSAPI-KEY", m_config.apiKey);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("ForgeDesk/" FORGEDESK_VERSION));
    // Redirects are handled here, so the key can never follow one to another origin.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (!m_request.retryable) {
        // A write that must not happen twice gets a connection of its own: a reused keep-alive
        // connection that the server closed is what makes Qt resend a request on its own.
        request.setRawHeader("Connection", "close");
    }
    QByteArray payload;
    if (m_request.hasBody) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        payload = QJsonDocument(m_request.body).toJson(QJsonDocument::Compact);
    }

    if (!m_request.retryable && m_request.hasBody) {
        // Streamed from a device that cannot rewind, so Qt cannot resend it behind our back.
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setHeader(QNetworkRequest::ContentLengthHeader, payload.size());
        auto* upload = new OneShotUpload(payload);
        m_reply = m_network->sendCustomRequest(request, m_request.method, upload);
        upload->setParent(m_reply);
    } else {
        m_reply = m_network->sendCustomRequest(request, m_request.method, payload);
    }
    connect(m_reply, &QNetworkReply::finished, this, &HttpCall::onFinished);
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64) {
        if (sent > 0)
            m_bytesSent = true;
    });
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        m_bytesSent = true;
        if (received > m_config.maxResponseBytes && m_reply) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        // Recorded for the message only: TLS errors are never ignored.
        QStringList texts;
        for (const QSslError& e : errors)
            texts.append(e.errorString());
        m_tlsErrors = texts.join(u"; "_s);
    });
    m_timeout.start(m_config.timeoutMs);
}

ApiError HttpCall::networkError(QNetworkReply* reply) const
{
    if (reply->error() == QNetworkReply::SslHandshakeFailedError || !m_tlsErrors.isEmpty()) {
        return ApiError(ApiError::Category::Network,
                        u"the secure connection could not be verified ("_s +
                            (m_tlsErrors.isEmpty() ? reply->errorString() : m_tlsErrors) + u')');
    }
    if (reply->error() == QNetworkReply::ContentReSendError)
        return ApiError(ApiError::Category::Network, u"the connection closed before the server answered"_s);
    return ApiError(ApiError::Category::Network, reply->errorString());
}

void HttpCall::onFinished()
{
    m_timeout.stop();
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    const bool isWrite = m_request.method != "GET";

    if (m_cancelled) {
        finish({}, ApiError(ApiError::Category::Cancelled, u"Cancelled."_s));
        return;
    }
    if (m_timedOut) {
        ApiError error(ApiError::Category::Timeout,
                       u"no complete answer within %1 s"_s.arg(m_config.timeoutMs / 1000.0));
        error.setLeavesDoubt(isWrite);
        finish({}, error);
        return;
    }
    if (m_tooLarge) {
        finish({}, ApiError(ApiError::Category::BadResponse, u"the answer is larger than %1 MiB"_s.arg(
                                                                 m_config.maxResponseBytes / (1024 * 1024))));
        return;
    }

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    qCDebug(lcApi) << m_request.method << m_request.path << "->" << status << "attempt" << m_attempts;
    if (status == 0 || isTransportFailure(reply->error())) {
        ApiError error = networkError(reply);
        // Once the request left, a write may have been applied even though no answer came back.
        error.setLeavesDoubt(isWrite && mayHaveBeenSent(reply->error()) && m_tlsErrors.isEmpty());
        if (isTransientNetworkError(reply->error()) && m_tlsErrors.isEmpty() && retryLater(error, {}))
            return;
        finish({}, error);
        return;
    }
    if (status >= 300 && status < 400) {
        const QUrl location = QUrl::fromEncoded(reply->rawHeader("Location"));
        if (location.isEmpty()) {
            finish({}, ApiError(ApiError::Category::BadResponse,
                                u"the server redirected without saying where to"_s, status));
            return;
        }
        const QUrl target = m_url.resolved(location);
        if (!BaseUrlPolicy::isSameOrigin(m_url, target)) {
            finish(
                {},
                ApiError(
                    ApiError::Category::InsecureUrl,
                    u"the server redirected to another origin (%1); the request was not followed there so the API key stays with %2"_s
                        .arg(target.host(), m_url.host()),
                    status));
            return;
        }
        if (++m_redirects > m_config.maxRedirects) {
            finish({}, ApiError(ApiError::Category::BadResponse, u"too many redirects"_s, status));
            return;
        }
        if (status == 303) {
            m_request.method = "GET";
            m_request.hasBody = false;
        }
        m_url = target;
        --m_attempts; // a redirect is not a retry
        sendAttempt();
        return;
    }

    const QByteArray body = reply->readAll();
    if (status >= 200 && status < 300) {
        if (body.trimmed().isEmpty()) {
            finish(QJsonDocument(QJsonObject()), {});
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            ApiError error(
                ApiError::Category::BadResponse,
                parseError.error != QJsonParseError::NoError
                    ? u"it is not JSON (%1 at byte %2)"_s.arg(parseError.errorString()).arg(parseError.offset)
                    : u"expected a JSON object"_s,
                status);
            error.setLeavesDoubt(isWrite);
            finish({}, error);
            return;
        }
        finish(document, {});
        return;
    }

    ApiError error = ApiError::fromHttp(
        status, body, reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    const QByteArray retryAfter = reply->rawHeader("Retry-After");
    if (const int ms = RetryPolicy::parseRetryAfterMs(retryAfter); ms >= 0)
        error.setRetryAfterSeconds((ms + 999) / 1000);
    // A gateway timeout: the proxy gave up waiting, the tenant behind it may still have applied a write.
    error.setLeavesDoubt(isWrite && status == 504);
    if ((status == 429 || status == 502 || status == 503 || status == 504) && retryLater(error, retryAfter))
        return;
    finish({}, error);
}

bool HttpCall::retryLater(const ApiError& error, const QByteArray& retryAfter)
{
    if (!m_request.retryable || m_attempts > m_config.retry.maxRetries)
        return false;
    const int delay = m_config.retry.delayMs(m_attempts, retryAfter);
    if (delay < 0)
        return false;
    qCInfo(lcApi) << m_request.method << m_request.path << "failed ("
                  << ApiError::categoryName(error.category()) << error.httpStatus() << "); retry"
                  << m_attempts << "in" << delay << "ms";
    m_retryTimer.start(delay);
    return true;
}

void HttpCall::cancel()
{
    if (isFinished() || m_cancelled)
        return;
    m_cancelled = true;
    m_retryTimer.stop();
    m_timeout.stop();
    if (m_reply)
        m_reply->abort(); // finished() follows synchronously and reports Cancelled
    else
        finish({}, ApiError(ApiError::Category::Cancelled, u"Cancelled."_s));
}

void HttpCall::finish(const QJsonDocument& document, const ApiError& error)
{
    if (isFinished())
        return;
    // Last line of defence for the key: nothing that leaves this class may contain it.
    if (m_completion)
        m_completion(document, error.redacted(m_config.apiKey));
    markFinished();
}
