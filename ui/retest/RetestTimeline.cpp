#include "ui/retest/RetestTimeline.h"
#include "ui/common/ThemeColors.h"

#include "models/CalendarIndex.h"
#include "ui/retest/RetestMonthGrid.h"
#include "ui/retest/TimelineAccessible.h"

#include <QAction>
#include <QMenu>

#include <QKeyEvent>
#include <QLinearGradient>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <algorithm>

using namespace Qt::StringLiterals;

RetestTimeline::RetestTimeline(const CalendarIndex* index, QWidget* parent)
    : QAbstractScrollArea(parent)
    , m_index(index)
{
    m_requestRetestAction = new QAction(tr("Request &retest…"), this);
    m_requestRetestAction->setObjectName(u"requestRetestAction"_s);
    m_requestRetestAction->setShortcut(QKeySequence::New);
    m_requestRetestAction->setShortcutContext(Qt::WidgetShortcut);
    m_requestRetestAction->setToolTip(tr("Request a retest of this project over the selected days (Ctrl+N)"));
    addAction(m_requestRetestAction);
    connect(m_requestRetestAction, &QAction::triggered, this, [this] {
        if (m_current < 0)
            return;
        const QDate first = m_cursorDay.isValid() ? rangeFirst() : QDate();
        const QDate last = m_cursorDay.isValid() ? rangeLast() : QDate();
        Q_EMIT retestRequested(rows().id(m_current), first, last);
    });
    TimelineAccessible::install();
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Timeline"));
    viewport()->setBackgroundRole(QPalette::Base);
    const QDate today = QDate::currentDate();
    setSpan(QDate(today.year(), today.month(), 1).addMonths(-1), 4);
}

QColor RetestTimeline::loadColor()
{
    QColor color = ThemeColors::category(ThemeColors::Category::Requested);
    color.setAlpha(150);
    return color;
}

QColor RetestTimeline::holdShadeColor() const
{
    return palette().color(QPalette::Mid);
}

void RetestTimeline::setSpan(QDate first, int months)
{
    m_first = first;
    m_last = first.addMonths(months).addDays(-1);
    reload();
}

void RetestTimeline::reload()
{
    // Built when needed: hidden behind the month view, paging months would otherwise rebuild tens of
    // thousands of rows per step at 100,000 projects.
    m_rowsStale = true;
    if (isVisible())
        settle();
}

const TimelineRows& RetestTimeline::rows() const
{
    if (m_rowsStale) {
        m_rows = TimelineRows::of(*m_index, m_first, m_last);
        m_rowsStale = false;
    }
    return m_rows;
}

void RetestTimeline::settle()
{
    m_current = std::min(m_current, rows().size() - 1);
    if (m_cursorDay.isValid() && (rangeFirst() < m_first || rangeLast() > m_last))
        m_cursorDay = m_anchorDay = QDate();
    updateScrollBars();
    viewport()->update();
}

void RetestTimeline::showEvent(QShowEvent* event)
{
    QAbstractScrollArea::showEvent(event);
    settle();
}

int RetestTimeline::labelWidth() const
{
    return std::clamp(viewport()->width() / 5, 120, 240);
}

double RetestTimeline::dayWidth() const
{
    const qint64 days = m_first.daysTo(m_last) + 1;
    return std::max(1.0, double(viewport()->width() - labelWidth()) / double(days));
}

void RetestTimeline::updateScrollBars()
{
    const int content = rows().size() * kRowHeight;
    const int page = std::max(0, viewport()->height() - kHeaderHeight);
    verticalScrollBar()->setRange(0, std::max(0, content - page));
    verticalScrollBar()->setPageStep(page);
    verticalScrollBar()->setSingleStep(kRowHeight);
}

void RetestTimeline::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

int RetestTimeline::rowAt(int y) const
{
    if (y < kHeaderHeight)
        return -1;
    const int row = (y - kHeaderHeight + verticalScrollBar()->value()) / kRowHeight;
    return row < rows().size() ? row : -1;
}

