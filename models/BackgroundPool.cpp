#include "models/BackgroundPool.h"

#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace BackgroundPool {

QThreadPool* instance()
{
    static QThreadPool* pool = [] {
        // Never destroyed: tasks still running at exit must not find it gone (as with the global pool).
        auto* p = new QThreadPool;
        p->setObjectName(QStringLiteral("forgedesk-background"));
        p->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
        return p;
    }();
    return pool;
}

} // namespace BackgroundPool
