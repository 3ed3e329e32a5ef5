#include "models/ProcessMemory.h"

// Any C library header defines __GLIBC__; without one first, the test below is always false and
// nothing is set (as it was until now).
#include <cstdlib>

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
    // Large blocks (a page's body, a list's row array as it grows) from their own mappings, given back
    // to the system when freed. By default glibc raises this threshold each time such a block is freed,
    // so the next ones come from the heap, where freed megabytes stay in the process and add to the
    // peak; a fixed threshold stops that (about 13 MB of the peak while 10,000 projects load).
    mallopt(M_MMAP_THRESHOLD, 512 * 1024);
#endif
}

} // namespace ProcessMemory
