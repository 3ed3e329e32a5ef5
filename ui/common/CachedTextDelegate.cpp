#include "ui/common/CachedTextDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

#include <utility>

void CachedTextDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    constexpr QStyleOptionViewItem::ViewItemFeatures notPlain = QStyleOptionViewItem::HasDecoration |
                                                                QStyleOptionViewItem::HasCheckIndicator |
                                                                QStyleOptionViewItem::WrapText;
    // A selection drawn behind the text alone (not the whole cell) needs the text's own rectangle.
    const bool selectionFitsText = opt.state.testFlag(QStyle::State_Selected) && !opt.showDecorationSelected;
    if ((opt.features & notPlain) != 0 || selectionFitsText || opt.direction == Qt::RightToLeft ||
        opt.text.contains(u'\n') || opt.text.contains(QChar::LineSeparator)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    const QString text = std::exchange(opt.text, QString());
    opt.features &= ~QStyleOptionViewItem::HasDisplay;
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // all but the text

    // As QCommonStyle draws an item's text: the same colours and margin.
    QPalette::ColorGroup group =
        opt.state.testFlag(QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !opt.state.testFlag(QStyle::State_Active))
        group = QPalette::Inactive;
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    painter->save();
    painter->setClipRect(opt.rect);
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(
        group, opt.state.testFlag(QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
    m_texts.draw(*painter, opt.rect.adjusted(margin, 0, -margin, 0), opt.displayAlignment, text,
                 m_elide.value_or(opt.textElideMode));
    painter->restore();
}
