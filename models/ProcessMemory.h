#pragma once

// How the process allocates, set once at start-up before any thread exists (the app and bench_scale).
namespace ProcessMemory {

// glibc gives every thread that allocates its own arena, and memory freed in one arena is not reused
// by another: pages parsed on workers and rows kept on the GUI thread then leave the peak (VmHWM) tens
// of megabytes above what is in use. Two arenas keep the GUI thread apart from the workers at a
// fraction of that. Blocks of 512 KiB and more get mappings of their own, returned when freed.
// No-op where the C library is not glibc.
void limitArenas();

} // namespace ProcessMemory
