#include "ui/retest/RetestMonthGrid.h"
#include "ui/common/ThemeColors.h"

#include "models/CalendarIndex.h"
#include "models/MonthLayout.h"
#include "ui/common/StaticTextCache.h"
#include "ui/retest/MonthGridAccessible.h"

#include <QAction>
#include <QMenu>

#include <QKeyEvent>
#include <QLinearGradient>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

RetestMonthGrid::RetestMonthGrid(const CalendarIndex* index, QWidget* parent)
    : QWidget(parent)
    , m_index(index)
{
    const QDate today = QDate::currentDate();
    m_year = today.year();
    m_month = today.month();
    m_selected = m_anchor = today;
    m_requestRetestAction = new QAction(tr("Request &retest…"), this);
    m_requestRetestAction->setObjectName(u"requestRetestAction"_s);
    m_requestRetestAction->setShortcut(QKeySequence::New);
    m_requestRetestAction->setShortcutContext(Qt::WidgetShortcut);
    m_requestRetestAction->setToolTip(tr("Request a retest over the selected days (Ctrl+N or Enter)"));
    addAction(m_requestRetestAction);
    connect(m_requestRetestAction, &QAction::triggered, this,
            [this] { Q_EMIT retestRequested(rangeFirst(), rangeLast()); });
    MonthGridAccessible::install();
    setFocusPolicy(Qt::StrongFocus);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setAccessibleName(tr("Month"));
}

QSize RetestMonthGrid::sizeHint() const
{
    return {760, 560};
}

QSize RetestMonthGrid::minimumSizeHint() const
{
    return {420, 320};
}

void RetestMonthGrid::setMonth(int year, int month)
{
    if (year == m_year && month == m_month)
        return;
    m_year = year;
    m_month = month;
    update();
    Q_EMIT monthChanged(year, month);
}

QDate RetestMonthGrid::firstVisibleDay() const
{
    const QDate first(m_year, m_month, 1);
    const int offset = (first.dayOfWeek() - int(QLocale().firstDayOfWeek()) + 7) % 7;
    return first.addDays(-offset);
}

void RetestMonthGrid::setSelectedDay(QDate day, bool extend)
{
    if (!day.isValid())
        return;
    if (day.year() != m_year || day.month() != m_month)
        setMonth(day.year(), day.month());
    const QDate anchor = extend ? m_anchor : day;
    if (day != m_selected || anchor != m_anchor) {
        m_selected = day;
        m_anchor = anchor;
        update();
    }
    MonthGridAccessible::notifyFocus(this);
    Q_EMIT daySelected(day);
}

QRect RetestMonthGrid::dayRect(QDate day) const
{
    const qint64 offset = firstVisibleDay().daysTo(day);
    if (offset < 0 || offset >= 42)
        return {};
    const double cellW = width() / 7.0;
    const double cellH = (height() - kHeaderHeight) / 6.0;
    const int col = int(offset % 7);
    const int row = int(offset / 7);
    return QRect(int(col * cellW), kHeaderHeight + int(row * cellH), int(cellW), int(cellH));
}

QDate RetestMonthGrid::dayAt(const QPoint& pos) const
{
    if (pos.y() < kHeaderHeight)
        return {};
    const int col = std::clamp(int(pos.x() / (width() / 7.0)), 0, 6);
    const int row = std::clamp(int((pos.y() - kHeaderHeight) / ((height() - kHeaderHeight) / 6.0)), 0, 5);
    return firstVisibleDay().addDays(row * 7 + col);
}

QColor RetestMonthGrid::colorFor(const CalendarEntry& entry)
{
    if (entry.kind == CalendarEntry::Kind::ProjectRange)
        return ThemeColors::category(entry.projectOnHold ? ThemeColors::Category::OnHold
                                                         : ThemeColors::Category::ProjectDates);
    const QString s = entry.status.toLower();
    if (s == u"completed"_s)
        return ThemeColors::category(ThemeColors::Category::Completed);
    if (s == u"cancelled"_s)
        return ThemeColors::category(ThemeColors::Category::Cancelled);
    return ThemeColors::category(ThemeColors::Category::Requested); // requested / open
}

