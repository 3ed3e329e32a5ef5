#pragma once

#include <QByteArray>

// When and how long to wait before trying an idempotent request again.
struct RetryPolicy
{
    int maxRetries = 3;
    int baseDelayMs = 500;       // doubled per attempt
    int maxDelayMs = 8000;       // cap of the computed backoff
    int maxRetryAfterMs = 60000; // cap of a server's Retry-After; longer waits are not retried

    // Delay before retry number `retry` (1-based); a Retry-After header (seconds or HTTP-date) wins.
    // Returns -1 when the server asks to wait longer than maxRetryAfterMs.
    int delayMs(int retry, const QByteArray& retryAfter) const;
    static int parseRetryAfterMs(const QByteArray& retryAfter);
};
