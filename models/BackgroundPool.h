#pragma once

class QThreadPool;

// The threads that parse, decode and free large answers. Not QThreadPool::globalInstance(): Qt 6.4's
// raster engine splits the GUI thread's fills across the global pool and waits for them, so with pages
// queued there a repaint waited tens of milliseconds behind the decoders (measured: 140 ms paints with
// 10 ms of CPU, in QSemaphore::acquire under QRasterPaintEngine::drawRects).
namespace BackgroundPool {

QThreadPool* instance();

} // namespace BackgroundPool
