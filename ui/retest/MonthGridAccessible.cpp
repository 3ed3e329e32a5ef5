#include "ui/retest/MonthGridAccessible.h"

#include "models/CalendarIndex.h"
#include "models/CalendarSpeech.h"
#include "ui/retest/RetestMonthGrid.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

QAccessibleInterface* monthGridFactory(const QString& className, QObject* object)
{
    if (className == u"RetestMonthGrid"_s && object && object->isWidgetType())
        return new MonthGridAccessible(static_cast<RetestMonthGrid*>(object));
    return nullptr;
}

} // namespace

MonthGridAccessible::MonthGridAccessible(RetestMonthGrid* grid)
    : PaintedItemSource(grid, QAccessible::Table, QCoreApplication::translate("MonthGridAccessible", "Month"))
{}

void MonthGridAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(&monthGridFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

void MonthGridAccessible::notifyFocus(RetestMonthGrid* grid)
{
    PaintedItemSource::notifyFocus(grid);
}

RetestMonthGrid* MonthGridAccessible::grid() const
{
    return static_cast<RetestMonthGrid*>(paintedWidget());
}

int MonthGridAccessible::innerCount(int a) const
{
    return int(grid()->index()->entriesOn(grid()->firstVisibleDay().addDays(a)).size());
}

QString MonthGridAccessible::itemName(int a, int b) const
{
    const QDate day = grid()->firstVisibleDay().addDays(a);
    const QList<CalendarEntry> entries = grid()->index()->entriesOn(day);
    if (b < 0)
        return CalendarSpeech::dayCell(day, int(entries.size()));
    return b < entries.size() ? CalendarSpeech::entry(entries.at(b)) : QString();
}

QString MonthGridAccessible::itemDescription(int a, int b) const
{
    if (b >= 0)
        return {};
    const int open = grid()->index()->openWindowCount(grid()->firstVisibleDay().addDays(a));
    return open == 1
               ? QCoreApplication::translate("MonthGridAccessible", "1 retest window open")
               : QCoreApplication::translate("MonthGridAccessible", "%n retest windows open", nullptr, open);
}

QRect MonthGridAccessible::itemRect(int a, int) const
{
    // A bar lies across its day's cell: the cell is where a reader's "point at it" should land.
    return grid()->dayRect(grid()->firstVisibleDay().addDays(a));
}

QAccessible::State MonthGridAccessible::itemState(int a, int b) const
{
    QAccessible::State state;
    const QDate day = grid()->firstVisibleDay().addDays(a);
    if (b >= 0) {
        state.readOnly = true;
        return state;
    }
    state.selectable = true;
    state.focusable = true;
    state.selected = grid()->inRange(day);
    state.focused = grid()->hasFocus() && day == grid()->selectedDay();
    state.active = day == grid()->selectedDay();
    return state;
}

QAccessible::Role MonthGridAccessible::itemRole(int b) const
{
    return b < 0 ? QAccessible::Cell : QAccessible::ListItem;
}

int MonthGridAccessible::currentTopLevel() const
{
    const qint64 offset = grid()->firstVisibleDay().daysTo(grid()->selectedDay());
    return offset >= 0 && offset < 42 ? int(offset) : -1;
}
