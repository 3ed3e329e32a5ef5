#include "models/ThreadPriority.h"

#if defined(__linux__)
#include <sched.h>
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
    const auto tid = static_cast<pid_t>(syscall(SYS_gettid));
    (void)setpriority(PRIO_PROCESS, static_cast<id_t>(tid), 4);
    // SCHED_BATCH keeps the thread's nice share but lets the scheduler never preempt a running thread
    // for it: a worker woken by QThreadPool::start no longer takes the GUI thread's core (4,600 such
    // preemptions in one 100,000-project load). It keeps the nice value set above.
    const sched_param param{};
    (void)sched_setscheduler(tid, SCHED_BATCH, &param);
#endif
}

} // namespace ThreadPriority
