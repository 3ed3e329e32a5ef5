#include "models/ProcessMemory.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace ProcessMemory {

void limitArenas()
{
#if defined(__GLIBC__)
    mallopt(M_ARENA_MAX, 2);
#endif
}

} // namespace ProcessMemory
