#pragma once

#include "models/ThreadPriority.h"

#include <QtConcurrent/QtConcurrentRun>

// The threads that parse, decode and free large answers. Not QThreadPool::globalInstance(): Qt 6.4's
// raster engine splits the GUI thread's fills across the global pool and waits for them, so with pages
// queued there a repaint waited tens of milliseconds behind the decoders (measured: 140 ms paints with
// 10 ms of CPU, in QSemaphore::acquire under QRasterPaintEngine::drawRects).
namespace BackgroundPool {

QThreadPool* instance();

// Drops `value` on a thread of `pool`: freeing the last reference to a large container (100,000 rows,
// a set of 100,000 ids) holds the thread that does it for tens of milliseconds.
template <typename T> void release(T value, QThreadPool* pool = instance())
{
    (void)QtConcurrent::run(pool, [doomed = std::move(value)] {
        ThreadPriority::yieldToInteractive();
        (void)doomed;
    });
}

} // namespace BackgroundPool
