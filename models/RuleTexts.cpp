#include "models/RuleTexts.h"

#include <QCoreApplication>

namespace RuleTexts {

namespace {

QString translated(const char* source)
{
    return QCoreApplication::translate("RuleTexts", source);
}

} // namespace

QString utcExample()
{
    return QStringLiteral("2021-06-03T23:15:33.008Z");
}

QString notUtcDate()
{
    return translated(QT_TRANSLATE_NOOP("RuleTexts", "must be a UTC date and time like %1."))
        .arg(utcExample());
}

QString notUtcParameter(const QString& parameter)
{
    return translated(QT_TRANSLATE_NOOP("RuleTexts", "%1 must be a UTC string like %2."))
        .arg(parameter, utcExample());
}

QString datePickerHint()
{
    return translated(QT_TRANSLATE_NOOP("RuleTexts",
                                        "Pick a local calendar date. It is sent as UTC ISO 8601 with "
                                        "milliseconds, e.g. %1."))
        .arg(utcExample());
}

QString keyCharacters(const QString& key)
{
    return translated(
               QT_TRANSLATE_NOOP("RuleTexts", "Key “%1” may contain only letters, numbers and underscores."))
        .arg(key);
}

QString keyUsedTwice(const QString& key)
{
    return translated(QT_TRANSLATE_NOOP("RuleTexts", "Key “%1” is used twice; keys must be unique."))
        .arg(key);
}

} // namespace RuleTexts
