#include "ui/retest/PaintedItemAccessible.h"

#include <QWidget>
#include <QWindow>

PaintedItemSource::PaintedItemSource(QWidget* widget, QAccessible::Role role, const QString& name)
    : QAccessibleWidget(widget, role, name)
{}

PaintedItemSource::~PaintedItemSource()
{
    for (QAccessible::Id id : std::as_const(m_items))
        QAccessible::deleteAccessibleInterface(id);
}

QAccessibleInterface* PaintedItemSource::item(int a, int b) const
{
    const QPair<int, int> key(a, b);
    if (const auto it = m_items.constFind(key); it != m_items.constEnd())
        return QAccessible::accessibleInterface(*it);
    auto* created = new PaintedItemAccessible(this, a, b);
    m_items.insert(key, QAccessible::registerAccessibleInterface(created));
    return created;
}

QAccessibleInterface* PaintedItemSource::child(int index) const
{
    return index >= 0 && index < topLevelCount() ? item(index, -1) : nullptr;
}

int PaintedItemSource::indexOfChild(const QAccessibleInterface* child) const
{
    const auto* painted = dynamic_cast<const PaintedItemAccessible*>(child);
    return painted && painted->b() < 0 && painted->a() < topLevelCount() ? painted->a() : -1;
}

QAccessibleInterface* PaintedItemSource::childAt(int x, int y) const
{
    const QPoint local = widget()->mapFromGlobal(QPoint(x, y));
    for (int a = 0; a < topLevelCount(); ++a) {
        if (itemRect(a, -1).contains(local))
            return item(a, -1);
    }
    return nullptr;
}

QAccessibleInterface* PaintedItemSource::focusChild() const
{
    const int current = currentTopLevel();
    return widget()->hasFocus() && current >= 0 ? item(current, -1) : nullptr;
}

void PaintedItemSource::notifyFocus(QWidget* widget)
{
    if (!QAccessible::isActive() || !widget->hasFocus())
        return;
    auto* source = dynamic_cast<PaintedItemSource*>(QAccessible::queryAccessibleInterface(widget));
    if (!source || source->currentTopLevel() < 0)
        return;
    QAccessibleEvent event(widget, QAccessible::Focus);
    event.setChild(source->currentTopLevel());
    QAccessible::updateAccessibility(&event);
}

PaintedItemAccessible::PaintedItemAccessible(const PaintedItemSource* source, int a, int b)
    : m_source(source)
    , m_a(a)
    , m_b(b)
{}

bool PaintedItemAccessible::isValid() const
{
    if (!m_source->isValid() || m_a >= m_source->topLevelCount())
        return false;
    return m_b < 0 || m_b < m_source->innerCount(m_a);
}

QWindow* PaintedItemAccessible::window() const
{
    return m_source->window();
}

QAccessibleInterface* PaintedItemAccessible::childAt(int x, int y) const
{
    if (m_b >= 0)
        return nullptr;
    const QPoint local = m_source->paintedWidget()->mapFromGlobal(QPoint(x, y));
    for (int b = 0; b < m_source->innerCount(m_a); ++b) {
        if (m_source->itemRect(m_a, b).contains(local))
            return m_source->item(m_a, b);
    }
    return nullptr;
}

QAccessibleInterface* PaintedItemAccessible::parent() const
{
    return m_b < 0 ? const_cast<PaintedItemSource*>(m_source) : m_source->item(m_a, -1);
}

QAccessibleInterface* PaintedItemAccessible::child(int index) const
{
    if (m_b >= 0 || index < 0 || index >= m_source->innerCount(m_a))
        return nullptr;
    return m_source->item(m_a, index);
}

int PaintedItemAccessible::childCount() const
{
    return m_b < 0 && isValid() ? m_source->innerCount(m_a) : 0;
}

int PaintedItemAccessible::indexOfChild(const QAccessibleInterface* child) const
{
    const auto* painted = dynamic_cast<const PaintedItemAccessible*>(child);
    if (!painted || m_b >= 0 || painted->a() != m_a || painted->b() < 0)
        return -1;
    return painted->b() < m_source->innerCount(m_a) ? painted->b() : -1;
}

QString PaintedItemAccessible::text(QAccessible::Text t) const
{
    if (!isValid())
        return {};
    if (t == QAccessible::Description)
        return m_source->itemDescription(m_a, m_b);
    return t == QAccessible::Name ? m_source->itemName(m_a, m_b) : QString();
}

QRect PaintedItemAccessible::rect() const
{
    if (!isValid())
        return {};
    const QRect local = m_source->itemRect(m_a, m_b);
    return QRect(m_source->paintedWidget()->mapToGlobal(local.topLeft()), local.size());
}

QAccessible::Role PaintedItemAccessible::role() const
{
    return m_source->itemRole(m_b);
}

QAccessible::State PaintedItemAccessible::state() const
{
    if (!isValid()) {
        QAccessible::State gone;
        gone.invalid = true;
        return gone;
    }
    return m_source->itemState(m_a, m_b);
}
