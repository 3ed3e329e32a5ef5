#pragma once

#include "sandbox/SandboxTypes.h"

#include <QJsonObject>
#include <QList>
#include <QRegularExpression>

#include <optional>

// The queue of pending faults. Each request takes the first fault that matches it; a fault with a
// positive count is used up after that many requests.
class FaultInjector
{
public:
    void add(const Fault& fault);
    void clear() { m_faults.clear(); }
    QList<Fault> pending() const;
    // The fault this request gets, if any (and uses one of its count).
    std::optional<Fault> take(const QByteArray& method, const QString& path);

    // "503:2[:METHOD[:PATHREGEX]]"; kinds: 500, 503, 429 (or 429/SECONDS), 401, hang, malformed, html,
    // close. Count "*" or 0 = until cleared. Returns nullopt and sets `error` when the text is wrong.
    static std::optional<Fault> parse(const QString& spec, QString* error = nullptr);
    // {kind, count, method, path, retryAfter} or {spec}; the control endpoint's body.
    static std::optional<Fault> fromJson(const QJsonObject& json, QString* error = nullptr);
    static QJsonObject toJson(const Fault& fault);
    static QString kindName(FaultKind kind);
    static std::optional<FaultKind> kindFromName(const QString& name);

private:
    struct Entry
    {
        Fault fault;
        QRegularExpression pattern;
        int remaining = 0; // <= 0: unlimited
    };
    QList<Entry> m_faults;
};
