#pragma once

#include <QByteArray>
#include <QHash>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

// Plain value types shared by the sandbox's pieces and its users (tests, the GUI's demo mode).

// Settings of one sandbox instance; the command line maps onto these one to one.
struct SandboxOptions
{
    QString apiKey;                        // required: requests without it get 401
    QString seed = QStringLiteral("demo"); // "demo" or "empty" (groups and portfolios, no projects)
    int seedSize = 0;                      // number of demo projects; 0 = the standard demo set (30)
    QString dataFile;                      // JSON state file; empty = in memory only
    int latencyMs = 0;                     // added before every answer
    bool control = false;                  // expose /__sandbox/ control endpoints
    // A connection must deliver a whole request (head and body) within this time after it opens or
    // after its previous answer, or it is closed; the open connections beyond maxConnections are refused.
    int requestTimeoutMs = 10000;
    int maxConnections = 64;
    // Events API (/api/ss/events): events each key may receive (a key not listed gets all of them),
    // the heartbeat interval (0: none, the "missing heartbeats" fault) and a periodic socket drop.
    QHash<QString, QStringList> eventGrants;
    int eventsHeartbeatMs = 30000;
    int eventsDropEveryMs = 0; // 0: never
};

// One request as it reached the sandbox, before any fault or authentication decision.
struct RecordedRequest
{
    QByteArray method; // GET, PUT, POST, …
    QString path;      // percent-encoded path, e.g. /api/ss/project/abc
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;     // in the request log and for refused requests, only the first kLoggedBodyBytes
    qint64 bodySize = 0; // the body's full size as declared by Content-Length

    static constexpr qsizetype kLoggedBodyBytes = 8 * 1024;
};

enum class FaultKind
{
    Status500,
    Status503,
    RateLimited429,
    Unauthorized401,
    Hang,            // accept the request and never answer (client timeout)
    MalformedJson,   // 200 with a truncated JSON body
    HtmlError,       // 502 with an HTML error page, as a proxy would send
    CloseConnection, // drop the socket without answering
};

// The next `count` requests matching `method` (empty: any) and `pathPattern` (regular expression,
// empty: any) get the fault instead of their answer. count <= 0 means every matching request until
// the faults are cleared.
struct Fault
{
    FaultKind kind = FaultKind::Status500;
    int count = 1;
    QByteArray method;
    QString pathPattern;
    int retryAfterSeconds = 1; // RateLimited429 only
};

Q_DECLARE_METATYPE(RecordedRequest)
