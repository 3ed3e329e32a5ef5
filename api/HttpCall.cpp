#include "api/HttpCall.h"

#include "api/ApiLogging.h"
#include "api/BaseUrlPolicy.h"
#include "api/HttpClassifier.h"
#include "api/OneShotUpload.h"
#include "models/BackgroundPool.h"
#include "models/ThreadPriority.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <climits>

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
        m_answer.timedOut = true;
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
    m_answer = {};
    m_bytesReceived = 0;

    QNetworkRequest request(m_url);
    request.setRawHeader("X-SSAPI-KEY", m_config.apiKey);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("ForgeDesk/" FORGEDESK_VERSION));
    // Redirects are handled here, so the key can never follow one to another origin.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    // The private CA of this connection, for its own origin only (checked per URL, redirects included).
    if (const auto tls = m_config.trust.configurationFor(m_url))
        request.setSslConfiguration(*tls);
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
    // Qt stops reading from the socket while this much is waiting for us, so the body is taken in
    // step by step and the cap below is never overshot by more than one buffer.
    m_reply->setReadBufferSize(kReadBufferBytes);
    connect(m_reply, &QNetworkReply::finished, this, &HttpCall::onFinished);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpCall::readAvailable);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        // A declared length above the cap is refused before a byte of the body is read.
        bool ok = false;
        const qint64 declared = m_reply ? m_reply->rawHeader("Content-Length").trimmed().toLongLong(&ok) : 0;
        if (ok && declared > m_config.maxResponseBytes) {
            m_answer.tooLarge = true;
            m_reply->abort(); // finished() follows and reports it
        }
    });
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        // Recorded for the message only: TLS errors are never ignored.
        QStringList texts;
        for (const QSslError& e : errors)
            texts.append(e.errorString());
        m_answer.tlsErrors = texts.join(u"; "_s);
    });
    m_timeout.start(m_config.timeoutMs);
}

void HttpCall::readAvailable()
{
    if (!m_reply)
        return;
    readFrom(m_reply);
    if (m_answer.tooLarge)
        m_reply->abort(); // finished() follows and reports it
}

void HttpCall::readFrom(QNetworkReply* reply)
{
    while (!m_answer.tooLarge && reply->bytesAvailable() > 0) {
        // Never more than one byte past the cap: that byte is what proves the answer is too large.
        const qint64 room = m_config.maxResponseBytes + 1 - m_answer.body.size();
        const QByteArray chunk = reply->read(std::min(room, reply->bytesAvailable()));
        if (chunk.isEmpty())
            break;
        m_answer.body += chunk;
        m_bytesReceived += chunk.size();
        if (m_answer.body.size() > m_config.maxResponseBytes) {
            m_answer.tooLarge = true;
            m_answer.body.clear();
        }
    }
}

void HttpCall::onFinished()
{
    m_timeout.stop();
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    m_answer.cancelled = m_cancelled;
    if (!m_answer.tooLarge && !m_answer.timedOut && !m_cancelled)
        readFrom(reply); // what is left in Qt's (bounded) buffer
    m_answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_answer.networkError = reply->error();
    m_answer.networkErrorText = reply->errorString();
    m_answer.reasonPhrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    m_answer.location = reply->rawHeader("Location");
    m_answer.retryAfter = reply->rawHeader("Retry-After");
    qCDebug(lcApi) << m_request.method << m_request.path << "->" << m_answer.status << "attempt"
                   << m_attempts;

    HttpAttempt attempt{m_request.method,
                        m_request.retryable,
                        m_url,
                        m_attempts,
                        m_redirects,
                        m_config.apiKey,
                        m_config.timeoutMs,
                        m_config.maxResponseBytes,
                        m_config.maxRedirects,
                        m_config.retry};
    if (m_config.classifyOffThread && !m_cancelled && !m_answer.timedOut)
        classifyOffThread(attempt);
    else
        act(HttpClassifier::classify(m_answer, attempt));
}

void HttpCall::classifyOffThread(const HttpAttempt& attempt)
{
    // The classifier is a pure function of the answer: it runs on a copy, and its outcome comes back
    // to this thread. A cancel meanwhile finishes the call at once; the late outcome is then dropped.
    auto* watcher = new QFutureWatcher<HttpOutcome>(this);
    watcher->setObjectName(QStringLiteral("httpOutcome")); // names it in stall traces
    connect(watcher, &QFutureWatcher<HttpOutcome>::finished, this, [this, watcher] {
        watcher->deleteLater();
        HttpOutcome outcome = watcher->future().takeResult();
        if (!isFinished() && !m_cancelled)
            act(outcome);
        // A parsed page of 500 projects takes tens of milliseconds to free: its last reference goes on a
        // worker (the page's decoder or this task), never on this thread.
        // Ahead of the queue: waiting behind other pages' parsing would keep every parsed page alive.
        BackgroundPool::instance()->start(
            [doomed = std::move(outcome)] {
                ThreadPriority::yieldToInteractive();
                (void)doomed;
            },
            INT_MAX);
    });
    watcher->setFuture(
        QtConcurrent::run(BackgroundPool::instance(),
                          [answer = std::exchange(m_answer, {}), attempt, reduce = m_config.reduceDocument] {
                              ThreadPriority::yieldToInteractive();
                              HttpOutcome outcome = HttpClassifier::classify(answer, attempt);
                              if (reduce && outcome.kind == HttpOutcome::Kind::Success)
                                  outcome.document = reduce(outcome.document);
                              return outcome;
                          }));
}

void HttpCall::act(const HttpOutcome& outcome)
{
    switch (outcome.kind) {
    case HttpOutcome::Kind::Success:
        finish(outcome.document, {});
        return;
    case HttpOutcome::Kind::Fail:
        finish({}, outcome.error);
        return;
    case HttpOutcome::Kind::RetryAfter:
        qCInfo(lcApi) << m_request.method << m_request.path << "failed ("
                      << ApiError::categoryName(outcome.error.category()) << outcome.error.httpStatus()
                      << "); retry" << m_attempts << "in" << outcome.delayMs << "ms";
        m_answer = {};
        m_retryTimer.start(outcome.delayMs);
        Q_EMIT retryScheduled(m_attempts, outcome.delayMs);
        return;
    case HttpOutcome::Kind::Redirect:
        if (outcome.switchToGet) {
            m_request.method = "GET";
            m_request.hasBody = false;
        }
        ++m_redirects;
        m_url = outcome.target;
        --m_attempts; // a redirect is not a retry
        sendAttempt();
        return;
    }
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
        finish({}, ApiError(ApiError::Category::Cancelled,
                            QCoreApplication::translate("HttpCall", "Cancelled.")));
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
