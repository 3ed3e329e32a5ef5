#pragma once

#include <QString>

// Rule texts that more than one layer shows (the validator, an editor widget, the sandbox's answers):
// each is written here once, so a reworded rule changes everywhere at the same time. Field-specific
// help stays in the field table (ProjectField.cpp).
namespace RuleTexts {

// The example instant every date rule quotes, in the SSAPI's exact format.
QString utcExample();
// "must be a UTC date and time like …" — follows a field's label.
QString notUtcDate();
// "<parameter> must be a UTC string like …" — a query parameter the sandbox refused.
QString notUtcParameter(const QString& parameter);
// The date picker's tooltip: local date in, UTC text out.
QString datePickerHint();
// A custom-field key with characters other than letters, numbers and underscores.
QString keyCharacters(const QString& key);
// A custom-field key used by two entries of one list.
QString keyUsedTwice(const QString& key);

} // namespace RuleTexts
