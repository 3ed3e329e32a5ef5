#include "models/CodeIndex.h"

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

struct Numbered
{
    QString prefix;
    QString digits;
};

// "PAY-007" -> {"PAY-", "007"}: the trailing decimal digits (as \d matches them) and what precedes
// them. A scan, not a regular expression: it runs over every loaded code.
std::optional<Numbered> split(const QString& code)
{
    const QString text = code.trimmed();
    qsizetype start = text.size();
    while (start > 0 && text.at(start - 1).isDigit())
        --start;
    if (start == text.size())
        return std::nullopt;
    return Numbered{text.left(start), text.mid(start)};
}

QString keyOf(const QString& text)
{
    return text.trimmed().toCaseFolded();
}

} // namespace

CodeIndex::CodeIndex(const QStringList& codes)
    : m_size(codes.size())
{
    m_uses.reserve(codes.size());
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const QString& code = codes.at(i);
        if (const QString key = keyOf(code); !key.isEmpty())
            ++m_uses[key];
        const auto numbered = split(code);
        if (!numbered)
            continue;
        Prefix& prefix = m_prefixes[numbered->prefix.toCaseFolded()];
        if (prefix.uses++ == 0) {
            prefix.spelling = numbered->prefix;
            prefix.firstSeen = i;
        }
        prefix.highest = std::max(prefix.highest, numbered->digits.toLongLong());
        prefix.width = std::max(prefix.width, numbered->digits.size());
    }
    const Prefix* best = nullptr;
    for (auto it = m_prefixes.cbegin(); it != m_prefixes.cend(); ++it) {
        const Prefix& p = it.value();
        if (!best || p.uses > best->uses || (p.uses == best->uses && p.firstSeen < best->firstSeen)) {
            best = &p;
            m_commonPrefix = it.key();
        }
    }
}

bool CodeIndex::sameCode(const QString& a, const QString& b)
{
    return keyOf(a) == keyOf(b);
}

int CodeIndex::usageCount(const QString& code) const
{
    const QString key = keyOf(code);
    return key.isEmpty() ? 0 : m_uses.value(key);
}

QString CodeIndex::nextFree(const QString& current) const
{
    if (m_prefixes.isEmpty())
        return {};
    const auto own = split(current);
    auto it = own ? m_prefixes.constFind(own->prefix.toCaseFolded()) : m_prefixes.cend();
    const QString prefix = it != m_prefixes.cend() ? own->prefix : m_prefixes.value(m_commonPrefix).spelling;
    if (it == m_prefixes.cend())
        it = m_prefixes.constFind(m_commonPrefix);
    qlonglong number = it->highest;
    QString candidate;
    do { // taken only when a code's digits do not read as a number (non-ASCII digits)
        ++number;
        candidate = prefix + u"%1"_s.arg(number, int(it->width), 10, QLatin1Char('0'));
    } while (usageCount(candidate) > 0);
    return candidate;
}
