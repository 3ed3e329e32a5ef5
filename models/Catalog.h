#pragma once

#include "models/CodeIndex.h"
#include "models/Group.h"
#include "models/Portfolio.h"

#include <QHash>
#include <QStringList>

// What the tenant offers to pick from: groups and portfolios with their streams. Used to check
// ids before sending and to turn ids back into names for display.
struct Catalog
{
    QList<Group> groups;
    QList<Portfolio> portfolios;
    bool groupsKnown = false; // false: ids cannot be checked (not loaded, or no access)
    bool portfoliosKnown = false;
    // Field key ("code", "vulnerability_code") -> the values the loaded projects have, counted: to
    // warn about a code another project uses and to suggest the next free one.
    QHash<QString, CodeIndex> codesInUse;

    const Group* group(const QString& id) const;
    const Portfolio* portfolio(const QString& id) const;
    QString groupName(const QString& id) const;
};
