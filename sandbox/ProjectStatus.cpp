#include "sandbox/ProjectStatus.h"

#include "models/IsoDate.h"
#include "models/ProjectField.h"

using namespace Qt::StringLiterals;

namespace ProjectStatus {

QString compute(const QJsonObject& readJson, const QDateTime& now)
{
    namespace F = ProjectFields;
    static const QString onHoldKey = F::readKey(F::IsOnHold);
    static const QString onHoldYes = F::find(F::IsOnHold)->choiceValues().constLast(); // No, Yes
    static const QString startKey = F::readKey(F::StartDate);
    static const QString endKey = F::readKey(F::EndDate);
    if (readJson.value(onHoldKey).toString() == onHoldYes)
        return u"On-Hold"_s;
    const QDateTime start = IsoDate::parse(readJson.value(startKey).toString());
    const QDateTime end = IsoDate::parse(readJson.value(endKey).toString());
    if (start.isValid() && now < start)
        return u"Waiting-to-Start"_s;
    if (end.isValid() && now > end)
        return u"Completed"_s;
    return u"Testing"_s;
}

} // namespace ProjectStatus
