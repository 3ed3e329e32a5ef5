#pragma once

#include "ui/retest/PaintedItemAccessible.h"

class RetestTimeline;

// The timeline for screen readers: one row per project ("Payments API, 2 items"; focused when current),
// each holding one item per bar ("Payments API, retest round 2, Requested, 1 March 2030 to 5 March
// 2030"). The selected day range is in the row's description.
class TimelineAccessible : public PaintedItemSource
{
public:
    explicit TimelineAccessible(RetestTimeline* timeline);

    // Registers the factory for RetestTimeline (once per process).
    static void install();

    int topLevelCount() const override;
    int innerCount(int a) const override;
    QString itemName(int a, int b) const override;
    QRect itemRect(int a, int b) const override;
    QAccessible::State itemState(int a, int b) const override;
    QAccessible::Role itemRole(int b) const override;
    int currentTopLevel() const override;

private:
    RetestTimeline* timeline() const;
};
