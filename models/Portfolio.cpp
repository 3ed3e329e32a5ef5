#include "models/Portfolio.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

Portfolio Portfolio::fromJson(const QJsonObject& json)
{
    Portfolio p;
    p.id = json.value(u"id"_s).toString();
    p.name = json.value(u"name"_s).toString();
    p.code = json.value(u"code"_s).toString();
    const QJsonArray streams = json.value(u"streams"_s).toArray();
    for (const QJsonValue& s : streams) {
        const QJsonObject o = s.toObject();
        p.streams.append({o.value(u"id"_s).toString(), o.value(u"name"_s).toString()});
    }
    return p;
}

QJsonObject Portfolio::toJson() const
{
    QJsonArray list;
    for (const PortfolioStream& s : streams)
        list.append(QJsonObject{{u"id"_s, s.id}, {u"name"_s, s.name}});
    return {{u"id"_s, id}, {u"name"_s, name}, {u"code"_s, code}, {u"streams"_s, list}};
}

const PortfolioStream* Portfolio::stream(const QString& streamId) const
{
    for (const PortfolioStream& s : streams) {
        if (s.id == streamId)
            return &s;
    }
    return nullptr;
}
