#pragma once

#include "ui/retest/PaintedItemAccessible.h"

class RetestMonthGrid;

// The month grid for screen readers: a table of 42 day cells ("Monday 14 December 2026, 3 items",
// selected when inside the chosen range, focused at the cursor), each holding one item per entry on
// that day ("Payments API, retest round 2, Requested, 1 March 2030 to 5 March 2030").
class MonthGridAccessible : public PaintedItemSource
{
public:
    explicit MonthGridAccessible(RetestMonthGrid* grid);

    // Registers the factory for RetestMonthGrid (once per process).
    static void install();
    static void notifyFocus(RetestMonthGrid* grid);

    int topLevelCount() const override { return 42; }
    int innerCount(int a) const override;
    QString itemName(int a, int b) const override;
    // A day's density: "2 retest windows open".
    QString itemDescription(int a, int b) const override;
    QRect itemRect(int a, int b) const override;
    QAccessible::State itemState(int a, int b) const override;
    QAccessible::Role itemRole(int b) const override;
    int currentTopLevel() const override;

private:
    RetestMonthGrid* grid() const;
};
