#pragma once

#include "ui/editor/FieldEditor.h"

class UtcDateEdit;

// A date field: a local calendar day in a UtcDateEdit, sent as a UTC ISO 8601 string with milliseconds.
class DateFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    explicit DateFieldEditor(const ProjectField& field, QWidget* parent = nullptr);

    QJsonValue value() const override;
    QWidget* inputWidget() const override;
    UtcDateEdit* dateEdit() const { return m_dateEdit; }

protected:
    void applyValue(const QJsonValue& value) override;

private:
    UtcDateEdit* m_dateEdit = nullptr;
};
