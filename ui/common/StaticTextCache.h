#pragma once

#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QString>

class QPainter;
class QRect;

// Texts a painted view draws again and again (day numbers, "+3 more", bar titles), shaped once and
// drawn as QStaticText: shaping is most of what a plain drawText costs, and a month view at 100,000
// projects draws about 150 of them per paint. Texts are plain (never rich text), on one line.
class StaticTextCache
{
public:
    // Draws `text` in the painter's font and pen inside `rect`, elided by `elide` to its width,
    // aligned by `alignment` (left, right or centre; top, bottom or vertically centred).
    void draw(QPainter& painter, const QRect& rect, Qt::Alignment alignment, const QString& text,
              Qt::TextElideMode elide = Qt::ElideRight);
    // After a font or style change; also done whenever the cache grows past its bound.
    void clear() { m_texts.clear(); }

private:
    struct Key
    {
        QString text;
        QString font; // QFont::key()
        int width;
        int elide;
        bool operator==(const Key&) const = default;
    };
    friend size_t qHash(const Key& key, size_t seed)
    {
        return qHashMulti(seed, key.text, key.font, key.width, key.elide);
    }
    static constexpr qsizetype kMaxTexts = 4096;

    QHash<Key, QStaticText> m_texts;
};
