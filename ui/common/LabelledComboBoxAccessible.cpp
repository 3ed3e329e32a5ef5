#include "ui/common/LabelledComboBoxAccessible.h"

#include <QComboBox>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace {

QAccessibleInterface* comboBoxFactory(const QString& className, QObject* object)
{
    if (className != u"QComboBox"_s)
        return nullptr;
    auto* combo = qobject_cast<QComboBox*>(object);
    return combo ? new LabelledComboBoxAccessible(combo) : nullptr;
}

} // namespace

LabelledComboBoxAccessible::LabelledComboBoxAccessible(QComboBox* comboBox)
    : QAccessibleWidget(comboBox, QAccessible::ComboBox)
{}

QComboBox* LabelledComboBoxAccessible::comboBox() const
{
    return static_cast<QComboBox*>(widget());
}

QString LabelledComboBoxAccessible::text(QAccessible::Text t) const
{
    switch (t) {
    case QAccessible::Name:
        if (!comboBox()->accessibleName().isEmpty())
            return comboBox()->accessibleName();
        break;
    case QAccessible::Value:
        return comboBox()->isEditable() && comboBox()->lineEdit() ? comboBox()->lineEdit()->text()
                                                                  : comboBox()->currentText();
    default:
        break;
    }
    return QAccessibleWidget::text(t);
}

QStringList LabelledComboBoxAccessible::actionNames() const
{
    return QStringList{showMenuAction()} + QAccessibleWidget::actionNames();
}

void LabelledComboBoxAccessible::doAction(const QString& actionName)
{
    if (actionName == showMenuAction() || actionName == pressAction()) {
        comboBox()->showPopup();
        return;
    }
    QAccessibleWidget::doAction(actionName);
}

void LabelledComboBoxAccessible::install()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    QAccessible::installFactory(comboBoxFactory);
}
