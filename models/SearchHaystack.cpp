#include "models/SearchHaystack.h"

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

void SearchHaystack::append(QStringView text)
{
    if (m_starts.isEmpty())
        m_starts.append(0);
    m_text.append(text.toUtf8());
    m_text.append('\0');
    m_starts.append(m_text.size());
}

bool SearchHaystack::replaceInPlace(int row, QStringView text)
{
    if (row < 0 || row >= rowCount())
        return false;
    const QByteArray bytes = text.toUtf8();
    if (m_starts.at(row + 1) - m_starts.at(row) - 1 != bytes.size())
        return false;
    std::memcpy(m_text.data() + m_starts.at(row), bytes.constData(), size_t(bytes.size()));
    return true;
}

qsizetype SearchHaystack::find(QByteArrayView text, QByteArrayView needle)
{
    const qsizetype n = needle.size();
    if (n == 0)
        return 0;
    if (n > text.size())
        return -1;
    const char* const begin = text.data();
    const char* const end = begin + text.size();
    const char* p = begin;
#if defined(__SSE2__)
    // Sixteen candidate starts per step: those whose first and last bytes both match are compared in
    // full (the "generic SIMD" substring search).
    const __m128i first = _mm_set1_epi8(needle.at(0));
    const __m128i last = _mm_set1_epi8(needle.at(n - 1));
    for (; p + n + 15 <= end; p += 16) {
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + n - 1));
        auto mask =
            unsigned(_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, first), _mm_cmpeq_epi8(b, last))));
        for (; mask != 0; mask &= mask - 1) {
            const int bit = __builtin_ctz(mask);
            if (std::memcmp(p + bit + 1, needle.data() + 1, size_t(n - 1)) == 0)
                return p + bit - begin;
        }
    }
#endif
    const void* hit = memmem(p, size_t(end - p), needle.data(), size_t(n));
    return hit == nullptr ? -1 : static_cast<const char*>(hit) - begin;
}

QList<bool> SearchHaystack::rowsContaining(QStringView needle) const
{
    QList<bool> out(rowCount(), needle.isEmpty());
    if (needle.isEmpty() || needle.contains(QChar(0)))
        return out;
    const QByteArray bytes = needle.toUtf8();
    const QByteArrayView text(m_text);
    // One byte (the first keystroke, matching most rows) is memchr; longer needles the search above.
    auto next = [&](qsizetype from) -> qsizetype {
        if (from >= text.size())
            return -1;
        if (bytes.size() == 1) {
            const void* hit = std::memchr(text.data() + from, bytes.at(0), size_t(text.size() - from));
            return hit == nullptr ? -1 : static_cast<const char*>(hit) - text.data();
        }
        const qsizetype at = find(text.sliced(from), bytes);
        return at < 0 ? -1 : from + at;
    };
    int row = 0;
    qsizetype at = next(0);
    while (at >= 0) {
        while (m_starts.at(row + 1) <= at) // matches only move forward
            ++row;
        out[row] = true;
        at = next(m_starts.at(row + 1)); // the next row's text, at the earliest
    }
    return out;
}
