#include "models/Project.h"

#include "models/FieldValue.h"
#include "models/ProjectField.h"

#include <algorithm>

using namespace Qt::StringLiterals;

QJsonValue Project::value(const QString& key) const
{
    return m_values.value(key);
}

void Project::setValue(const QString& key, const QJsonValue& value)
{
    if (value.isUndefined() || value.isNull())
        m_values.remove(key);
    else
        m_values.insert(key, value);
}

QStringList Project::strings(const QString& key) const
{
    return FieldValue::toStringList(m_values.value(key));
}

QString Project::name() const
{
    return text(ProjectFields::Name);
}

QString Project::code() const
{
    return text(ProjectFields::Code);
}

QString Project::startDate() const
{
    return text(ProjectFields::StartDate);
}

QString Project::endDate() const
{
    return text(ProjectFields::EndDate);
}

QString Project::created() const
{
    return text(u"created"_s);
}

bool Project::isOnHold() const
{
    return text(ProjectFields::IsOnHold).compare(u"Yes"_s, Qt::CaseInsensitive) == 0;
}

QStringList Project::groupIds() const
{
    return strings(ProjectFields::Groups);
}

bool Project::isRetestingEnabled() const
{
    const QJsonValue enabled = m_values.value(ProjectFields::Features)
                                   .toObject()
                                   .value(u"retesting"_s)
                                   .toObject()
                                   .value(u"enabled"_s);
    return !enabled.isBool() || enabled.toBool();
}

int Project::nextRetestRoundNumber() const
{
    int highest = 0;
    for (const RetestRound& r : m_facts.retestRounds)
        highest = std::max(highest, r.number);
    return highest + 1;
}
