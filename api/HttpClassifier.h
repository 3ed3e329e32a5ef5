#pragma once

#include "api/HttpAnswer.h"
#include "api/HttpOutcome.h"

// The rules for one attempt's answer, as a pure function (no network, no timers, no state): which
// answers are a success, which are retried and after how long, which redirects are followed, and the
// ApiError for everything else. Every text taken from the answer has the secret removed before it is
// parsed, cut or put into an error.
//
// Retries: only requests marked retryable (GET, PUT), at most RetryPolicy::maxRetries times, after
// 429/502/503/504 or a connection that failed (refused, closed, cut off mid-answer). A timeout is never
// retried, for GET neither: the user has already waited the full timeout once, and a PUT that timed
// out may have been applied, so the caller decides (ApiError::leavesDoubt()). The retest POST is never
// retried for any reason, because a second POST would request a second retest round; for the same
// reason it never follows a redirect, which would send it a second time.
namespace HttpClassifier {

HttpOutcome classify(const HttpAnswer& answer, const HttpAttempt& attempt);

} // namespace HttpClassifier
