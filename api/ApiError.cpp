#include "api/ApiError.h"

#include "api/SecretRedactor.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

using namespace Qt::StringLiterals;

ApiError::ApiError(Category category, QString message, int httpStatus, QList<Detail> details)
    : m_category(category)
    , m_httpStatus(httpStatus)
    , m_message(std::move(message))
    , m_details(std::move(details))
{}

namespace {

ApiError::Category categoryFor(int status)
{
    using C = ApiError::Category;
    if (status == 401 || status == 403)
        return C::Auth;
    if (status == 404)
        return C::NotFound;
    if (status == 400 || status == 422)
        return C::Validation;
    if (status == 429)
        return C::RateLimited;
    if (status >= 500)
        return C::Server;
    return C::Client;
}

QString textOf(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isObject())
        return v.toObject().value(u"message"_s).toString();
    return {};
}

// Validation paths come as "a.b" or, Joi-style, as ["a", 0, "b"].
QString pathOf(const QJsonValue& v)
{
    if (!v.isArray())
        return v.toVariant().toString();
    QStringList parts;
    for (const QJsonValue& part : v.toArray())
        parts.append(part.toVariant().toString());
    return parts.join(u'.');
}

// A server's message is shown to people: keep it to a readable length, without cutting a redaction
// mask in two (half a mask would read as if it were part of the server's words).
QString shortened(const QString& message)
{
    constexpr qsizetype kMaxChars = 500;
    if (message.size() <= kMaxChars)
        return message;
    qsizetype cut = kMaxChars;
    const qsizetype mask = message.lastIndexOf(SecretRedactor::kMask, kMaxChars - 1);
    if (mask >= 0 && mask + SecretRedactor::kMask.size() > cut)
        cut = mask + SecretRedactor::kMask.size();
    if (cut < message.size() && message.at(cut).isLowSurrogate())
        ++cut;
    return cut >= message.size() ? message : message.left(cut) + u"…"_s;
}

} // namespace

ApiError ApiError::fromHttp(int httpStatus, const QByteArray& rawBody, const QString& rawReasonPhrase,
                            const QByteArray& secret)
{
    const SecretRedactor redactor(secret);
    const QByteArray body = redactor.redact(rawBody);
    const QString reasonPhrase = redactor.redact(rawReasonPhrase);
    QString message;
    QList<Detail> details;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError && doc.isObject()) {
        const QJsonObject o = doc.object();
        message = textOf(o.value(u"message"_s));
        if (message.isEmpty())
            message = textOf(o.value(u"error"_s));
        if (message.isEmpty())
            message = textOf(o.value(u"status"_s));
        QJsonArray list = o.value(u"error"_s).toObject().value(u"details"_s).toArray();
        if (list.isEmpty())
            list = o.value(u"details"_s).toArray();
        for (const QJsonValue& d : list) {
            const QJsonObject entry = d.toObject();
            details.append({pathOf(entry.value(u"path"_s)), textOf(entry.value(u"info"_s))});
        }
    }
    if (message.isEmpty())
        message = reasonPhrase.isEmpty() ? u"HTTP %1"_s.arg(httpStatus) : reasonPhrase;
    // Decoding can join what the raw text kept apart (a "\u0041" escape inside the key): once more.
    message = redactor.redact(message);
    for (Detail& d : details) {
        d.path = redactor.redact(d.path);
        d.info = redactor.redact(d.info);
    }
    return ApiError(categoryFor(httpStatus), shortened(message), httpStatus, details);
}

ApiError ApiError::redacted(const QByteArray& secret) const
{
    const SecretRedactor redactor(secret);
    if (!redactor.isActive())
        return *this;
    ApiError copy = *this;
    copy.m_message = redactor.redact(copy.m_message);
    for (Detail& d : copy.m_details) {
        d.path = redactor.redact(d.path);
        d.info = redactor.redact(d.info);
    }
    return copy;
}

void ApiError::appendToMessage(const QString& sentence)
{
    m_message = m_message.isEmpty() ? sentence : m_message + u"; "_s + sentence;
}

QString ApiError::categoryName(Category category)
{
    switch (category) {
    case Category::None:
        return u"none"_s;
    case Category::Network:
        return u"network"_s;
    case Category::Timeout:
        return u"timeout"_s;
    case Category::Auth:
        return u"auth"_s;
    case Category::NotFound:
        return u"not found"_s;
    case Category::Validation:
        return u"validation"_s;
    case Category::RateLimited:
        return u"rate limited"_s;
    case Category::Server:
        return u"server"_s;
    case Category::BadResponse:
        return u"bad response"_s;
    case Category::Cancelled:
        return u"cancelled"_s;
    case Category::InsecureUrl:
        return u"insecure URL"_s;
    case Category::Client:
        return u"client"_s;
    }
    return {};
}

QString ApiError::userMessage() const
{
    QString lead;
    switch (m_category) {
    case Category::None:
        return {};
    case Category::Network:
        lead = QCoreApplication::translate("ApiError", "Could not reach the server");
        break;
    case Category::Timeout:
        lead = QCoreApplication::translate("ApiError", "The server did not answer in time");
        break;
    case Category::Auth:
        lead =
            QCoreApplication::translate(
                "ApiError", "The server refused the API key or this key may not use this function (HTTP %1)")
                .arg(m_httpStatus);
        break;
    case Category::NotFound:
        lead = QCoreApplication::translate("ApiError", "Not found on the server (HTTP 404)");
        break;
    case Category::Validation:
        lead = QCoreApplication::translate("ApiError", "The server rejected the input (HTTP %1)")
                   .arg(m_httpStatus);
        break;
    case Category::RateLimited:
        lead = QCoreApplication::translate("ApiError",
                                           "The server is limiting requests (HTTP 429); try again shortly");
        break;
    case Category::Server:
        lead = QCoreApplication::translate("ApiError", "The server had an error (HTTP %1)").arg(m_httpStatus);
        break;
    case Category::BadResponse:
        lead = QCoreApplication::translate("ApiError", "The server's answer could not be read");
        break;
    case Category::Cancelled:
        return QCoreApplication::translate("ApiError", "Cancelled.");
    case Category::InsecureUrl:
        lead = QCoreApplication::translate("ApiError", "Refused for safety");
        break;
    case Category::Client:
        lead = QCoreApplication::translate("ApiError", "The request was refused (HTTP %1)").arg(m_httpStatus);
        break;
    }
    QString text = lead;
    if (!m_message.isEmpty())
        text += u": "_s + m_message;
    for (const Detail& d : m_details)
        text += u"\n• "_s + (d.path.isEmpty() ? d.info : d.path + u": "_s + d.info);
    if (m_leavesDoubt)
        text += QCoreApplication::translate(
            "ApiError", "\nThe request may have reached the server before the connection failed.");
    return text;
}
