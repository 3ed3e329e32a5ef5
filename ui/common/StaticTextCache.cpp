#include "ui/common/StaticTextCache.h"

#include <QFontMetrics>
#include <QPainter>
#include <QRect>

void StaticTextCache::draw(QPainter& painter, const QRect& rect, Qt::Alignment alignment, const QString& text,
                           Qt::TextElideMode elide)
{
    if (text.isEmpty() || rect.width() <= 0)
        return;
    const QFont font = painter.font();
    const Key key{text, font.key(), rect.width(), int(elide)};
    auto it = m_texts.find(key);
    if (it == m_texts.end()) {
        if (m_texts.size() >= kMaxTexts)
            m_texts.clear();
        QStaticText shaped(QFontMetrics(font).elidedText(text, elide, rect.width()));
        shaped.setTextFormat(Qt::PlainText);
        shaped.setPerformanceHint(QStaticText::AggressiveCaching);
        shaped.prepare(QTransform(), font);
        it = m_texts.insert(key, shaped);
    }
    const QSizeF size = it->size();
    qreal x = rect.left();
    if (alignment.testFlag(Qt::AlignRight))
        x = rect.right() + 1 - size.width();
    else if (alignment.testFlag(Qt::AlignHCenter))
        x = rect.left() + (rect.width() - size.width()) / 2;
    qreal y = rect.top();
    if (alignment.testFlag(Qt::AlignBottom))
        y = rect.bottom() + 1 - size.height();
    else if (alignment.testFlag(Qt::AlignVCenter))
        y = rect.top() + (rect.height() - size.height()) / 2;
    painter.drawStaticText(QPointF(x, y), *it);
}
