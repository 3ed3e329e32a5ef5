#include "api/EventsNotification.h"
#include "models/ProjectFactKeys.h"

#include "models/IsoDate.h"

using namespace Qt::StringLiterals;

namespace {

QString personName(const QJsonObject& person)
{
    const QString name =
        QString(person.value(u"first_name"_s).toString() + u' ' + person.value(u"last_name"_s).toString())
            .trimmed();
    return name.isEmpty() ? person.value(u"user_id"_s).toString() : name;
}

} // namespace

std::optional<EventsNotification> EventsNotification::fromParams(const QString& name,
                                                                 const QJsonObject& params, QString* problem)
{
    auto fail = [problem](const QString& why) -> std::optional<EventsNotification> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    EventsNotification n;
    n.name = name;
    n.params = params;
    n.timestamp = params.value(u"timestamp"_s).toString();
    if (!IsoDate::parse(n.timestamp).isValid())
        return fail(u"no valid params.timestamp"_s);
    const QJsonObject data = params.value(u"data"_s).toObject();
    // project-updated may carry the project itself (inferred); its id is then project_id or id.
    n.projectId = data.value(ProjectFactKeys::Id).toString();
    if (n.projectId.isEmpty())
        n.projectId = data.value(u"project"_s).toObject().value(ProjectFactKeys::Id).toString();
    if (n.projectId.isEmpty())
        return fail(u"no params.data.project_id"_s);
    const QJsonObject user = params.value(u"user"_s).toObject();
    n.who = personName(user);
    // params.user may hold only an id; the retest payloads name the person in full.
    if (user.value(u"first_name"_s).toString().isEmpty() && user.value(u"last_name"_s).toString().isEmpty()) {
        for (const QString& key : {u"cancelled_by"_s, u"requested_by"_s}) {
            const QString byName = personName(data.value(key).toObject());
            if (!byName.isEmpty()) {
                n.who = byName;
                break;
            }
        }
    }
    if (n.who.isEmpty())
        n.who = u"someone"_s;
    return n;
}
