#include "api/EventsLogging.h"

Q_LOGGING_CATEGORY(lcEvents, "forgedesk.events", QtInfoMsg)
