#include "models/FieldValue.h"

#include "models/IsoDate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace FieldValue {

namespace {

QJsonArray stringArray(const QJsonValue& raw)
{
    QJsonArray out;
    if (raw.isString() && !raw.toString().isEmpty()) {
        out.append(raw);
        return out;
    }
    for (const QJsonValue& v : raw.toArray()) {
        if (v.isString())
            out.append(v);
        else if (v.isObject()) // groups come back as {id, name}
            out.append(v.toObject().value(u"id"_s).toString());
    }
    return out;
}

QJsonArray keyValues(const QJsonValue& raw)
{
    QJsonArray out;
    for (const QJsonValue& v : raw.toArray()) {
        const QJsonObject o = v.toObject();
        QJsonValue value = o.value(u"value"_s);
        if (value.isUndefined() || value.isNull())
            value = QString();
        out.append(QJsonObject{{u"key"_s, o.value(u"key"_s).toString()}, {u"value"_s, value}});
    }
    return out;
}

QJsonArray portfolioStreams(const QJsonValue& raw)
{
    QJsonArray out;
    for (const QJsonValue& v : raw.toArray()) {
        const QJsonObject o = v.toObject();
        if (o.contains(u"streamId"_s)) { // already request-shaped (drafts, caches)
            out.append(QJsonObject{{u"portfolioId"_s, o.value(u"portfolioId"_s).toString()},
                                   {u"streamId"_s, o.value(u"streamId"_s).toString()}});
            continue;
        }
        for (const QJsonValue& p : o.value(u"stream_portfolios"_s).toArray()) {
            out.append(QJsonObject{{u"portfolioId"_s, p.toObject().value(u"id"_s).toString()},
                                   {u"streamId"_s, o.value(u"id"_s).toString()}});
        }
    }
    return out;
}

QJsonObject pages(const QJsonValue& raw)
{
    // The read shape adds the summary page's custom fields, which UpdateProjectById does not take.
    QJsonObject out = raw.toObject();
    for (auto it = out.begin(); it != out.end(); ++it) {
        QJsonObject page = it.value().toObject();
        page.remove(u"custom_fields"_s);
        it.value() = page;
    }
    return out;
}

QSet<QString> stringSet(const QJsonValue& v)
{
    QSet<QString> set;
    for (const QJsonValue& s : v.toArray())
        set.insert(s.toString());
    return set;
}

QString name(const QHash<QString, QString>& names, const QString& id)
{
    return names.value(id, id);
}

} // namespace

QJsonValue emptyFor(FieldKind kind)
{
    switch (kind) {
    case FieldKind::Text:
    case FieldKind::LongText:
    case FieldKind::Date:
    case FieldKind::Choice:
        return QString();
    case FieldKind::ChoiceSet:
    case FieldKind::IdList:
    case FieldKind::EmailList:
    case FieldKind::KeyValueList:
    case FieldKind::PortfolioStreams:
        return QJsonArray();
    case FieldKind::Features:
    case FieldKind::Pages:
        return QJsonObject();
    }
    return {};
}

QJsonValue fromServer(const ProjectField& field, const QJsonValue& raw)
{
    if (raw.isUndefined() || raw.isNull())
        return QJsonValue(QJsonValue::Undefined);
    switch (field.kind) {
    case FieldKind::Text:
    case FieldKind::LongText:
    case FieldKind::Date:
        return raw.isString() ? raw : QJsonValue(raw.toVariant().toString());
    case FieldKind::Choice:
        if (raw.isBool()) // some tenants answer on-hold as a boolean: its choices are No, Yes
            return raw.toBool() ? field.choiceValues().constLast() : field.choiceValues().constFirst();
        return raw.toString();
    case FieldKind::ChoiceSet:
    case FieldKind::IdList:
    case FieldKind::EmailList:
        return stringArray(raw);
    case FieldKind::KeyValueList:
        return keyValues(raw);
    case FieldKind::PortfolioStreams:
        return portfolioStreams(raw);
    case FieldKind::Features:
        return raw.toObject();
    case FieldKind::Pages:
        return pages(raw);
    }
    return raw;
}

