#pragma once

#include "sandbox/SandboxTypes.h"

class EventsHub;
class SandboxStore;

// Which event an accepted write causes, and its payload (params.data), read from the store after the
// write: project-updated for PUT project or round, project-retest-requested/-completed/-cancelled for
// the retest POSTs (cancelled in the documented shape).
namespace EventsFromWrites {

void publish(EventsHub& hub, const RecordedRequest& request, int status, const SandboxStore& store);

} // namespace EventsFromWrites
