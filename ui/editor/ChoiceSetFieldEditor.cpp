#include "ui/editor/ChoiceSetFieldEditor.h"
#include "ui/common/ChoiceLabel.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ChoiceSetFieldEditor::ChoiceSetFieldEditor(const ProjectField& field, QWidget* parent)
    : FieldEditor(field, parent)
{
    auto* grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(2);
    const int columns = field.choices.size() > 6 ? 2 : (field.choices.size() > 3 ? 4 : 3);
    // Column-major filling reads naturally top to bottom, and Tab follows the same order.
    const int rows = int((field.choices.size() + columns - 1) / columns);
    for (int i = 0; i < field.choices.size(); ++i) {
        const FieldChoice& choice = field.choices.at(i);
        auto* box = new QCheckBox(ChoiceLabel::of(choice), this);
        box->setObjectName(choice.value + u"CheckBox"_s);
        // "Team notifications: Retest", not "Retest": the admin notifications have a "Retest" box too.
        box->setAccessibleName(accessibleLabel(field.displayLabel(), ChoiceLabel::of(choice)));
        connect(box, &QCheckBox::toggled, this,
                [this, value = choice.value](bool checked) { onToggled(value, checked); });
        if (columns == 2)
            grid->addWidget(box, i % rows, i / rows);
        else
            grid->addWidget(box, i / columns, i % columns);
        m_checkBoxes.append(box);
    }
    grid->setColumnStretch(columns, 1);
    contentLayout()->addLayout(grid);
}

QJsonValue ChoiceSetFieldEditor::value() const
{
    return m_value;
}

QWidget* ChoiceSetFieldEditor::inputWidget() const
{
    return m_checkBoxes.value(0);
}

QCheckBox* ChoiceSetFieldEditor::checkBox(const QString& choiceValue) const
{
    return findChild<QCheckBox*>(choiceValue + u"CheckBox"_s);
}

void ChoiceSetFieldEditor::applyValue(const QJsonValue& value)
{
    m_value = value.toArray();
    for (int i = 0; i < m_checkBoxes.size(); ++i) {
        const bool on = m_value.contains(QJsonValue(field().choices.at(i).value));
        if (m_checkBoxes.at(i)->isChecked() != on)
            m_checkBoxes.at(i)->setChecked(on);
    }
}

void ChoiceSetFieldEditor::onToggled(const QString& choiceValue, bool checked)
{
    if (isApplying())
        return;
    const QJsonValue item(choiceValue);
    if (checked && !m_value.contains(item)) {
        m_value.append(item);
    } else if (!checked) {
        for (qsizetype i = m_value.size() - 1; i >= 0; --i) {
            if (m_value.at(i) == item)
                m_value.removeAt(i);
        }
    }
    notifyChanged();
}