void RetestMonthGrid::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QPalette pal = palette();
    const QDate first = firstVisibleDay();
    const QDate today = m_index->today();

    // Weekday header.
    const double cellW = width() / 7.0;
    painter.setPen(pal.color(QPalette::PlaceholderText));
    for (int col = 0; col < 7; ++col) {
        const QRect r(int(col * cellW), 0, int(cellW), kHeaderHeight);
        m_texts.draw(painter, r, Qt::AlignCenter,
                     QLocale().dayName(first.addDays(col).dayOfWeek(), QLocale::ShortFormat));
    }

    const int barH = barHeight();
    const int barsTop = fontMetrics().height() + 4; // below the day number
    const int lanes = std::max(0, (dayRect(first).height() - 1 - barsTop - barH) / (barH + 2));
    const MonthLayout layout = MonthLayout::of(*m_index, first, lanes);
    for (int i = 0; i < 42; ++i) {
        const QDate day = first.addDays(i);
        const QRect r = dayRect(day);
        const bool inMonth = day.month() == m_month;
        painter.fillRect(r, inMonth ? pal.color(QPalette::Base) : pal.color(QPalette::AlternateBase));
        if (inRange(day))
            painter.fillRect(r, pal.color(QPalette::Highlight).lighter(day == m_selected ? 165 : 185));
        painter.setPen(pal.color(QPalette::Mid));
        painter.drawRect(r.adjusted(0, 0, -1, -1));
        QFont f = font();
        f.setBold(day == today);
        painter.setFont(f);
        painter.setPen(inMonth ? pal.color(QPalette::Text) : pal.color(QPalette::PlaceholderText));
        m_texts.draw(painter, r.adjusted(4, 2, -4, 0), Qt::AlignTop | Qt::AlignRight,
                     QString::number(day.day()));
        // Capacity: a quiet mark, one short tick per retest window open that day (five at most).
        if (const int open = layout.openWindows(i); open > 0) {
            const QColor tick = pal.color(QPalette::PlaceholderText);
            for (int k = 0; k < std::min(open, 5); ++k)
                painter.fillRect(r.left() + 5 + k * 5, r.top() + 6, 3, 8, tick);
            if (open > 5)
                painter.drawText(QRect(r.left() + 31, r.top() + 2, 30, 14), Qt::AlignLeft | Qt::AlignVCenter,
                                 u"+"_s);
        }
    }
    painter.setFont(font());
    for (const MonthLayout::Bar& b : layout.bars()) {
        const QRect from = dayRect(first.addDays(b.fromDay));
        const QRect to = dayRect(first.addDays(b.toDay));
        const QRect bar(from.left() + 2, from.top() + barsTop + b.lane * (barH + 2),
                        to.right() - from.left() - 3, barH);
        paintBar(painter, m_index->entries().at(b.entry), bar, b.titled, b.endsHere);
    }
    painter.setPen(pal.color(QPalette::Text));
    for (int i = 0; i < MonthLayout::kDays; ++i) {
        if (const int hidden = layout.hidden(i); hidden > 0)
            m_texts.draw(painter, dayRect(first.addDays(i)).adjusted(4, 0, -4, -2),
                         Qt::AlignBottom | Qt::AlignLeft, tr("+%1 more").arg(hidden));
    }
    if (hasFocus() && dayRect(m_selected).isValid()) {
        painter.setPen(QPen(pal.color(QPalette::Highlight), 2));
        painter.drawRect(dayRect(m_selected).adjusted(1, 1, -2, -2));
    }
}

int RetestMonthGrid::barHeight() const
{
    return std::max(fontMetrics().height() + 2, 14);
}

void RetestMonthGrid::paintBar(QPainter& painter, const CalendarEntry& e, const QRect& bar, bool titled,
                               bool lastShownDay)
{
    const QColor color = colorFor(e);
    const bool openTail = e.isOpenEnded() && lastShownDay;
    if (openTail) {
        // Open-ended: the bar fades out and ends in an arrow, saying "no end date".
        QLinearGradient fade(bar.topLeft(), bar.topRight());
        fade.setColorAt(0, color);
        fade.setColorAt(std::max(0.0, 1.0 - 40.0 / std::max(bar.width(), 1)), color);
        QColor clear = color;
        clear.setAlpha(40);
        fade.setColorAt(1, clear);
        painter.fillRect(bar, fade);
    } else {
        painter.fillRect(bar, color);
    }
    if (e.projectOnHold) {
        QColor hatch = ThemeColors::onCategory();
        hatch.setAlpha(90);
        painter.fillRect(bar, QBrush(hatch, Qt::BDiagPattern));
    }
    QString label = titled ? e.title() : QString();
    if (openTail)
        label = (label.isEmpty() ? QString() : label + u"  "_s) + tr("→ open-ended");
    painter.setPen(ThemeColors::onCategory());
    m_texts.draw(painter, bar.adjusted(4, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft, label);
}

void RetestMonthGrid::mousePressEvent(QMouseEvent* event)
{
    const QDate day = dayAt(event->position().toPoint());
    if (day.isValid() && event->button() == Qt::LeftButton)
        setSelectedDay(day, event->modifiers().testFlag(Qt::ShiftModifier));
    else if (day.isValid() && !inRange(day))
        setSelectedDay(day); // a right click outside the range picks that day for the context menu
    QWidget::mousePressEvent(event);
}

void RetestMonthGrid::mouseMoveEvent(QMouseEvent* event)
{
    // Dragging with the left button stretches the range from where it was pressed; stays in view.
    if (!event->buttons().testFlag(Qt::LeftButton))
        return;
    const QDate day = dayAt(event->position().toPoint());
    if (day.isValid() && day != m_selected && dayRect(day).isValid()) {
        m_selected = day;
        update();
        MonthGridAccessible::notifyFocus(this);
        Q_EMIT daySelected(day);
    }
}

void RetestMonthGrid::contextMenuEvent(QContextMenuEvent* event)
{
    auto* menu = new QMenu(this);
    menu->setObjectName(u"monthContextMenu"_s);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_requestRetestAction);
    menu->popup(event->globalPos());
}

bool RetestMonthGrid::event(QEvent* event)
{
    // Ctrl+N here means "request a retest over these days", not the window's "new retest" for the
    // project open elsewhere: taking it as a key press keeps the two shortcuts from being ambiguous.
    if (event->type() == QEvent::ShortcutOverride &&
        static_cast<QKeyEvent*>(event)->matches(QKeySequence::New)) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void RetestMonthGrid::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::New)) {
        m_requestRetestAction->trigger();
        return;
    }
    int step = 0;
    switch (event->key()) {
    case Qt::Key_Left:
        step = -1;
        break;
    case Qt::Key_Right:
        step = 1;
        break;
    case Qt::Key_Up:
        step = -7;
        break;
    case Qt::Key_Down:
        step = 7;
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        m_requestRetestAction->trigger();
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    setSelectedDay(m_selected.addDays(step), event->modifiers().testFlag(Qt::ShiftModifier));
}
