#pragma once

#include "models/Group.h"
#include "models/Portfolio.h"

// What the tenant offers to pick from: groups and portfolios with their streams. Used to check
// ids before sending and to turn ids back into names for display.
struct Catalog
{
    QList<Group> groups;
    QList<Portfolio> portfolios;
    bool groupsKnown = false; // false: ids cannot be checked (not loaded, or no access)
    bool portfoliosKnown = false;

    const Group* group(const QString& id) const;
    const Portfolio* portfolio(const QString& id) const;
    QString groupName(const QString& id) const;
};
