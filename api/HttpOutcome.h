#pragma once

#include "api/ApiError.h"

#include <QJsonDocument>
#include <QUrl>

// What to do after one attempt: HttpClassifier decides, HttpCall does it.
struct HttpOutcome
{
    enum class Kind
    {
        Success,    // `document` is the answer
        RetryAfter, // try the same request again after `delayMs`; `error` says why
        Redirect,   // send it again to `target` (same origin, retryable requests only)
        Fail,       // end with `error`
    };

    Kind kind = Kind::Fail;
    QJsonDocument document;
    int delayMs = 0;
    QUrl target;
    bool switchToGet = false; // 303 See Other: the next request is a GET without a body
    ApiError error;

    static HttpOutcome success(QJsonDocument document)
    {
        HttpOutcome o;
        o.kind = Kind::Success;
        o.document = std::move(document);
        return o;
    }
    static HttpOutcome retryAfter(int delayMs, ApiError why)
    {
        HttpOutcome o;
        o.kind = Kind::RetryAfter;
        o.delayMs = delayMs;
        o.error = std::move(why);
        return o;
    }
    static HttpOutcome redirect(QUrl target, bool switchToGet)
    {
        HttpOutcome o;
        o.kind = Kind::Redirect;
        o.target = std::move(target);
        o.switchToGet = switchToGet;
        return o;
    }
    static HttpOutcome fail(ApiError error)
    {
        HttpOutcome o;
        o.error = std::move(error);
        return o;
    }
};
