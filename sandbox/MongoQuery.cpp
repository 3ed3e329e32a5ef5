#include "sandbox/MongoQuery.h"

#include "models/IsoDate.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// A small recursive-descent reader for the relaxed JSON the filter is written in.
class Reader
{
public:
    Reader(const QString& text, const QDateTime& now)
        : m_text(text)
        , m_now(now)
    {}

    std::optional<QJsonValue> document(QString* error)
    {
        std::optional<QJsonValue> v = value(0);
        skipSpace();
        if (v && m_pos < m_text.size())
            fail(u"unexpected “%1”"_s.arg(m_text.at(m_pos)));
        if (!m_error.isEmpty()) {
            *error = m_error + u" at position "_s + QString::number(m_pos);
            return std::nullopt;
        }
        return v;
    }

private:
    static constexpr int kMaxDepth = 32;

    void fail(const QString& message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }
    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }
    bool eat(QChar c)
    {
        skipSpace();
        if (m_pos < m_text.size() && m_text.at(m_pos) == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    static bool isWordChar(QChar c)
    {
        return c.isLetterOrNumber() || c == u'_' || c == u'$' || c == u'.' || c == u'-' || c == u'+';
    }

    QString word()
    {
        skipSpace();
        const qsizetype from = m_pos;
        while (m_pos < m_text.size() && isWordChar(m_text.at(m_pos)))
            ++m_pos;
        return m_text.mid(from, m_pos - from);
    }

    std::optional<QString> quoted()
    {
        const QChar quote = m_text.at(m_pos++);
        QString out;
        while (m_pos < m_text.size() && m_text.at(m_pos) != quote) {
            QChar c = m_text.at(m_pos++);
            if (c == u'\\' && m_pos < m_text.size()) {
                c = m_text.at(m_pos++);
                if (c == u'n')
                    c = u'\n';
                else if (c == u't')
                    c = u'\t';
            }
            out += c;
        }
        if (m_pos >= m_text.size()) {
            fail(u"unterminated string"_s);
            return std::nullopt;
        }
        ++m_pos;
        return out;
    }

    std::optional<QString> key()
    {
        skipSpace();
        if (m_pos < m_text.size() && (m_text.at(m_pos) == u'"' || m_text.at(m_pos) == u'\''))
            return quoted();
        const QString w = word();
        if (w.isEmpty()) {
            fail(u"expected a field name"_s);
            return std::nullopt;
        }
        return w;
    }

    std::optional<QJsonValue> value(int depth)
    {
        if (depth > kMaxDepth) {
            fail(u"nested too deeply"_s);
            return std::nullopt;
        }
        skipSpace();
        if (m_pos >= m_text.size()) {
            fail(u"unexpected end"_s);
            return std::nullopt;
        }
        const QChar c = m_text.at(m_pos);
        if (c == u'{')
            return object(depth);
        if (c == u'[')
            return array(depth);
        if (c == u'"' || c == u'\'') {
            std::optional<QString> s = quoted();
            return s ? std::optional<QJsonValue>(*s) : std::nullopt;
        }
        const QString w = word();
        if (w.isEmpty()) {
            fail(u"unexpected “%1”"_s.arg(c));
            return std::nullopt;
        }
        if (eat(u'('))
            return call(w, depth);
        if (w == u"true"_s || w == u"false"_s)
            return QJsonValue(w == u"true"_s);
        if (w == u"null"_s)
            return QJsonValue(QJsonValue::Null);
        bool isNumber = false;
        const double number = w.toDouble(&isNumber);
        return isNumber ? QJsonValue(number) : QJsonValue(w); // bare words are taken as text
    }

    std::optional<QJsonValue> object(int depth)
    {
        ++m_pos; // {
        QJsonObject out;
        while (!eat(u'}')) {
            const std::optional<QString> k = key();
            if (!k)
                return std::nullopt;
            if (!eat(u':')) {
                fail(u"expected “:” after “%1”"_s.arg(*k));
                return std::nullopt;
            }
            const std::optional<QJsonValue> v = value(depth + 1);
            if (!v)
                return std::nullopt;
            out.insert(*k, *v);
            if (!eat(u',') && !(skipSpace(), m_pos < m_text.size() && m_text.at(m_pos) == u'}')) {
                fail(u"expected “,” or “}”"_s);
                return std::nullopt;
            }
        }
        return out;
    }

    std::optional<QJsonValue> array(int depth)
    {
        ++m_pos; // [
        QJsonArray out;
        while (!eat(u']')) {
            const std::optional<QJsonValue> v = value(depth + 1);
            if (!v)
                return std::nullopt;
            out.append(*v);
            if (!eat(u',') && !(skipSpace(), m_pos < m_text.size() && m_text.at(m_pos) == u']')) {
                fail(u"expected “,” or “]”"_s);
                return std::nullopt;
            }
        }
        return out;
    }

    // datetime("now", "-1 days") → an ISO instant; the only function the documented examples use.
    std::optional<QJsonValue> call(const QString& name, int depth)
    {
        QJsonArray args;
        while (!eat(u')')) {
            const std::optional<QJsonValue> v = value(depth + 1);
            if (!v)
                return std::nullopt;
            args.append(*v);
            eat(u',');
            if (m_pos >= m_text.size()) {
                fail(u"unterminated call"_s);
                return std::nullopt;
            }
        }
        if (name != u"datetime"_s) {
            fail(u"unknown function “%1”"_s.arg(name));
            return std::nullopt;
        }
        const QString base = args.at(0).toString();
        QDateTime t = base == u"now"_s || base.isEmpty() ? m_now : IsoDate::parse(base);
        static const QRegularExpression shift(u"^([+-]?\\d+)\\s*(second|minute|hour|day|month|year)s?$"_s);
        for (qsizetype i = 1; i < args.size(); ++i) {
            const QRegularExpressionMatch m = shift.match(args.at(i).toString().trimmed());
            if (!m.hasMatch()) {
                fail(u"unknown datetime modifier “%1”"_s.arg(args.at(i).toString()));
                return std::nullopt;
            }
            // 64 bits: "-9999999 hours" must not overflow an int (toInt() fails above 2^31: n = 0).
            const qint64 n = m.captured(1).toInt();
            const QString unit = m.captured(2);
            if (unit == u"second"_s)
                t = t.addSecs(n);
            else if (unit == u"minute"_s)
                t = t.addSecs(n * 60);
            else if (unit == u"hour"_s)
                t = t.addSecs(n * 3600);
            else if (unit == u"day"_s)
                t = t.addDays(n);
            else if (unit == u"month"_s)
                t = t.addMonths(int(n));
            else
                t = t.addYears(int(n));
        }
        return QJsonValue(IsoDate::format(t));
    }

    const QString& m_text;
    QDateTime m_now;
    qsizetype m_pos = 0;
    QString m_error;
};

const QStringList kLogical{u"$and"_s, u"$or"_s, u"$nor"_s};
const QStringList kComparisons{u"$eq"_s,  u"$ne"_s, u"$in"_s,  u"$nin"_s,   u"$gt"_s,
                               u"$gte"_s, u"$lt"_s, u"$lte"_s, u"$exists"_s};

QString checkOperators(const QJsonValue& v)
{
    if (v.isArray()) {
        for (const QJsonValue& item : v.toArray()) {
            if (QString e = checkOperators(item); !e.isEmpty())
                return e;
        }
    }
    if (!v.isObject())
        return {};
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key().startsWith(u'$') && !kLogical.contains(it.key()) && !kComparisons.contains(it.key()))
            return u"unsupported operator “%1”"_s.arg(it.key());
        if (kLogical.contains(it.key()) && !it.value().isArray())
            return u"“%1” needs a list"_s.arg(it.key());
        if (QString e = checkOperators(it.value()); !e.isEmpty())
            return e;
    }
    return {};
}

