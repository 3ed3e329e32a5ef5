#pragma once

#include <QByteArray>
#include <QString>

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
    // Milliseconds a Retry-After value asks for, or -1 when there is none or it cannot be read. In 64
    // bits and saturated, so no value a server sends can wrap around into a short or negative wait.
    static qint64 parseRetryAfterMs(const QByteArray& retryAfter);
    // "49 days", "2 minutes": how long a wait is, for an error message.
    static QString describeWait(qint64 ms);
};