QJsonValue toServer(const ProjectField& field, const QJsonValue& value, const QHash<QString, QString>& names)
{
    if (field.kind == FieldKind::IdList) {
        QJsonArray out;
        for (const QJsonValue& id : value.toArray())
            out.append(QJsonObject{{u"id"_s, id.toString()}, {u"name"_s, name(names, id.toString())}});
        return out;
    }
    if (field.kind == FieldKind::PortfolioStreams) {
        // One stream entry per stream id, listing every portfolio it is linked through.
        QJsonArray out;
        QHash<QString, qsizetype> position;
        for (const QJsonValue& v : value.toArray()) {
            const QString streamId = v.toObject().value(u"streamId"_s).toString();
            const QString portfolioId = v.toObject().value(u"portfolioId"_s).toString();
            if (!position.contains(streamId)) {
                position.insert(streamId, out.size());
                out.append(QJsonObject{{u"id"_s, streamId},
                                       {u"name"_s, name(names, streamId)},
                                       {u"stream_portfolios"_s, QJsonArray()}});
            }
            QJsonObject stream = out.at(position.value(streamId)).toObject();
            QJsonArray portfolios = stream.value(u"stream_portfolios"_s).toArray();
            portfolios.append(QJsonObject{{u"id"_s, portfolioId}, {u"name"_s, name(names, portfolioId)}});
            stream.insert(u"stream_portfolios"_s, portfolios);
            out.replace(position.value(streamId), stream);
        }
        return out;
    }
    return value;
}

bool equal(FieldKind kind, const QJsonValue& a, const QJsonValue& b)
{
    const QJsonValue left = a.isUndefined() || a.isNull() ? emptyFor(kind) : a;
    const QJsonValue right = b.isUndefined() || b.isNull() ? emptyFor(kind) : b;
    if (kind == FieldKind::ChoiceSet || kind == FieldKind::IdList)
        return stringSet(left) == stringSet(right) && left.toArray().size() == right.toArray().size();
    return left == right;
}

QStringList toStringList(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& v : value.toArray())
        list.append(v.toString());
    return list;
}

QString display(const ProjectField& field, const QJsonValue& value, const QHash<QString, QString>& names)
{
    if (value.isUndefined() || value.isNull() || equal(field.kind, value, emptyFor(field.kind)))
        return u"(empty)"_s;
    switch (field.kind) {
    case FieldKind::Text:
    case FieldKind::LongText:
        return value.toString();
    case FieldKind::Date:
        return IsoDate::displayDate(value.toString()) + u" ("_s + value.toString() + u')';
    case FieldKind::Choice:
        return field.choiceLabel(value.toString());
    case FieldKind::ChoiceSet: {
        QStringList labels;
        for (const QString& v : toStringList(value))
            labels.append(field.choiceLabel(v));
        return labels.join(u", "_s);
    }
    case FieldKind::IdList: {
        QStringList labels;
        for (const QString& id : toStringList(value))
            labels.append(name(names, id));
        return labels.join(u", "_s);
    }
    case FieldKind::EmailList:
        return toStringList(value).join(u", "_s);
    case FieldKind::KeyValueList: {
        QStringList pairs;
        for (const QJsonValue& v : value.toArray()) {
            const QJsonObject o = v.toObject();
            const QJsonValue val = o.value(u"value"_s);
            const QString text =
                val.isString()
                    ? val.toString()
                    : QString::fromUtf8(QJsonDocument(val.toArray()).toJson(QJsonDocument::Compact));
            pairs.append(o.value(u"key"_s).toString() + u" = "_s + text);
        }
        return pairs.join(u"; "_s);
    }
    case FieldKind::PortfolioStreams: {
        QStringList pairs;
        for (const QJsonValue& v : value.toArray()) {
            const QJsonObject o = v.toObject();
            pairs.append(name(names, o.value(u"portfolioId"_s).toString()) + u" → "_s +
                         name(names, o.value(u"streamId"_s).toString()));
        }
        return pairs.join(u", "_s);
    }
    case FieldKind::Features:
    case FieldKind::Pages:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

} // namespace FieldValue
