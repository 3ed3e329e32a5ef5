#include "ui/retest/TimelineAccessible.h"

#include "models/CalendarIndex.h"
#include "models/CalendarSpeech.h"
#include "ui/retest/RetestTimeline.h"

#include <QAbstractScrollArea>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

QAccessibleInterface* timelineFactory(const QString& className, QObject* object)
{
    if (className == u"RetestTimeline"_s && object && object->isWidgetType())
        return new TimelineAccessible(static_cast<RetestTimeline*>(object));
    return nullptr;
}

} // namespace

TimelineAccessible::TimelineAccessible(RetestTimeline* timeline)
    : PaintedItemSource(timeline, QAccessible::List,
                        QCoreApplication::translate("TimelineAccessible", "Timeline"))
{}

void TimelineAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(&timelineFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

RetestTimeline* TimelineAccessible::timeline() const
{
    return static_cast<RetestTimeline*>(paintedWidget());
}

int TimelineAccessible::topLevelCount() const
{
    return timeline()->projectRowCount();
}

int TimelineAccessible::innerCount(int a) const
{
    return int(timeline()->rowEntries(a).size());
}

QString TimelineAccessible::itemName(int a, int b) const
{
    const QList<int> entries = timeline()->rowEntries(a);
    if (b < 0) {
        QString name = CalendarSpeech::projectRow(timeline()->projectNameAtRow(a), int(entries.size()));
        if (a == timeline()->currentRow() && timeline()->cursorDay().isValid()) {
            name += QCoreApplication::translate("TimelineAccessible", ", selected %1 to %2")
                        .arg(CalendarSpeech::longDay(timeline()->rangeFirst()),
                             CalendarSpeech::longDay(timeline()->rangeLast()));
        }
        return name;
    }
    return b < entries.size() ? CalendarSpeech::entry(timeline()->index()->entries().at(entries.at(b)))
                              : QString();
}

QRect TimelineAccessible::itemRect(int a, int b) const
{
    // Rows and bars are painted on the viewport; report them in the timeline's own coordinates.
    const QPoint offset = timeline()->viewport()->pos();
    if (b < 0)
        return timeline()->rowRect(a).translated(offset);
    const QList<int> entries = timeline()->rowEntries(a);
    return b < entries.size() ? timeline()->barRect(a, entries.at(b)).translated(offset) : QRect();
}

QAccessible::State TimelineAccessible::itemState(int a, int b) const
{
    QAccessible::State state;
    if (b >= 0) {
        state.readOnly = true;
        return state;
    }
    state.selectable = true;
    state.focusable = true;
    state.selected = a == timeline()->currentRow();
    state.focused = state.selected && timeline()->hasFocus();
    state.invisible = !timeline()->viewport()->rect().intersects(timeline()->rowRect(a));
    return state;
}

QAccessible::Role TimelineAccessible::itemRole(int b) const
{
    return b < 0 ? QAccessible::Row : QAccessible::ListItem;
}

int TimelineAccessible::currentTopLevel() const
{
    return timeline()->currentRow();
}
