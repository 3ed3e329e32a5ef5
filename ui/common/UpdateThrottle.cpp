#include "ui/common/UpdateThrottle.h"

UpdateThrottle::UpdateThrottle(int intervalMs, std::function<void()> update, QObject* parent)
    : QObject(parent)
    , m_update(std::move(update))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!m_pending)
            return;
        m_pending = false;
        m_update();
        m_timer.start(); // the interval starts again from this run
    });
}

void UpdateThrottle::request()
{
    if (m_timer.isActive()) {
        m_pending = true;
        return;
    }
    m_update();
    m_timer.start();
}

void UpdateThrottle::flush()
{
    if (!m_pending)
        return;
    m_pending = false;
    m_update();
}
