#pragma once

#include "api/ApiError.h"
#include "api/ApiResult.h"

#include <optional>

namespace ForgeDeskTest {

// Collects the one result an SsapiClient call delivers, and how many times it was delivered.
template <typename T> struct CallOutcome
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
    ApiError::Category category() const { return result->error().category(); }
};

} // namespace ForgeDeskTest
