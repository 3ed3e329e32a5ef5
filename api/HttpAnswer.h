#pragma once

#include "api/RetryPolicy.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

// What came back for one attempt of a request, read off the QNetworkReply (or written by a test):
// everything HttpClassifier needs and nothing it would have to ask the network for.
struct HttpAnswer
{
    int status = 0; // 0: no HTTP answer at all
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorText;
    QString tlsErrors; // the certificate problems Qt reported, joined; empty when none
    QByteArray body;
    QString reasonPhrase;
    QByteArray location;
    QByteArray retryAfter;
    bool cancelled = false;
    bool timedOut = false;
    bool tooLarge = false; // stopped at the response cap (Content-Length or bytes read)
};

// The request side of the same attempt.
struct HttpAttempt
{
    QByteArray method = "GET";
    bool retryable = true;
    QUrl url;
    int attempt = 1;   // 1 for the first try, 2 for the first retry, …
    int redirects = 0; // redirects followed so far
    QByteArray secret; // removed from every text taken from the answer
    int timeoutMs = 30000;
    qint64 maxResponseBytes = 64 * 1024 * 1024;
    int maxRedirects = 5;
    RetryPolicy retry;
};
