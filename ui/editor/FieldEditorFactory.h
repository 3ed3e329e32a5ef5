#pragma once

class FieldEditor;
class QWidget;
struct ProjectField;

// The one place that maps a FieldKind to its editor class.
namespace FieldEditorFactory {

FieldEditor* create(const ProjectField& field, QWidget* parent);

} // namespace FieldEditorFactory
