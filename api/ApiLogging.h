#pragma once

#include <QLoggingCategory>

// All client logging goes through this category; lines name method, path and status, never headers.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
