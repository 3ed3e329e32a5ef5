#pragma once

#include "api/ApiError.h"
#include "api/HttpAnswer.h"
#include "api/OriginTrust.h"
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
struct HttpOutcome;
struct HttpAttempt;

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
    OriginTrust trust; // extra CA certificates, for the base URL's origin only
    // Parse the answer (HttpClassifier) on a worker thread: for large list pages, whose JSON would
    // otherwise hold the GUI thread for tens of milliseconds.
    bool classifyOffThread = false;
    // With classifyOffThread: applied, on that worker, to a successful answer's document, so that only
    // what the caller keeps of a large page travels on and the full parse is freed where it was made.
    std::function<QJsonDocument(const QJsonDocument&)> reduceDocument;
};

// One SSAPI request: sends it, enforces the timeout and the response size cap (refused on a
// Content-Length above it, and read through a bounded buffer so a chunked answer stops there), and
// carries out what HttpClassifier decides for each answer: success, a retry after a delay, a
// same-origin redirect, or an ApiError. The rules themselves live in HttpClassifier.
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
    qint64 bytesReceived() const override { return m_bytesReceived; }

    // How much of an answer Qt may hold for us before it stops reading from the socket.
    static constexpr qint64 kReadBufferBytes = 64 * 1024;

private:
    void sendAttempt();
    void readAvailable();
    void readFrom(QNetworkReply* reply);
    void onFinished();
    void act(const HttpOutcome& outcome);
    void classifyOffThread(const HttpAttempt& attempt);
    void finish(const QJsonDocument& document, const ApiError& error);

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
    HttpAnswer m_answer; // of the attempt in flight
    qint64 m_bytesReceived = 0;
    bool m_cancelled = false;
};