void RetestTimeline::paintEvent(QPaintEvent*)
{
    QPainter painter(viewport());
    const QPalette pal = palette();
    const int labelW = labelWidth();
    const double dayW = dayWidth();
    const QDate today = m_index->today();
    const int w = viewport()->width();
    const int h = viewport()->height();
    auto xOf = [&](QDate d) { return labelW + int(m_first.daysTo(d) * dayW); };

    // Month header and gridlines.
    painter.fillRect(0, 0, w, kHeaderHeight, pal.color(QPalette::Window));
    for (QDate m = m_first; m <= m_last; m = m.addMonths(1)) {
        const int x = xOf(m);
        painter.setPen(pal.color(QPalette::Mid));
        painter.drawLine(x, 0, x, h);
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(QRect(x + 4, 0, int(m.daysInMonth() * dayW) - 8, kMonthHeight), Qt::AlignVCenter,
                         QLocale().toString(m, u"MMMM yyyy"_s));
    }
    // Load row: how many retest windows are open on each day, across the projects the filter shows.
    painter.setPen(pal.color(QPalette::PlaceholderText));
    painter.drawText(QRect(4, kMonthHeight, labelW - 8, kLoadHeight), Qt::AlignVCenter, tr("Open retests"));
    const QList<int> load = m_index->openWindowCounts(m_first, m_last);
    const int peak = load.isEmpty() ? 0 : *std::max_element(load.cbegin(), load.cend());
    if (peak > 0) {
        const QColor bar = loadColor();
        for (int i = 0; i < load.size(); ++i) {
            if (load.at(i) == 0)
                continue;
            const int barH = std::max(2, (kLoadHeight - 3) * load.at(i) / peak);
            const QDate d = m_first.addDays(i);
            painter.fillRect(
                QRect(xOf(d), kHeaderHeight - 1 - barH, std::max(1, xOf(d.addDays(1)) - xOf(d)), barH), bar);
        }
    }
    if (today >= m_first && today <= m_last) {
        painter.setPen(QPen(ThemeColors::category(ThemeColors::Category::Today), 1, Qt::DashLine));
        painter.drawLine(xOf(today), kHeaderHeight, xOf(today), h);
    }

    const int firstRow = verticalScrollBar()->value() / kRowHeight;
    const int lastRow = std::min(rows().size() - 1, firstRow + (h - kHeaderHeight) / kRowHeight + 1);
    painter.setClipRect(0, kHeaderHeight, w, h - kHeaderHeight);
    const auto& entries = m_index->entries();
    for (int row = firstRow; row <= lastRow; ++row) {
        const int y = kHeaderHeight + row * kRowHeight - verticalScrollBar()->value();
        if (row == m_current) {
            painter.fillRect(0, y, w, kRowHeight, pal.color(QPalette::Highlight).lighter(175));
            if (m_cursorDay.isValid()) {
                const int x0 = xOf(rangeFirst());
                const int x1 = xOf(rangeLast().addDays(1));
                painter.fillRect(x0, y, std::max(2, x1 - x0), kRowHeight,
                                 pal.color(QPalette::Highlight).lighter(140));
            }
        } else if (row % 2)
            painter.fillRect(0, y, w, kRowHeight, pal.color(QPalette::AlternateBase));
        // On-hold periods shade the row (hatched), so a window planned while on hold stands out.
        for (const auto& [from, to] : m_index->holdPeriods(rows().id(row))) {
            if (to < m_first || from > m_last)
                continue;
            const int x0 = xOf(std::max(from, m_first));
            const int x1 = xOf(std::min(to, m_last).addDays(1));
            painter.fillRect(QRect(x0, y, std::max(2, x1 - x0), kRowHeight),
                             QBrush(holdShadeColor(), Qt::BDiagPattern));
        }
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(QRect(4, y, labelW - 8, kRowHeight), Qt::AlignVCenter,
                         fontMetrics().elidedText(rows().name(row), Qt::ElideRight, labelW - 8));
        for (int i : rows().entries(row)) {
            const CalendarEntry& e = entries.at(i);
            const QDate from = std::max(e.first, m_first);
            const QDate to = std::min(e.displayLast(today), m_last);
            const int x0 = xOf(from);
            const int x1 = std::max(x0 + 3, xOf(to.addDays(1)) - 1);
            const QColor color = RetestMonthGrid::colorFor(e);
            if (e.kind == CalendarEntry::Kind::ProjectRange) {
                painter.fillRect(QRect(x0, y + kRowHeight / 2 - 2, x1 - x0, 4), color);
                continue;
            }
            const QRect block(x0, y + 3, x1 - x0, kRowHeight - 6);
            if (e.isOpenEnded()) {
                QLinearGradient fade(block.topLeft(), block.topRight() + QPoint(24, 0));
                fade.setColorAt(0, color);
                QColor clear = color;
                clear.setAlpha(30);
                fade.setColorAt(1, clear);
                painter.fillRect(block.adjusted(0, 0, 24, 0), fade);
                painter.setPen(color.darker(130));
                painter.drawText(block.adjusted(0, 0, 90, 0).translated(block.width() + 26, 0),
                                 Qt::AlignVCenter, tr("→ open-ended"));
            } else {
                painter.fillRect(block, color);
            }
            painter.setPen(ThemeColors::onCategory());
            if (block.width() > 18)
                painter.drawText(block, Qt::AlignCenter, QString::number(e.round));
        }
    }
    painter.setClipping(false);
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(labelW, 0, labelW, h);
    if (rows().isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect(), Qt::AlignCenter, tr("Nothing scheduled in these months."));
    }
}

QRect RetestTimeline::rowRect(int row) const
{
    return QRect(0, kHeaderHeight + row * kRowHeight - verticalScrollBar()->value(), viewport()->width(),
                 kRowHeight);
}

