#pragma once

#include <QList>
#include <QString>

// How an SSAPI call failed, in terms a caller can act on: one category from a single HTTP→error
// mapping, the HTTP status when there was one, the server's own message and validation details when it
// sent them. Never carries the API key or request headers.
class ApiError
{
public:
    enum class Category
    {
        None,        // no error
        Network,     // no usable connection (refused, reset, DNS, TLS)
        Timeout,     // no complete answer in time
        Auth,        // 401 / 403: the key is wrong or lacks access to this endpoint
        NotFound,    // 404
        Validation,  // 400 / 422: the server rejected the input
        RateLimited, // 429
        Server,      // 5xx
        BadResponse, // not JSON, wrong shape, or too large
        Cancelled,   // the caller cancelled
        InsecureUrl, // refused before connecting: not HTTPS and not loopback, or a cross-origin redirect
        Client,      // another 4xx
    };

    struct Detail
    {
        QString path;
        QString info;
        bool operator==(const Detail&) const = default;
    };

    ApiError() = default;
    ApiError(Category category, QString message, int httpStatus = 0, QList<Detail> details = {});

    // Maps a non-2xx answer, reading AttackForge's JSON error bodies when present. `secret` (the API
    // key) is removed from the raw body and the reason phrase before either is parsed or shortened.
    static ApiError fromHttp(int httpStatus, const QByteArray& body, const QString& reasonPhrase,
                             const QByteArray& secret = {});

    bool isError() const { return m_category != Category::None; }
    Category category() const { return m_category; }
    int httpStatus() const { return m_httpStatus; }
    QString message() const { return m_message; }
    QList<Detail> details() const { return m_details; }
    // A sentence for a dialog: what happened, the server's words, and what to do.
    QString userMessage() const;
    // True when the request may have reached the server and been applied although no answer says so.
    bool leavesDoubt() const { return m_leavesDoubt; }
    void setLeavesDoubt(bool doubt) { m_leavesDoubt = doubt; }
    // Seconds the server asked to wait (Retry-After), or -1. 64 bits: a date in year 9999 is asked for.
    qint64 retryAfterSeconds() const { return m_retryAfterSeconds; }
    void setRetryAfterSeconds(qint64 seconds) { m_retryAfterSeconds = seconds; }
    // Adds a sentence to the message, e.g. why a retry was not attempted.
    void appendToMessage(const QString& sentence);

    static QString categoryName(Category category);

    // The same error with every occurrence of `secret` in the texts replaced, for servers that echo
    // the API key back ("invalid key abc…").
    ApiError redacted(const QByteArray& secret) const;

private:
    Category m_category = Category::None;
    int m_httpStatus = 0;
    QString m_message;
    QList<Detail> m_details;
    bool m_leavesDoubt = false;
    qint64 m_retryAfterSeconds = -1;
};
