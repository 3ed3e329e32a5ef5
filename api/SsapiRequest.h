#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

// One SSAPI request as data: built by SsapiEndpoints, run by SsapiClient, compared whole in tests.
struct SsapiRequest
{
    QByteArray method; // GET, PUT, POST
    QString path;      // with path parameters percent-encoded, e.g. /api/ss/project/abc%2F1
    QUrlQuery query;
    QJsonObject body;
    bool hasBody = false;
    // Idempotent requests may be retried after 429/502/503/504 or a failed connection; a POST that
    // creates something never is.
    bool retryable = true;

    bool operator==(const SsapiRequest&) const = default;
};
