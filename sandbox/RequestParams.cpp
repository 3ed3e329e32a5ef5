#include "sandbox/RequestParams.h"

#include "models/IsoDate.h"
#include "models/RuleTexts.h"

#include <QJsonDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace RequestParams {

QStringList pathSegments(const QString& encodedPath)
{
    QStringList out;
    const QStringList parts = encodedPath.split(u'/', Qt::SkipEmptyParts);
    for (const QString& part : parts)
        out.append(QUrl::fromPercentEncoding(part.toUtf8()));
    return out;
}

QString value(const RecordedRequest& request, const QString& key)
{
    return request.query.queryItemValue(key, QUrl::FullyDecoded);
}

namespace {

std::optional<int> integer(const RecordedRequest& request, const QString& key, int fallback, int minimum,
                           HttpReply* error)
{
    if (!request.query.hasQueryItem(key))
        return fallback;
    bool ok = false;
    const int n = value(request, key).trimmed().toInt(&ok);
    if (!ok || n < minimum) {
        *error = HttpReply::validationFailed(
            key, u"%1 must be a whole number of at least %2."_s.arg(key).arg(minimum));
        return std::nullopt;
    }
    return n;
}

} // namespace

std::optional<Paging> paging(const RecordedRequest& request, HttpReply* error)
{
    const std::optional<int> skip = integer(request, u"skip"_s, 0, 0, error);
    if (!skip)
        return std::nullopt;
    const std::optional<int> limit = integer(request, u"limit"_s, kMaxLimit, 1, error);
    if (!limit)
        return std::nullopt;
    return Paging{*skip, qMin(*limit, kMaxLimit)};
}

std::optional<QDateTime> date(const RecordedRequest& request, const QString& key, HttpReply* error)
{
    if (!request.query.hasQueryItem(key))
        return QDateTime();
    const QString text = value(request, key);
    if (!IsoDate::isStrictUtc(text)) {
        *error = HttpReply::validationFailed(key, RuleTexts::notUtcParameter(key));
        return std::nullopt;
    }
    return IsoDate::parse(text);
}

std::optional<QJsonObject> objectBody(const RecordedRequest& request, HttpReply* error, bool emptyAllowed)
{
    if (request.body.trimmed().isEmpty()) {
        if (emptyAllowed)
            return QJsonObject();
        *error = HttpReply::validationFailed(u"body"_s, u"The request body must be a JSON object."_s);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = HttpReply::validationFailed(
            u"body"_s, u"The request body is not valid JSON: %1 at offset %2."_s.arg(parseError.errorString())
                           .arg(parseError.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = HttpReply::validationFailed(u"body"_s, u"The request body must be a JSON object."_s);
        return std::nullopt;
    }
    return doc.object();
}

} // namespace RequestParams
