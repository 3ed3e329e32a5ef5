#include "models/ThreadPriority.h"

#if defined(__linux__)
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace ThreadPriority {

void yieldToInteractive()
{
#if defined(__linux__)
    thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
    // On Linux a thread is its own task: PRIO_PROCESS with its id changes this thread alone. Raising
    // the nice value never needs a privilege; failing leaves the thread as it was.
    (void)setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), 4);
#endif
}

} // namespace ThreadPriority
