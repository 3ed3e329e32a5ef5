#pragma once

#include "api/ApiError.h"
#include "api/RetryPolicy.h"
#include "api/SsapiCall.h"
#include "api/SsapiRequest.h"

#include <QJsonDocument>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

// What a call needs to know about its connection; copied at start so later changes to the client do
// not affect calls under way.
struct HttpCallConfig
{
    QUrl baseUrl;
    QByteArray apiKey;
    int timeoutMs = 30000;
    qint64 maxResponseBytes = qint64{64} * 1024 * 1024;
    RetryPolicy retry;
    int maxRedirects = 5;
};

// One SSAPI request: sends it, enforces the timeout and the response size cap, follows same-origin
// redirects only, retries idempotent requests as the policy says, and ends with a JSON document or
// an ApiError.
//
// Retries: only requests marked retryable (GET, PUT), at most RetryPolicy::maxRetries times, after
// 429/502/503/504 or a connection that failed (refused, closed, cut off mid-answer). A timeout is never
// retried, for GET neither: the user has already waited the full timeout once, and a PUT that timed
// out may have been applied, so the caller decides (ApiError::leavesDoubt()). The retest POST is never
// retried for any reason, because a second POST would request a second retest round.
class HttpCall : public SsapiCall
{
    Q_OBJECT
public:
    using Completion = std::function<void(const QJsonDocument& document, const ApiError& error)>;

    HttpCall(QNetworkAccessManager* network, SsapiRequest request, HttpCallConfig config,
             Completion completion, QObject* parent = nullptr);
    ~HttpCall() override;

    void start();
    void cancel() override;
    int attempts() const { return m_attempts; }

private:
    void sendAttempt();
    void onFinished();
    void finish(const QJsonDocument& document, const ApiError& error);
    bool retryLater(const ApiError& error, const QByteArray& retryAfter);
    ApiError networkError(QNetworkReply* reply) const;

    QNetworkAccessManager* m_network;
    SsapiRequest m_request;
    HttpCallConfig m_config;
    Completion m_completion;
    QUrl m_url;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QTimer m_retryTimer;
    int m_attempts = 0;
    int m_redirects = 0;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    bool m_cancelled = false;
    bool m_bytesSent = false;
    QString m_tlsErrors;
};
