#pragma once

#include "sandbox/HttpReply.h"
#include "sandbox/SandboxTypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <optional>

using SandboxClock = std::function<QDateTime()>;

// Reading what a request carries — path segments, paging, dates, a JSON object body — with a
// ready VALIDATION_FAILED answer naming the parameter when it is wrong.
namespace RequestParams {

inline constexpr int kMaxLimit = 500;

struct Paging
{
    int skip = 0;
    int limit = kMaxLimit;
};

// "/api/ss/project/a%2Fb" -> {"api", "ss", "project", "a/b"}
QStringList pathSegments(const QString& encodedPath);
QString value(const RecordedRequest& request, const QString& key);
// skip >= 0 (default 0); limit >= 1, capped at 500 (default 500).
std::optional<Paging> paging(const RecordedRequest& request, HttpReply* error);
// An optional strict UTC date parameter; invalid QDateTime when absent.
std::optional<QDateTime> date(const RecordedRequest& request, const QString& key, HttpReply* error);
// The body as a JSON object; an empty body counts as {} when `emptyAllowed`.
std::optional<QJsonObject> objectBody(const RecordedRequest& request, HttpReply* error,
                                      bool emptyAllowed = false);

} // namespace RequestParams
