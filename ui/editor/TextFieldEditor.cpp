#include "ui/editor/TextFieldEditor.h"

#include "models/Catalog.h"
#include "ui/editor/UniqueCodeHint.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

TextFieldEditor::TextFieldEditor(const ProjectField& field, QWidget* parent)
    : FieldEditor(field, parent)
{
    if (field.kind == FieldKind::LongText) {
        m_textEdit = new QPlainTextEdit(this);
        m_textEdit->setObjectName(u"textEdit"_s);
        m_textEdit->setAccessibleName(field.displayLabel());
        m_textEdit->setTabChangesFocus(true); // Tab moves on through the form, as in every other input
        m_textEdit->setMinimumHeight(field.key == u"executive_summary"_s ? 260 : 90);
        m_textEdit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        connect(m_textEdit, &QPlainTextEdit::textChanged, this, &TextFieldEditor::notifyChanged);
        contentLayout()->addWidget(m_textEdit);
    } else {
        m_lineEdit = new QLineEdit(this);
        m_lineEdit->setObjectName(u"lineEdit"_s);
        m_lineEdit->setAccessibleName(field.displayLabel());
        m_lineEdit->setClearButtonEnabled(true);
        connect(m_lineEdit, &QLineEdit::textEdited, this, &TextFieldEditor::notifyChanged);
        contentLayout()->addWidget(m_lineEdit);
        if (UniqueCodeHint::appliesTo(field)) {
            m_codeHint = new UniqueCodeHint(field.displayLabel(), this);
            contentLayout()->addWidget(m_codeHint);
            connect(m_lineEdit, &QLineEdit::textChanged, m_codeHint, &UniqueCodeHint::setText);
            connect(m_codeHint, &UniqueCodeHint::codeChosen, this, [this](const QString& code) {
                m_lineEdit->setText(code);
                notifyChanged();
            });
        }
    }
    inputWidget()->installEventFilter(this);
}

bool TextFieldEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) ||
            key->keyCombination() == QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_Z)) {
            event->ignore(); // not overridden: the shortcut (the editor's undo/redo action) gets it
            return true;
        }
    }
    return FieldEditor::eventFilter(watched, event);
}

QJsonValue TextFieldEditor::value() const
{
    return m_lineEdit ? m_lineEdit->text() : m_textEdit->toPlainText();
}

void TextFieldEditor::setCatalog(const Catalog& catalog)
{
    FieldEditor::setCatalog(catalog);
    if (m_codeHint)
        m_codeHint->setCodesInUse(catalog.codesInUse.value(field().key));
}

QWidget* TextFieldEditor::inputWidget() const
{
    return m_lineEdit ? static_cast<QWidget*>(m_lineEdit) : m_textEdit;
}

void TextFieldEditor::applyValue(const QJsonValue& value)
{
    const QString text = value.toString();
    if (m_lineEdit) {
        if (m_codeHint)
            m_codeHint->setOwnValue(text);
        if (m_lineEdit->text() != text)
            m_lineEdit->setText(text);
    } else if (m_textEdit->toPlainText() != text) {
        m_textEdit->setPlainText(text);
    }
}
