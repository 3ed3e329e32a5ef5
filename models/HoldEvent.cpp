#include "models/HoldEvent.h"

using namespace Qt::StringLiterals;

HoldEvent HoldEvent::fromJson(const QJsonObject& json)
{
    return {json.value(u"status"_s).toString(), json.value(u"reason"_s).toString(),
            json.value(u"created"_s).toString()};
}

QJsonObject HoldEvent::toJson() const
{
    return {{u"status"_s, status}, {u"reason"_s, reason}, {u"created"_s, created}};
}
