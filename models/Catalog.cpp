#include "models/Catalog.h"

const Group* Catalog::group(const QString& id) const
{
    for (const Group& g : groups) {
        if (g.id == id)
            return &g;
    }
    return nullptr;
}

const Portfolio* Catalog::portfolio(const QString& id) const
{
    for (const Portfolio& p : portfolios) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

QString Catalog::groupName(const QString& id) const
{
    const Group* g = group(id);
    return g ? g->name : id;
}
