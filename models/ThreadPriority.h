#pragma once

// Background work (parsing and decoding pages, indexing the calendar, the cache) yields to the GUI
// thread. On a 2-core machine a large list's decoders, the parser and the GUI thread all want a core
// at once, and at equal priority the GUI thread spends most of a stall waiting for one (a 140 ms gap
// with 10 ms of its own CPU); a lower priority leaves the workers the idle core at full speed.
namespace ThreadPriority {

// Lowers the calling thread's priority (Linux: nice +4 and SCHED_BATCH for this thread only), once per
// thread. Called at the start of each worker task; a no-op where threads have no priority of their
// own. Not lower: at +10 the decoders lost to any other program's work (10,000 at --latency 200 beside a
// nice-10 build: list complete 2914 ms, against 2104 ms unchanged and 2341-2479 ms at +4).
void yieldToInteractive();

} // namespace ThreadPriority
