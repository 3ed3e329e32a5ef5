#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// The demo tenant's groups (GetGroups shape) and portfolios with streams (GetPortfolios shape), and
// the deterministic ObjectId-like ids every demo object gets.
namespace DemoCatalog {

QString hexId(const char16_t* prefix, int index); // 24 hex digits, like a MongoDB ObjectId
QString groupId(int index);
QString portfolioId(int index);
QString streamId(int portfolio, int stream);
QList<QJsonObject> groups();
QList<QJsonObject> portfolios();

} // namespace DemoCatalog
