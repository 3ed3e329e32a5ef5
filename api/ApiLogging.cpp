#include "api/ApiLogging.h"

Q_LOGGING_CATEGORY(lcApi, "forgedesk.api", QtInfoMsg)
