#include "models/FoldedNameRanks.h"

#include <algorithm>
#include <string_view>

namespace FoldedNameRanks {

QList<int> of(const QStringList& names)
{
    struct SortKey
    {
        quint64 prefix;
        qsizetype offset;
        qsizetype length;
        int index;
    };
    qsizetype units = 0;
    for (const QString& name : names)
        units += name.size();
    QList<char16_t> folded(units);
    QList<SortKey> keys;
    keys.reserve(names.size());
    qsizetype at = 0;
    for (int i = 0; i < names.size(); ++i) {
        const QString& name = names.at(i);
        SortKey key{0, at, name.size(), i};
        for (const QChar c : name)
            folded[at++] = QChar::toCaseFolded(c.unicode());
        for (qsizetype u = 0; u < 4; ++u)
            key.prefix = (key.prefix << 16) | (u < key.length ? folded.at(key.offset + u) : u'\0');
        keys.append(key);
    }
    const char16_t* text = folded.constData();
    auto nameOf = [text](const SortKey& k) { return std::u16string_view(text + k.offset, k.length); };
    std::sort(keys.begin(), keys.end(), [&nameOf](const SortKey& a, const SortKey& b) {
        return a.prefix != b.prefix ? a.prefix < b.prefix : nameOf(a) < nameOf(b);
    });
    QList<int> ranks(names.size());
    int rank = -1;
    for (qsizetype k = 0; k < keys.size(); ++k) {
        const SortKey& key = keys.at(k);
        if (k == 0 || key.prefix != keys.at(k - 1).prefix || nameOf(key) != nameOf(keys.at(k - 1)))
            ++rank;
        ranks[key.index] = rank;
    }
    return ranks;
}

} // namespace FoldedNameRanks