int compare(const QJsonValue& a, const QJsonValue& b)
{
    if (a.isDouble() || b.isDouble()) {
        const double x = a.isDouble() ? a.toDouble() : a.toString().toDouble();
        const double y = b.isDouble() ? b.toDouble() : b.toString().toDouble();
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    return QString::compare(a.toVariant().toString(), b.toVariant().toString());
}

bool equals(const QJsonValue& value, const QJsonValue& wanted)
{
    if (value.isArray()) { // like MongoDB: an array field matches when any element does
        for (const QJsonValue& v : value.toArray()) {
            if (equals(v, wanted))
                return true;
        }
        return false;
    }
    if (value.isString() && wanted.isString())
        return value.toString() == wanted.toString();
    if (value.isUndefined() || value.isNull())
        return wanted.isNull();
    return compare(value, wanted) == 0;
}

} // namespace

std::optional<MongoQuery> MongoQuery::parse(const QString& text, const QString& prefix, const QDateTime& now,
                                            QString* error)
{
    Reader reader(text, now);
    const std::optional<QJsonValue> v = reader.document(error);
    if (!v)
        return std::nullopt;
    if (!v->isObject()) {
        *error = u"the filter must be an object like {status: {$eq: \"Open\"}}"_s;
        return std::nullopt;
    }
    if (const QString e = checkOperators(*v); !e.isEmpty()) {
        *error = e;
        return std::nullopt;
    }
    MongoQuery query;
    query.m_expression = *v;
    query.m_prefix = prefix;
    return query;
}

