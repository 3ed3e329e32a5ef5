#include "ui/editor/EmailListEditor.h"
#include "ui/common/ThemeColors.h"

#include "models/ProjectValidator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

EmailListEditor::EmailListEditor(const ProjectField& field, QWidget* parent)
    : FieldEditor(field, parent)
{
    m_listWidget = new QListWidget(this);
    m_listWidget->setObjectName(u"listWidget"_s);
    m_listWidget->setAccessibleName(field.displayLabel());
    m_listWidget->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_listWidget->setMaximumHeight(96);
    contentLayout()->addWidget(m_listWidget);

    auto* row = new QHBoxLayout;
    auto* addressLabel = new QLabel(tr("New address:"), this);
    m_addressEdit = new QLineEdit(this);
    m_addressEdit->setObjectName(u"addressEdit"_s);
    // Two e-mail lists share the form: each part's name says which list it belongs to.
    m_addressEdit->setAccessibleName(accessibleLabel(field.displayLabel(), tr("New address")));
    m_addressEdit->setPlaceholderText(u"name@example.com"_s);
    addressLabel->setBuddy(m_addressEdit);
    m_addButton = new QPushButton(tr("Add"), this);
    m_addButton->setObjectName(u"addButton"_s);
    m_addButton->setAccessibleName(accessibleLabel(field.displayLabel(), tr("Add address")));
    m_addButton->setEnabled(false);
    m_removeButton = new QPushButton(tr("Remove"), this);
    m_removeButton->setObjectName(u"removeButton"_s);
    m_removeButton->setAccessibleName(accessibleLabel(field.displayLabel(), tr("Remove selected addresses")));
    m_removeButton->setEnabled(false);
    row->addWidget(addressLabel);
    row->addWidget(m_addressEdit, 1);
    row->addWidget(m_addButton);
    row->addWidget(m_removeButton);
    contentLayout()->addLayout(row);

    connect(m_addressEdit, &QLineEdit::textChanged, this, &EmailListEditor::checkAddress);
    connect(m_addressEdit, &QLineEdit::returnPressed, this, &EmailListEditor::addAddress);
    connect(m_addButton, &QPushButton::clicked, this, &EmailListEditor::addAddress);
    connect(m_removeButton, &QPushButton::clicked, this, &EmailListEditor::removeSelected);
    connect(m_listWidget, &QListWidget::itemSelectionChanged, this,
            [this] { m_removeButton->setEnabled(!m_listWidget->selectedItems().isEmpty()); });
}

QJsonValue EmailListEditor::value() const
{
    return m_value;
}

QWidget* EmailListEditor::inputWidget() const
{
    return m_listWidget;
}

void EmailListEditor::applyValue(const QJsonValue& value)
{
    m_value = value.toArray();
    refreshList();
}

void EmailListEditor::checkAddress()
{
    const QString address = m_addressEdit->text().trimmed();
    QString problem;
    if (!address.isEmpty() && !ProjectValidator::isValidEmail(address))
        problem = tr("%1: “%2” is not an e-mail address.").arg(field().displayLabel(), address);
    else if (!address.isEmpty() && m_value.contains(QJsonValue(address)))
        problem = tr("%1: “%2” is already in the list.").arg(field().displayLabel(), address);
    m_addButton->setEnabled(!address.isEmpty() && problem.isEmpty());
    setLiveIssue(problem);
}

void EmailListEditor::addAddress()
{
    checkAddress();
    if (!m_addButton->isEnabled())
        return;
    m_value.append(m_addressEdit->text().trimmed());
    m_addressEdit->clear();
    refreshList();
    notifyChanged();
}

void EmailListEditor::removeSelected()
{
    QList<int> rows;
    for (const QListWidgetItem* item : m_listWidget->selectedItems())
        rows.append(m_listWidget->row(item));
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows)
        m_value.removeAt(row);
    refreshList();
    checkAddress();
    notifyChanged();
}

void EmailListEditor::refreshList()
{
    m_listWidget->clear();
    for (const QJsonValue& address : m_value) {
        auto* item = new QListWidgetItem(address.toString(), m_listWidget);
        if (!ProjectValidator::isValidEmail(address.toString())) {
            item->setForeground(ThemeColors::foreground(ThemeColors::Mark::Error, palette()));
            item->setToolTip(tr("Not an e-mail address."));
        }
    }
    m_removeButton->setEnabled(false);
}
