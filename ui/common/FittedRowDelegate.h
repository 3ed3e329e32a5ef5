#pragma once

#include <QStyledItemDelegate>

// Items no wider than their view's viewport: a list of unwrapped texts elides them to the width it
// has (the view's textElideMode) instead of growing wider and scrolling sideways.
class FittedRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};
