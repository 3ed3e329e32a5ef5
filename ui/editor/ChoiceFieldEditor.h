#pragma once

#include "ui/editor/FieldEditor.h"

class QComboBox;

// One of the field's choices, shown by readable label. A value the table does not know (or none) is
// shown as it is, so that loading a project never rewrites it.
class ChoiceFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    explicit ChoiceFieldEditor(const ProjectField& field, QWidget* parent = nullptr);

    QJsonValue value() const override;
    QWidget* inputWidget() const override;

protected:
    void applyValue(const QJsonValue& value) override;

private:
    QComboBox* m_comboBox = nullptr;
};
