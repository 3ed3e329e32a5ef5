#include "sandbox/FaultInjector.h"

using namespace Qt::StringLiterals;

void FaultInjector::add(const Fault& fault)
{
    Entry entry{fault, QRegularExpression(fault.pathPattern), fault.count};
    entry.fault.method = fault.method.toUpper();
    m_faults.append(entry);
}

QList<Fault> FaultInjector::pending() const
{
    QList<Fault> list;
    for (const Entry& e : m_faults) {
        Fault f = e.fault;
        f.count = e.remaining;
        list.append(f);
    }
    return list;
}

std::optional<Fault> FaultInjector::take(const QByteArray& method, const QString& path)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Entry& e = m_faults[i];
        if (!e.fault.method.isEmpty() && e.fault.method != method)
            continue;
        if (!e.fault.pathPattern.isEmpty() && (!e.pattern.isValid() || !e.pattern.match(path).hasMatch()))
            continue;
        const Fault fault = e.fault;
        if (e.remaining > 0 && --e.remaining == 0)
            m_faults.removeAt(i);
        return fault;
    }
    return std::nullopt;
}

QString FaultInjector::kindName(FaultKind kind)
{
    switch (kind) {
    case FaultKind::Status500:
        return u"500"_s;
    case FaultKind::Status503:
        return u"503"_s;
    case FaultKind::RateLimited429:
        return u"429"_s;
    case FaultKind::Unauthorized401:
        return u"401"_s;
    case FaultKind::Hang:
        return u"hang"_s;
    case FaultKind::MalformedJson:
        return u"malformed"_s;
    case FaultKind::HtmlError:
        return u"html"_s;
    case FaultKind::CloseConnection:
        return u"close"_s;
    }
    return {};
}

std::optional<FaultKind> FaultInjector::kindFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"500"_s)
        return FaultKind::Status500;
    if (n == u"503"_s)
        return FaultKind::Status503;
    if (n == u"429"_s)
        return FaultKind::RateLimited429;
    if (n == u"401"_s)
        return FaultKind::Unauthorized401;
    if (n == u"hang"_s || n == u"timeout"_s)
        return FaultKind::Hang;
    if (n == u"malformed"_s || n == u"malformed-json"_s)
        return FaultKind::MalformedJson;
    if (n == u"html"_s)
        return FaultKind::HtmlError;
    if (n == u"close"_s || n == u"drop"_s)
        return FaultKind::CloseConnection;
    return std::nullopt;
}

std::optional<Fault> FaultInjector::parse(const QString& spec, QString* error)
{
    auto fail = [error](const QString& message) -> std::optional<Fault> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    // The path regex may itself contain ':' — only the first three separators split.
    QStringList parts = spec.split(u':');
    if (parts.size() > 4)
        parts = parts.mid(0, 3) << QStringList(parts.mid(3)).join(u':');
    QString kindText = parts.value(0);
    Fault fault;
    if (const qsizetype slash = kindText.indexOf(u'/'); slash > 0) {
        bool ok = false;
        fault.retryAfterSeconds = kindText.mid(slash + 1).toInt(&ok);
        if (!ok || fault.retryAfterSeconds < 0)
            return fail(u"bad Retry-After seconds in fault “%1”"_s.arg(spec));
        kindText = kindText.left(slash);
    }
    const std::optional<FaultKind> kind = kindFromName(kindText);
    if (!kind)
        return fail(u"unknown fault kind “%1” (use 500, 503, 429, 401, hang, malformed, html or close)"_s.arg(
            kindText));
    fault.kind = *kind;
    if (parts.size() > 1 && !parts.at(1).isEmpty()) {
        if (parts.at(1) == u"*"_s) {
            fault.count = 0;
        } else {
            bool ok = false;
            fault.count = parts.at(1).toInt(&ok);
            if (!ok || fault.count < 0)
                return fail(u"bad count in fault “%1”"_s.arg(spec));
        }
    }
    if (parts.size() > 2)
        fault.method = parts.at(2).toUpper().toLatin1();
    if (parts.size() > 3)
        fault.pathPattern = parts.at(3);
    if (!QRegularExpression(fault.pathPattern).isValid())
        return fail(u"bad path pattern in fault “%1”"_s.arg(spec));
    return fault;
}

std::optional<Fault> FaultInjector::fromJson(const QJsonObject& json, QString* error)
{
    if (json.value(u"spec"_s).isString())
        return parse(json.value(u"spec"_s).toString(), error);
    const QJsonValue kindValue = json.value(u"kind"_s);
    const QString kindText = kindValue.isDouble() ? QString::number(kindValue.toInt()) : kindValue.toString();
    const std::optional<FaultKind> kind = kindFromName(kindText);
    if (!kind) {
        if (error)
            *error = u"unknown fault kind “%1”"_s.arg(kindText);
        return std::nullopt;
    }
    Fault fault;
    fault.kind = *kind;
    fault.count = json.value(u"count"_s).toInt(1);
    fault.method = json.value(u"method"_s).toString().toUpper().toLatin1();
    fault.pathPattern = json.value(u"path"_s).toString();
    fault.retryAfterSeconds = json.value(u"retryAfter"_s).toInt(1);
    if (!QRegularExpression(fault.pathPattern).isValid()) {
        if (error)
            *error = u"bad path pattern “%1”"_s.arg(fault.pathPattern);
        return std::nullopt;
    }
    return fault;
}

QJsonObject FaultInjector::toJson(const Fault& fault)
{
    return {{u"kind"_s, kindName(fault.kind)},
            {u"count"_s, fault.count},
            {u"method"_s, QString::fromLatin1(fault.method)},
            {u"path"_s, fault.pathPattern},
            {u"retryAfter"_s, fault.retryAfterSeconds}};
}
