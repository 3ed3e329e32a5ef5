#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

// Many rows' search texts as one contiguous UTF-8 text, so a filter keystroke is one sequential search
// through memory instead of one QString::contains per row: at 100,000 rows the per-row calls cost about
// 80 ms a keystroke, mostly in cache misses over 100,000 separate allocations. UTF-8 halves what is read
// (the texts are mostly ASCII) and, being self-synchronising, a needle only ever matches at character
// boundaries, so a byte search answers exactly what a QString search would.
class SearchHaystack
{
public:
    // `texts` in row order; none may contain U+0000, which separates them.
    template <typename Texts, typename TextOf> void build(const Texts& texts, TextOf textOf)
    {
        m_text.clear();
        m_starts.clear();
        qsizetype size = 0;
        for (const auto& t : texts)
            size += QStringView(textOf(t)).size() + 1;
        m_text.reserve(size);
        m_starts.reserve(texts.size() + 1);
        for (const auto& t : texts)
            append(textOf(t));
    }
    // One more row at the end.
    void append(QStringView text);
    // Row `row`'s text replaced by one of the same encoded length (a case change, another status letter).
    bool replaceInPlace(int row, QStringView text);
    int rowCount() const { return int(m_starts.isEmpty() ? 0 : m_starts.size() - 1); }
    // One flag per row: whether its text contains `needle` (an empty needle matches every row).
    QList<bool> rowsContaining(QStringView needle) const;

    // The first occurrence of `needle` (two bytes or more) in `text`, or -1. Exposed for its test: it
    // compares sixteen positions at a time on the needle's first and last bytes before comparing
    // the rest, which keeps a common first letter ("p" of "project") from costing a call per hit.
    static qsizetype find(QByteArrayView text, QByteArrayView needle);

private:
    QByteArray m_text;
    QList<qsizetype> m_starts; // where each row's text starts; one past the last at the end
};
