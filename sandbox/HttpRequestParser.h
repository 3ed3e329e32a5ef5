#pragma once

#include "sandbox/SandboxTypes.h"

#include <QByteArray>
#include <QByteArrayView>

// Hard limits on what one request may make the sandbox hold.
struct HttpLimits
{
    qsizetype maxHeadBytes = 32 * 1024; // request line and headers
    int maxHeaderCount = 100;
    qsizetype maxBodyBytes = 8 * 1024 * 1024; // larger bodies are never kept
};

// An incremental HTTP/1.1 request parser with hard limits and no sockets, so that it can be tested and
// fuzzed on its own. Bodies need a Content-Length (chunked requests are refused); after the head the
// caller decides whether the body is kept or read and dropped, so a refused body costs no memory.
// Feed bytes, then call advance() until it returns NeedMore or Failed.
class HttpRequestParser
{
public:
    enum class Event
    {
        NeedMore,        // nothing to report until more bytes arrive
        HeadParsed,      // head() is ready; call keepBody() or dropBody() before advancing again
        RequestComplete, // takeRequest() returns it; the parser then reads the next request
        Failed           // failureStatus()/failureMessage() say why; the connection must close
    };

    explicit HttpRequestParser(const HttpLimits& limits = {});

    void feed(QByteArrayView bytes);
    Event advance();

    const RecordedRequest& head() const { return m_request; }
    void keepBody();
    // Reads the body through, keeping only its first `keepFirst` bytes.
    void dropBody(qsizetype keepFirst);
    RecordedRequest takeRequest();
    // The request so far (head and the body bytes kept), for giving up on it before it is complete.
    RecordedRequest takePartialRequest();

    // Whether the last request asked for the connection to close afterwards (Connection: close, HTTP/1.0).
    bool closeRequested() const { return m_closeRequested; }
    // Some bytes of a request that is not complete yet have arrived.
    bool isMidRequest() const;

    int failureStatus() const { return m_failureStatus; }
    QString failureMessage() const { return m_failureMessage; }

private:
    enum class State
    {
        Head,
        Deciding,
        Body,
        Complete,
        Failed
    };
    Event parseHead();
    Event fail(int status, const QString& message);
    bool parseRequestLine(QByteArrayView line);

    HttpLimits m_limits;
    State m_state = State::Head;
    QByteArray m_buffer; // unparsed bytes: the head so far, or bytes after the current request's body
    RecordedRequest m_request;
    qint64 m_bodyLeft = 0;
    qsizetype m_keep = 0; // body bytes to keep; the rest is read and dropped
    bool m_closeRequested = false;
    bool m_http10 = false;
    int m_failureStatus = 0;
    QString m_failureMessage;
};
