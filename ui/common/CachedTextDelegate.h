#pragma once

#include "ui/common/StaticTextCache.h"

#include <QStyledItemDelegate>

#include <optional>

// Paints cells of plain one-line text as QStyledItemDelegate does, but draws each text from a
// StaticTextCache instead of laying it out again: a table of 40 rows and 7 columns repainted for every
// batch of a loading list, or every keystroke of its filter, spent most of its time shaping the same
// texts. The style still draws the cell (selection, focus, hover); cells with an icon, a check box,
// wrapped or several lines, or right-to-left text are left to QStyledItemDelegate.
class CachedTextDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    // Elides this delegate's cells so, instead of as their view does.
    void setElideMode(Qt::TextElideMode mode) { m_elide = mode; }

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

private:
    mutable StaticTextCache m_texts;
    std::optional<Qt::TextElideMode> m_elide;
};
