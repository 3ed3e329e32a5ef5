#pragma once

#include <QAccessible>
#include <QAccessibleWidget>
#include <QHash>
#include <QPointer>

// Painted widgets (the month grid, the timeline) have no child widgets for a screen reader to walk.
// Their accessible interface derives from PaintedItemSource and answers for two levels of painted
// items: top-level items (a day cell, a project row) at (a, -1), and the items inside one (the bars)
// at (a, b). The items hold only their coordinates and ask the source each time, so a new month or
// filter needs no rebuild; the source caches one interface per coordinate and deletes them with it.
class PaintedItemSource : public QAccessibleWidget
{
public:
    PaintedItemSource(QWidget* widget, QAccessible::Role role, const QString& name);
    ~PaintedItemSource() override;

    QWidget* paintedWidget() const { return widget(); }

    virtual int topLevelCount() const = 0;
    virtual int innerCount(int a) const = 0;
    virtual QString itemName(int a, int b) const = 0;
    virtual QString itemDescription(int, int) const { return {}; }
    virtual QRect itemRect(int a, int b) const = 0; // widget coordinates
    virtual QAccessible::State itemState(int a, int b) const = 0;
    virtual QAccessible::Role itemRole(int b) const = 0;
    virtual int currentTopLevel() const = 0; // -1 for none

    int childCount() const override { return topLevelCount(); }
    QAccessibleInterface* child(int index) const override;
    int indexOfChild(const QAccessibleInterface* child) const override;
    QAccessibleInterface* childAt(int x, int y) const override;
    QAccessibleInterface* focusChild() const override;

    // The cached interface of (a, b); b = -1 for a top-level item.
    QAccessibleInterface* item(int a, int b) const;
    // Tells assistive technology that the current top-level item has the focus.
    static void notifyFocus(QWidget* widget);

private:
    mutable QHash<QPair<int, int>, QAccessible::Id> m_items;
};

class PaintedItemAccessible : public QAccessibleInterface
{
public:
    PaintedItemAccessible(const PaintedItemSource* source, int a, int b);

    bool isValid() const override;
    QObject* object() const override { return nullptr; }
    QWindow* window() const override;
    QVector<QPair<QAccessibleInterface*, QAccessible::Relation>>
    relations(QAccessible::Relation) const override
    {
        return {};
    }
    QAccessibleInterface* focusChild() const override { return nullptr; }
    QAccessibleInterface* childAt(int x, int y) const override;
    QAccessibleInterface* parent() const override;
    QAccessibleInterface* child(int index) const override;
    int childCount() const override;
    int indexOfChild(const QAccessibleInterface* child) const override;
    QString text(QAccessible::Text t) const override;
    void setText(QAccessible::Text, const QString&) override {}
    QRect rect() const override;
    QAccessible::Role role() const override;
    QAccessible::State state() const override;

    int a() const { return m_a; }
    int b() const { return m_b; }

private:
    const PaintedItemSource* m_source;
    int m_a;
    int m_b;
};
