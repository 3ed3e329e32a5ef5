#include "ui/common/FittedRowDelegate.h"

#include <QAbstractScrollArea>

#include <algorithm>

QSize FittedRowDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize hint = QStyledItemDelegate::sizeHint(option, index);
    if (const auto* view = qobject_cast<const QAbstractScrollArea*>(option.widget))
        hint.setWidth(std::min(hint.width(), view->viewport()->width()));
    return hint;
}
