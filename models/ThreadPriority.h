#pragma once

// Background work (parsing and decoding pages, indexing the calendar, the cache) yields to the GUI
// thread. On a 2-core machine a large list's decoders, the parser and the GUI thread all want a core
// at once, and at equal priority the GUI thread spends most of a stall waiting for one (a 140 ms gap
// with 10 ms of its own CPU); a lower priority leaves the workers the idle core at full speed.
namespace ThreadPriority {

// Lowers the calling thread's priority (Linux: nice +10 for this thread only), once per thread. Called
// at the start of each worker task; a no-op where threads have no nice value of their own.
void yieldToInteractive();

} // namespace ThreadPriority
