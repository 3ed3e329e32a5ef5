#pragma once

#include "ui/editor/FieldEditor.h"

#include <QJsonArray>
#include <QList>

class QCheckBox;

// Any subset of the field's choices: one check box per choice with its readable label. The order of
// the loaded list is kept, so unticking and ticking again leaves the value unchanged.
class ChoiceSetFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    explicit ChoiceSetFieldEditor(const ProjectField& field, QWidget* parent = nullptr);

    QJsonValue value() const override;
    QWidget* inputWidget() const override;
    QCheckBox* checkBox(const QString& choiceValue) const;

protected:
    void applyValue(const QJsonValue& value) override;

private:
    void onToggled(const QString& choiceValue, bool checked);

    QList<QCheckBox*> m_checkBoxes;
    QJsonArray m_value;
};
