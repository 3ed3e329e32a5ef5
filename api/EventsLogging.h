#pragma once

#include <QLoggingCategory>

// The events connection's log lines: state changes and ignored frames, never the key or a frame's text.
Q_DECLARE_LOGGING_CATEGORY(lcEvents)
