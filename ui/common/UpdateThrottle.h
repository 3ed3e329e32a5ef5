#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

// Runs an update at most once per interval however often it is asked for: the first request at once,
// later ones folded into one run when the interval ends. While a large list loads, its batches come
// every few milliseconds, and a progress text or count redrawn for each one repainted half the window.
class UpdateThrottle : public QObject
{
public:
    UpdateThrottle(int intervalMs, std::function<void()> update, QObject* parent = nullptr);

    void request();
    // Runs a pending update now (e.g. when the list is complete, so the last figure is exact).
    void flush();

private:
    std::function<void()> m_update;
    QTimer m_timer;
    bool m_pending = false;
};
