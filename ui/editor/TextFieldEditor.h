#pragma once

#include "ui/editor/FieldEditor.h"

class QLineEdit;
class UniqueCodeHint;
class QPlainTextEdit;

// Text and LongText fields: a line edit, or a plain-text box for bodies and summaries.
class TextFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    explicit TextFieldEditor(const ProjectField& field, QWidget* parent = nullptr);

    QJsonValue value() const override;
    QWidget* inputWidget() const override;
    void setCatalog(const Catalog& catalog) override;
    UniqueCodeHint* codeHint() const { return m_codeHint; }

protected:
    void applyValue(const QJsonValue& value) override;
    // Lets Ctrl+Z / Ctrl+Shift+Z reach the editor's undo stack instead of the input's own undo.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QLineEdit* m_lineEdit = nullptr;
    QPlainTextEdit* m_textEdit = nullptr;
    UniqueCodeHint* m_codeHint = nullptr; // project and vulnerability codes only
};