int RetestTimeline::xOfDay(QDate day) const
{
    return labelWidth() + int(m_first.daysTo(day) * dayWidth());
}

QDate RetestTimeline::dayAtX(int x) const
{
    if (x < labelWidth())
        return {};
    const QDate day = m_first.addDays(qint64((x - labelWidth()) / dayWidth()));
    return day <= m_last ? day : m_last;
}

QRect RetestTimeline::barRect(int row, int entryIndex) const
{
    const CalendarEntry& e = m_index->entries().at(entryIndex);
    const QDate from = std::max(e.first, m_first);
    const QDate to = std::min(e.displayLast(m_index->today()), m_last);
    const int x0 = xOfDay(from);
    const int x1 = std::max(x0 + 3, xOfDay(to.addDays(1)) - 1);
    const QRect r = rowRect(row);
    return QRect(x0, r.top() + 3, x1 - x0, kRowHeight - 6);
}

void RetestTimeline::setCursorDay(QDate day, bool extend)
{
    if (!day.isValid())
        return;
    day = std::clamp(day, m_first, m_last);
    m_cursorDay = day;
    if (!extend || !m_anchorDay.isValid())
        m_anchorDay = day;
    viewport()->update();
}

void RetestTimeline::setCurrentRow(int row)
{
    if (row < -1 || row >= rows().size() || row == m_current)
        return;
    m_current = row;
    PaintedItemSource::notifyFocus(this);
    if (row >= 0) {
        const int top = row * kRowHeight;
        QScrollBar* bar = verticalScrollBar();
        if (top < bar->value())
            bar->setValue(top);
        else if (top + kRowHeight > bar->value() + bar->pageStep())
            bar->setValue(top + kRowHeight - bar->pageStep());
    }
    viewport()->update();
}

void RetestTimeline::mousePressEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    const int row = rowAt(pos.y());
    if (row != m_current) {
        // Another project: the day range belongs to the row it was drawn on.
        m_cursorDay = m_anchorDay = QDate();
        setCurrentRow(row);
    }
    const QDate day = dayAtX(pos.x());
    if (row >= 0 && day.isValid() &&
        (event->button() == Qt::LeftButton || day < rangeFirst() || day > rangeLast() ||
         !m_cursorDay.isValid()))
        setCursorDay(day,
                     event->button() == Qt::LeftButton && event->modifiers().testFlag(Qt::ShiftModifier));
}

void RetestTimeline::mouseMoveEvent(QMouseEvent* event)
{
    // A drag along the row stretches the range; the row stays the one pressed.
    if (!event->buttons().testFlag(Qt::LeftButton) || m_current < 0)
        return;
    const QDate day = dayAtX(event->position().toPoint().x());
    if (day.isValid() && day != m_cursorDay)
        setCursorDay(day, true);
}

void RetestTimeline::contextMenuEvent(QContextMenuEvent* event)
{
    if (m_current < 0)
        return;
    auto* menu = new QMenu(this);
    menu->setObjectName(u"timelineContextMenu"_s);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_requestRetestAction);
    const QString id = rows().id(m_current);
    menu->addAction(tr("&Open project"), this, [this, id] { Q_EMIT projectActivated(id); });
    menu->popup(event->globalPos());
}

bool RetestTimeline::event(QEvent* event)
{
    // As in the month grid: Ctrl+N here requests a retest of the row's project over the chosen days.
    if (event->type() == QEvent::ShortcutOverride &&
        static_cast<QKeyEvent*>(event)->matches(QKeySequence::New)) {
        event->accept();
        return true;
    }
    return QAbstractScrollArea::event(event);
}

void RetestTimeline::mouseDoubleClickEvent(QMouseEvent* event)
{
    const int row = rowAt(event->position().toPoint().y());
    if (row >= 0)
        Q_EMIT projectActivated(rows().id(row));
}

void RetestTimeline::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::New)) {
        m_requestRetestAction->trigger();
        return;
    }
    const bool extend = event->modifiers().testFlag(Qt::ShiftModifier);
    const QDate start = m_cursorDay.isValid() ? m_cursorDay : std::clamp(m_index->today(), m_first, m_last);
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
        // Moving to another project keeps the days, so a range can be carried to the right row.
        setCurrentRow(event->key() == Qt::Key_Up ? std::max(0, m_current - 1)
                                                 : std::min(rows().size() - 1, m_current + 1));
        return;
    case Qt::Key_Left:
        setCursorDay(m_cursorDay.isValid() ? start.addDays(-1) : start, extend);
        return;
    case Qt::Key_Right:
        setCursorDay(m_cursorDay.isValid() ? start.addDays(1) : start, extend);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_current >= 0 && m_cursorDay.isValid())
            m_requestRetestAction->trigger();
        else if (m_current >= 0)
            Q_EMIT projectActivated(rows().id(m_current));
        return;
    default:
        QAbstractScrollArea::keyPressEvent(event);
    }
}
