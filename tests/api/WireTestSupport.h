#pragma once

// What both wire suites share: the key, a result collector and project fixtures.
#include "FakeSsapiServer.h"
#include "api/SsapiCall.h"
#include "api/SsapiClient.h"
#include "models/RetestRequest.h"
#include "models/RetestRoundUpdate.h"
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <optional>

using namespace Qt::StringLiterals;
using Kind = ScriptedResponse::Kind;
using C = ApiError::Category;

namespace wire {

inline const QString kKey = u"wire-key-7Qz9-secret"_s;

// Collects the one result a call delivers.
template <typename T> struct Outcome
{
    std::optional<ApiResult<T>> result;
    int calls = 0;
    auto callback()
    {
        return [this](const ApiResult<T>& r) {
            result = r;
            ++calls;
        };
    }
    C category() const { return result->error().category(); }
};

inline QJsonObject readProject(const QString& id, const QString& name)
{
    return {{u"project_id"_s, id}, {u"project_name"_s, name}};
}

inline QJsonArray namedProjects(int from, int count)
{
    QJsonArray list;
    for (int i = from; i < from + count; ++i)
        list.append(readProject(u"p%1"_s.arg(i), u"Project %1"_s.arg(i)));
    return list;
}

} // namespace wire

using namespace wire;
