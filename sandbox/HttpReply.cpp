#include "sandbox/HttpReply.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

HttpReply HttpReply::json(const QJsonObject& object, int status)
{
    HttpReply reply;
    reply.status = status;
    reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return reply;
}

HttpReply HttpReply::error(int status, const QString& error, const QString& message)
{
    return json({{u"error"_s, error}, {u"message"_s, message}}, status);
}

HttpReply HttpReply::notFound(const QString& message)
{
    return error(404, message, message);
}

HttpReply HttpReply::validationFailed(const ValidationIssues& issues, qsizetype omitted)
{
    QJsonArray details;
    for (const ValidationIssue& issue : issues.first(std::min(issues.size(), kMaxListedIssues)))
        details.append(QJsonObject{{u"path"_s, issue.field}, {u"info"_s, issue.message}});
    omitted += std::max<qsizetype>(0, issues.size() - kMaxListedIssues);
    if (omitted > 0)
        details.append(QJsonObject{
            {u"path"_s, u"body"_s},
            {u"info"_s, u"%1 more problems are not listed (only the first %2 are)."_s.arg(omitted).arg(
                            kMaxListedIssues)}});
    const QString message = issues.isEmpty() ? u"Validation failed"_s : issues.first().message;
    return json({{u"code"_s, u"VALIDATION_FAILED"_s},
                 {u"message"_s, message},
                 {u"error"_s, QJsonObject{{u"details"_s, details}}}},
                400);
}

HttpReply HttpReply::validationFailed(const QString& path, const QString& info)
{
    return validationFailed(ValidationIssues{{path, info}});
}

QByteArray HttpReply::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray HttpReply::serialize(bool closeAfter) const
{
    QByteArray out;
    out.reserve(body.size() + 256);
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto& [name, value] : headers)
        out += name + ": " + value + "\r\n";
    if (closeAfter)
        out += "Connection: close\r\n";
    out += "\r\n";
    out += body;
    return out;
}
