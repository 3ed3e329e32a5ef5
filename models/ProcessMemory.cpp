#include "models/ProcessMemory.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace ProcessMemory {

void limitArenas()
{
#if defined(__GLIBC__)
    mallopt(M_ARENA_MAX, 2);
    // No fastbins: freeing a large block (a decoded page's rows) otherwise consolidates every small
    // chunk freed since, tens of milliseconds on the GUI thread at a time while a large list loads; the
    // per-thread cache still serves small blocks.
    mallopt(M_MXFAST, 0);
#endif
}

} // namespace ProcessMemory
