#include "sandbox/ControlRoutes.h"

#include "sandbox/RequestParams.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

ControlRoutes::ControlRoutes(FaultInjector& faults, QList<RecordedRequest>& log, std::function<void()> reset)
    : m_faults(faults)
    , m_log(log)
    , m_reset(std::move(reset))
{}

HttpReply ControlRoutes::route(const RecordedRequest& request)
{
    const QStringList s = RequestParams::pathSegments(request.path);
    const QString what = s.value(1);
    const QByteArray& m = request.method;
    if (s.size() == 2 && what == u"faults"_s) {
        if (m == "GET")
            return listFaults();
        if (m == "POST")
            return addFaults(request);
        if (m == "DELETE") {
            m_faults.clear();
            return listFaults();
        }
    } else if (s.size() == 2 && what == u"requests"_s) {
        if (m == "GET")
            return listRequests();
        if (m == "DELETE") {
            m_log.clear();
            return HttpReply::json({{u"count"_s, 0}, {u"requests"_s, QJsonArray()}});
        }
    } else if (s.size() == 2 && what == u"reset"_s && m == "POST") {
        m_reset();
        return HttpReply::json({{u"status"_s, u"Sandbox reset"_s}});
    }
    return HttpReply::notFound(u"No control endpoint %1 %2"_s.arg(QString::fromLatin1(m), request.path));
}

HttpReply ControlRoutes::addFaults(const RecordedRequest& request)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return HttpReply::validationFailed(
            u"body"_s, u"The body is not valid JSON: %1."_s.arg(parseError.errorString()));
    QJsonArray items = doc.isArray() ? doc.array() : doc.object().value(u"faults"_s).toArray();
    if (doc.isObject() && !doc.object().contains(u"faults"_s))
        items = QJsonArray{doc.object()};
    QList<Fault> parsed;
    for (qsizetype i = 0; i < items.size(); ++i) {
        QString problem = u"entry must be an object"_s;
        const std::optional<Fault> fault =
            items.at(i).isObject() ? FaultInjector::fromJson(items.at(i).toObject(), &problem) : std::nullopt;
        if (!fault)
            return HttpReply::validationFailed(u"faults[%1]"_s.arg(i), problem);
        parsed.append(*fault);
    }
    for (const Fault& f : parsed)
        m_faults.add(f);
    return listFaults();
}

HttpReply ControlRoutes::listFaults() const
{
    QJsonArray list;
    for (const Fault& f : m_faults.pending())
        list.append(FaultInjector::toJson(f));
    return HttpReply::json({{u"faults"_s, list}});
}

HttpReply ControlRoutes::listRequests() const
{
    QJsonArray list;
    for (const RecordedRequest& r : m_log) {
        QJsonObject headers;
        for (auto it = r.headers.begin(); it != r.headers.end(); ++it) {
            // The key never leaves the process, not even to the person who started it.
            const bool secret = it.key() == "x-ssapi-key";
            headers.insert(QString::fromLatin1(it.key()), secret ? u"***"_s : QString::fromUtf8(it.value()));
        }
        list.append(QJsonObject{{u"method"_s, QString::fromLatin1(r.method)},
                                {u"path"_s, r.path},
                                {u"query"_s, r.query.toString(QUrl::FullyEncoded)},
                                {u"headers"_s, headers},
                                {u"body"_s, QString::fromUtf8(r.body)}});
    }
    return HttpReply::json({{u"count"_s, list.size()}, {u"requests"_s, list}});
}
