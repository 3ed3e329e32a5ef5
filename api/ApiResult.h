#pragma once

#include "api/ApiError.h"

#include <optional>
#include <utility>

// Either the value a call produced or the error it ended with.
template <typename T> class ApiResult
{
public:
    static ApiResult success(T value)
    {
        ApiResult r;
        r.m_value = std::move(value);
        return r;
    }
    static ApiResult failure(const ApiError& error)
    {
        ApiResult r;
        r.m_error = error;
        return r;
    }

    bool isOk() const { return m_value.has_value(); }
    const T& value() const { return *m_value; }
    const ApiError& error() const { return m_error; }

private:
    std::optional<T> m_value;
    ApiError m_error;
};
