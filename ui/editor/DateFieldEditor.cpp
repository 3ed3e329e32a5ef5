#include "ui/editor/DateFieldEditor.h"

#include "ui/common/UtcDateEdit.h"

#include <QVBoxLayout>

using namespace Qt::StringLiterals;

DateFieldEditor::DateFieldEditor(const ProjectField& field, QWidget* parent)
    : FieldEditor(field, parent)
{
    m_dateEdit = new UtcDateEdit(this);
    m_dateEdit->setObjectName(u"dateEdit"_s);
    m_dateEdit->setAccessibleName(field.displayLabel());
    m_dateEdit->setOptional(true);
    m_dateEdit->setMinimumWidth(180);
    // The picker's own tooltip states the conversion rule; add the field's rule in front of it.
    m_dateEdit->setToolTip(field.help + u"\n"_s + m_dateEdit->toolTip());
    setToolTip(m_dateEdit->toolTip());
    connect(m_dateEdit, &UtcDateEdit::utcValueChanged, this, &DateFieldEditor::notifyChanged);
    contentLayout()->addWidget(m_dateEdit, 0, Qt::AlignLeft);
}

QJsonValue DateFieldEditor::value() const
{
    return m_dateEdit->utcValue();
}

QWidget* DateFieldEditor::inputWidget() const
{
    return m_dateEdit;
}

void DateFieldEditor::applyValue(const QJsonValue& value)
{
    m_dateEdit->setUtcValue(value.toString());
}
