#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

struct PortfolioStream
{
    QString id;
    QString name;
    bool operator==(const PortfolioStream&) const = default;
};

// A portfolio and its streams as GetPortfolios returns them.
struct Portfolio
{
    QString id;
    QString name;
    QString code;
    QList<PortfolioStream> streams;

    static Portfolio fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
    const PortfolioStream* stream(const QString& streamId) const;
    bool operator==(const Portfolio&) const = default;
};
