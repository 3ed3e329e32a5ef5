#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

// The `q` filter of the SSAPI list endpoints: a MongoDB-like expression written loosely, e.g.
// {is_retest:{$eq:"Yes"}} or { $and: [ { priority: { $in: ["Critical","High"] } }, { status: "Open" } ] }.
// Keys may be unquoted, strings single- or double-quoted, and datetime("now", "-1 days") is evaluated.
// Supported: $and, $or, $nor, $eq, $ne, $in, $nin, $gt, $gte, $lt, $lte, $exists. Field names are
// looked up as given, then with `prefix` (vulnerability_), and is_retest means the retest flag.
class MongoQuery
{
public:
    static std::optional<MongoQuery> parse(const QString& text, const QString& prefix, const QDateTime& now,
                                           QString* error);
    bool matches(const QJsonObject& document) const;
    QJsonValue expression() const { return m_expression; }

private:
    bool matchExpression(const QJsonObject& document, const QJsonObject& expression) const;
    bool matchCondition(const QJsonValue& value, const QJsonValue& condition) const;
    QJsonValue field(const QJsonObject& document, const QString& key) const;

    QJsonValue m_expression;
    QString m_prefix;
};
