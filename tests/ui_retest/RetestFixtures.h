#pragma once

#include "models/IsoDate.h"
#include "models/Project.h"
#include "models/ProjectField.h"
#include "models/Vulnerability.h"

#include <QJsonArray>
#include <QJsonObject>

// Small hand-built projects for the retest tests (no server needed).
namespace RetestFixtures {

using namespace Qt::StringLiterals;

inline RetestRound round(int number, const QString& status, QDate first, QDate last, int vulns = 1)
{
    RetestRound r;
    r.id = u"r%1"_s.arg(number);
    r.number = number;
    r.status = status;
    r.windowStart = IsoDate::startOfLocalDay(first);
    r.windowEnd = last.isValid() ? IsoDate::endOfLocalDay(last) : QString();
    for (int i = 0; i < vulns; ++i)
        r.vulnerabilities.append({u"v%1"_s.arg(i), u"ALT-%1"_s.arg(i), u"Finding %1"_s.arg(i)});
    return r;
}

inline Project project(const QString& id, const QString& name, QDate start, QDate end,
                       const QStringList& groups = {}, bool onHold = false)
{
    Project p;
    p.setId(id);
    p.setValue(ProjectFields::Name, name);
    p.setValue(ProjectFields::Code, name.left(3).toUpper());
    if (start.isValid())
        p.setValue(ProjectFields::StartDate, IsoDate::startOfLocalDay(start));
    if (end.isValid())
        p.setValue(ProjectFields::EndDate, IsoDate::endOfLocalDay(end));
    if (!groups.isEmpty())
        p.setValue(ProjectFields::Groups, QJsonArray::fromStringList(groups));
    p.setValue(ProjectFields::IsOnHold, onHold ? u"Yes"_s : u"No"_s);
    p.facts().status = onHold ? u"On-Hold"_s : u"Testing"_s;
    return p;
}

inline Vulnerability vulnerability(const QString& id, const QString& title, const QString& priority,
                                   const QString& status, bool ready)
{
    Vulnerability v;
    v.id = id;
    v.alternateId = u"ALT-"_s + id;
    v.title = title;
    v.priority = priority;
    v.status = status;
    v.retest = ready ? u"Yes"_s : u"No"_s;
    return v;
}

} // namespace RetestFixtures