bool MongoQuery::matches(const QJsonObject& document) const
{
    return matchExpression(document, m_expression.toObject());
}

QJsonValue MongoQuery::field(const QJsonObject& document, const QString& key) const
{
    if (key == u"is_retest"_s)
        return document.value(m_prefix + u"retest"_s);
    if (document.contains(key))
        return document.value(key);
    return document.value(m_prefix + key);
}

bool MongoQuery::matchExpression(const QJsonObject& document, const QJsonObject& expression) const
{
    for (auto it = expression.begin(); it != expression.end(); ++it) {
        const QJsonArray parts = it.value().toArray();
        auto any = [&] {
            return std::any_of(parts.begin(), parts.end(), [&](const QJsonValue& part) {
                return matchExpression(document, part.toObject());
            });
        };
        bool ok = true;
        if (it.key() == u"$and"_s) {
            ok = std::all_of(parts.begin(), parts.end(), [&](const QJsonValue& part) {
                return matchExpression(document, part.toObject());
            });
        } else if (it.key() == u"$or"_s) {
            ok = any();
        } else if (it.key() == u"$nor"_s) {
            ok = !any();
        } else {
            ok = matchCondition(field(document, it.key()), it.value());
        }
        if (!ok)
            return false;
    }
    return true;
}

bool MongoQuery::matchCondition(const QJsonValue& value, const QJsonValue& condition) const
{
    const QJsonObject ops = condition.toObject();
    if (!condition.isObject() || ops.isEmpty() || !ops.begin().key().startsWith(u'$'))
        return equals(value, condition);
    const bool present = !value.isUndefined() && !value.isNull();
    for (auto it = ops.begin(); it != ops.end(); ++it) {
        const QString op = it.key();
        const QJsonValue arg = it.value();
        const QJsonArray list = arg.toArray();
        const bool inList = std::any_of(list.begin(), list.end(),
                                        [&](const QJsonValue& item) { return equals(value, item); });
        bool ok = true;
        if (op == u"$eq"_s)
            ok = equals(value, arg);
        else if (op == u"$ne"_s)
            ok = !equals(value, arg);
        else if (op == u"$in"_s)
            ok = inList;
        else if (op == u"$nin"_s)
            ok = !inList;
        else if (op == u"$exists"_s)
            ok = present == arg.toBool(true);
        else if (!present)
            ok = false;
        else if (op == u"$gt"_s)
            ok = compare(value, arg) > 0;
        else if (op == u"$gte"_s)
            ok = compare(value, arg) >= 0;
        else if (op == u"$lt"_s)
            ok = compare(value, arg) < 0;
        else if (op == u"$lte"_s)
            ok = compare(value, arg) <= 0;
        if (!ok)
            return false;
    }
    return true;
}
