#pragma once

#include "ui/editor/FieldEditor.h"

#include <QJsonArray>

class QLineEdit;
class QListWidget;
class QPushButton;

// A list of e-mail addresses: the list, a box for a new address (checked as you type) and
// Add / Remove buttons. Addresses already in the list are checked by the validator.
class EmailListEditor : public FieldEditor
{
    Q_OBJECT
public:
    explicit EmailListEditor(const ProjectField& field, QWidget* parent = nullptr);

    QJsonValue value() const override;
    QWidget* inputWidget() const override;
    QLineEdit* addressEdit() const { return m_addressEdit; }
    QPushButton* addButton() const { return m_addButton; }
    QPushButton* removeButton() const { return m_removeButton; }
    QListWidget* listWidget() const { return m_listWidget; }

protected:
    void applyValue(const QJsonValue& value) override;

private:
    void checkAddress();
    void addAddress();
    void removeSelected();
    void refreshList();

    QListWidget* m_listWidget = nullptr;
    QLineEdit* m_addressEdit = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QJsonArray m_value;
};
