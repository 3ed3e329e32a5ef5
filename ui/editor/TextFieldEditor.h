#pragma once

#include "ui/editor/FieldEditor.h"

class QLineEdit;
class QPlainTextEdit;

// Text and LongText fields: a line edit, or a plain-text box for bodies and summaries.
class TextFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    explicit TextFieldEditor(const ProjectField& field, QWidget* parent = nullptr);

    QJsonValue value() const override;
    QWidget* inputWidget() const override;

protected:
    void applyValue(const QJsonValue& value) override;
    // Lets Ctrl+Z / Ctrl+Shift+Z reach the editor's undo stack instead of the input's own undo.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QLineEdit* m_lineEdit = nullptr;
    QPlainTextEdit* m_textEdit = nullptr;
};
