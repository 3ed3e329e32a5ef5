#include "models/SearchHaystack.h"

#include <QStringMatcher>

#include <algorithm>

QList<bool> SearchHaystack::rowsContaining(QStringView needle) const
{
    QList<bool> out(rowCount(), needle.isEmpty());
    if (needle.isEmpty() || needle.contains(QChar(0)))
        return out;
    // One character (the first keystroke, matching most rows) is a vectorised character search;
    // longer needles go through one prepared matcher.
    const QStringMatcher matcher(needle.toString());
    const QChar single = needle.size() == 1 ? needle.front() : QChar();
    auto find = [&](qsizetype from) {
        return needle.size() == 1 ? QStringView(m_text).indexOf(single, from) : matcher.indexIn(m_text, from);
    };
    int row = 0;
    qsizetype at = find(0);
    while (at >= 0) {
        while (m_starts.at(row + 1) <= at) // matches only move forward
            ++row;
        out[row] = true;
        at = find(m_starts.at(row + 1)); // the next row's text, at the earliest
    }
    return out;
}

bool SearchHaystack::replaceInPlace(int row, QStringView text)
{
    if (row < 0 || row >= rowCount() || m_starts.at(row + 1) - m_starts.at(row) - 1 != text.size())
        return false;
    std::copy(text.begin(), text.end(), m_text.begin() + m_starts.at(row));
    return true;
}
