#pragma once

#include "models/ProjectField.h"

#include <QCoreApplication>

// The label of an allowed value as shown: translated in context "ProjectField", where the field table
// marks it with QT_TRANSLATE_NOOP (as ProjectField::displayLabel() does for a field's own label).
namespace ChoiceLabel {

inline QString of(const FieldChoice& choice)
{
    return QCoreApplication::translate("ProjectField", choice.label.toUtf8().constData());
}

} // namespace ChoiceLabel
