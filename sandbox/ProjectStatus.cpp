#include "sandbox/ProjectStatus.h"

#include "models/IsoDate.h"

using namespace Qt::StringLiterals;

namespace ProjectStatus {

QString compute(const QJsonObject& readJson, const QDateTime& now)
{
    if (readJson.value(u"project_on_hold"_s).toString() == u"Yes"_s)
        return u"On-Hold"_s;
    const QDateTime start = IsoDate::parse(readJson.value(u"project_start_date"_s).toString());
    const QDateTime end = IsoDate::parse(readJson.value(u"project_end_date"_s).toString());
    if (start.isValid() && now < start)
        return u"Waiting-to-Start"_s;
    if (end.isValid() && now > end)
        return u"Completed"_s;
    return u"Testing"_s;
}

} // namespace ProjectStatus
