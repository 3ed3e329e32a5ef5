#include "sandbox/ProjectUpdater.h"

#include "models/Catalog.h"
#include "models/FieldValue.h"
#include "models/HoldEvent.h"
#include "models/IsoDate.h"
#include "models/ProjectFactKeys.h"
#include "models/ProjectField.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ProjectUpdater {

namespace {

QHash<QString, QString> catalogNames(const Catalog& catalog)
{
    QHash<QString, QString> names;
    for (const Group& g : catalog.groups)
        names.insert(g.id, g.name);
    for (const Portfolio& p : catalog.portfolios) {
        names.insert(p.id, p.name);
        for (const PortfolioStream& s : p.streams)
            names.insert(s.id, s.name);
    }
    return names;
}

} // namespace

void apply(QJsonObject& readJson, const QJsonObject& body, const Catalog& catalog, const QDateTime& now)
{
    const QHash<QString, QString> names = catalogNames(catalog);
    const ProjectField& onHold = *ProjectFields::find(ProjectFields::IsOnHold);
    const QString yes = onHold.choiceValues().constLast(); // No, Yes
    const QString wasOnHold = readJson.value(onHold.readKey).toString();
    for (auto it = body.begin(); it != body.end(); ++it) {
        const ProjectField* field = ProjectFields::find(it.key());
        if (!field || field->readKey.isEmpty())
            continue;
        readJson.insert(field->readKey, FieldValue::toServer(*field, it.value(), names));
    }
    const QString isOnHold = body.value(ProjectFields::IsOnHold).toString();
    if (!isOnHold.isEmpty() && isOnHold != wasOnHold) {
        QJsonArray history = readJson.value(ProjectFactKeys::HoldHistory).toArray();
        history.append(HoldEvent{isOnHold == yes ? HoldEvent::kOnHold : HoldEvent::kOffHold,
                                 body.value(ProjectFields::IsOnHoldReason).toString(), IsoDate::format(now)}
                           .toJson());
        readJson.insert(ProjectFactKeys::HoldHistory, history);
    }
    readJson.insert(ProjectFactKeys::LastModified, IsoDate::format(now));
}

} // namespace ProjectUpdater
