#include "ScriptedResponse.h"

#include <QJsonDocument>

namespace ForgeDeskTest {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 418:
        return "I'm a teapot";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

} // namespace

QByteArray ScriptedResponse::head(qsizetype contentLength) const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
                     "\r\nContent-Length: " + QByteArray::number(contentLength) + "\r\n";
    for (const auto& [name, value] : headers)
        out += name + ": " + value + "\r\n";
    return out + "\r\n";
}

ScriptedResponse ScriptedResponse::json(int status, const QJsonObject& body)
{
    ScriptedResponse r;
    r.status = status;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return r;
}

ScriptedResponse ScriptedResponse::raw(int status, QByteArray body, QByteArray contentType)
{
    ScriptedResponse r;
    r.status = status;
    r.body = std::move(body);
    r.headers.append(qMakePair(QByteArray("Content-Type"), std::move(contentType)));
    return r;
}

ScriptedResponse ScriptedResponse::redirect(int status, const QByteArray& location)
{
    ScriptedResponse r;
    r.status = status;
    r.headers.append(qMakePair(QByteArray("Location"), location));
    return r;
}

ScriptedResponse ScriptedResponse::of(Kind kind)
{
    ScriptedResponse r;
    r.kind = kind;
    return r;
}

ScriptedResponse ScriptedResponse::rawBytes(QByteArray bytes)
{
    ScriptedResponse r;
    r.kind = Kind::Raw;
    r.body = std::move(bytes);
    return r;
}

} // namespace ForgeDeskTest
