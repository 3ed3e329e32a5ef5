#include "ui/editor/ChoiceFieldEditor.h"
#include "ui/common/ChoiceLabel.h"

#include "ui/common/LabelledComboBoxAccessible.h"

#include <QComboBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ChoiceFieldEditor::ChoiceFieldEditor(const ProjectField& field, QWidget* parent)
    : FieldEditor(field, parent)
{
    LabelledComboBoxAccessible::install(); // the label, not the current value, names the box
    m_comboBox = new QComboBox(this);
    m_comboBox->setObjectName(u"comboBox"_s);
    m_comboBox->setAccessibleName(field.displayLabel());
    m_comboBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_comboBox->setMinimumWidth(180);
    // No choice shown means the server sent no value (sla_activation is in no documented GET shape):
    // say so rather than show an empty box; nothing is sent unless a value is picked.
    m_comboBox->setPlaceholderText(tr("Not returned by the server"));
    for (const FieldChoice& choice : field.choices)
        m_comboBox->addItem(ChoiceLabel::of(choice), choice.value);
    connect(m_comboBox, &QComboBox::activated, this, &ChoiceFieldEditor::notifyChanged);
    contentLayout()->addWidget(m_comboBox, 0, Qt::AlignLeft);
}

QJsonValue ChoiceFieldEditor::value() const
{
    return m_comboBox->currentIndex() < 0 ? QString() : m_comboBox->currentData().toString();
}

QWidget* ChoiceFieldEditor::inputWidget() const
{
    return m_comboBox;
}

void ChoiceFieldEditor::applyValue(const QJsonValue& value)
{
    // Drop a previously shown unknown value, then show this one.
    for (int i = m_comboBox->count() - 1; i >= field().choices.size(); --i)
        m_comboBox->removeItem(i);
    const QString text = value.toString();
    if (text.isEmpty()) {
        m_comboBox->setCurrentIndex(-1);
        return;
    }
    int index = m_comboBox->findData(text);
    if (index < 0) {
        m_comboBox->addItem(tr("%1 (unknown)").arg(text), text);
        index = m_comboBox->count() - 1;
    }
    m_comboBox->setCurrentIndex(index);
}
