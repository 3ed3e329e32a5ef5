#include "models/ProjectCodes.h"

#include <QHash>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace ProjectCodes {

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

} // namespace

int usageCount(const QStringList& inUse, const QString& code)
{
    const QString wanted = code.trimmed();
    if (wanted.isEmpty())
        return 0;
    return int(std::count_if(inUse.begin(), inUse.end(), [&wanted](const QString& c) {
        return c.trimmed().compare(wanted, Qt::CaseInsensitive) == 0;
    }));
}

QString nextFree(const QStringList& inUse, const QString& current)
{
    QHash<QString, int> prefixCount;
    for (const QString& code : inUse) {
        if (const auto n = split(code))
            ++prefixCount[n->prefix.toUpper()];
    }
    if (prefixCount.isEmpty())
        return {};
    QString prefix;
    if (const auto own = split(current); own && prefixCount.contains(own->prefix.toUpper())) {
        prefix = own->prefix;
    } else {
        int best = 0;
        for (const QString& code : inUse) { // the first-seen spelling of the most common prefix
            const auto n = split(code);
            if (n && prefixCount.value(n->prefix.toUpper()) > best) {
                best = prefixCount.value(n->prefix.toUpper());
                prefix = n->prefix;
            }
        }
    }
    qlonglong highest = 0;
    qsizetype width = 1;
    for (const QString& code : inUse) {
        const auto n = split(code);
        if (!n || n->prefix.compare(prefix, Qt::CaseInsensitive) != 0)
            continue;
        highest = std::max(highest, n->digits.toLongLong());
        width = std::max(width, n->digits.size());
    }
    QString candidate;
    do {
        ++highest;
        candidate = prefix + u"%1"_s.arg(highest, int(width), 10, QLatin1Char('0'));
    } while (usageCount(inUse, candidate) > 0);
    return candidate;
}

} // namespace ProjectCodes
