#pragma once

#include "models/IsoDate.h"
#include "models/Project.h"
#include "models/ProjectField.h"
#include "models/Vulnerability.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ForgeDeskTest {

// Small hand-built projects for the retest tests (no server needed), and the three projects
// RetestSandbox seeds (their vulnerabilities and rounds known exactly).
namespace RetestFixtures {

inline RetestRound round(int number, const QString& status, QDate first, QDate last, int vulns = 1)
{
    RetestRound r;
    r.id = QStringLiteral("r%1").arg(number);
    r.number = number;
    r.status = status;
    r.windowStart = IsoDate::startOfLocalDay(first);
    r.windowEnd = last.isValid() ? IsoDate::endOfLocalDay(last) : QString();
    for (int i = 0; i < vulns; ++i)
        r.vulnerabilities.append({QStringLiteral("v%1").arg(i), QStringLiteral("ALT-%1").arg(i),
                                  QStringLiteral("Finding %1").arg(i)});
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
    p.setValue(ProjectFields::IsOnHold, onHold ? QStringLiteral("Yes") : QStringLiteral("No"));
    p.facts().status = onHold ? QStringLiteral("On-Hold") : QStringLiteral("Testing");
    return p;
}

inline Vulnerability vulnerability(const QString& id, const QString& title, const QString& priority,
                                   const QString& status, bool ready)
{
    Vulnerability v;
    v.id = id;
    v.alternateId = QStringLiteral("ALT-") + id;
    v.title = title;
    v.priority = priority;
    v.status = status;
    v.retest = ready ? QStringLiteral("Yes") : QStringLiteral("No");
    return v;
}

inline const QString kProject = QStringLiteral("5e7c29afa3362408cf502a11");
inline const QString kOther = QStringLiteral("5e7c29afa3362408cf502a22");
inline const QString kEmpty = QStringLiteral("5e7c29afa3362408cf502a33"); // nothing in Retest status

// Ready: v1, v3, v5. v2 not marked, v4 closed.
inline QList<QJsonObject> vulnerabilitiesJson(const QString& prefix)
{
    return {vulnerability(prefix + QStringLiteral("v1"), QStringLiteral("SQL injection in login"),
                          QStringLiteral("Critical"), QStringLiteral("Open"), true)
                .toJson(),
            vulnerability(prefix + QStringLiteral("v2"), QStringLiteral("Verbose error pages"),
                          QStringLiteral("Low"), QStringLiteral("Open"), false)
                .toJson(),
            vulnerability(prefix + QStringLiteral("v3"), QStringLiteral("Stored XSS in comments"),
                          QStringLiteral("High"), QStringLiteral("Open"), true)
                .toJson(),
            vulnerability(prefix + QStringLiteral("v4"), QStringLiteral("Outdated TLS"),
                          QStringLiteral("Medium"), QStringLiteral("Closed"), true)
                .toJson(),
            vulnerability(prefix + QStringLiteral("v5"), QStringLiteral("IDOR on invoices"),
                          QStringLiteral("High"), QStringLiteral("Open"), true)
                .toJson()};
}

// A project in testing since 20 days with one completed round.
inline Project makeProject(const QString& id, const QString& name)
{
    Project p = project(id, name, QDate::currentDate().addDays(-20), QDate::currentDate().addDays(40));
    RetestRound r = round(1, QStringLiteral("Completed"), QDate::currentDate().addDays(-15),
                          QDate::currentDate().addDays(-12), 1);
    r.requestedDate = IsoDate::startOfLocalDay(QDate::currentDate().addDays(-18));
    p.facts().retestRounds = {r};
    return p;
}

} // namespace RetestFixtures

} // namespace ForgeDeskTest
