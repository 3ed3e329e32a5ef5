#pragma once

#include "ui/editor/FieldEditor.h"

class KeyValueModel;
class QPushButton;
class QTableView;

// A key/value list (custom fields) in a table with Add / Remove; key rules are checked as you type.
class KeyValueTableEditor : public FieldEditor
{
    Q_OBJECT
public:
    explicit KeyValueTableEditor(const ProjectField& field, QWidget* parent = nullptr);

    QJsonValue value() const override;
    QWidget* inputWidget() const override;
    KeyValueModel* model() const { return m_model; }
    QTableView* tableView() const { return m_tableView; }
    QPushButton* addButton() const { return m_addButton; }
    QPushButton* removeButton() const { return m_removeButton; }

protected:
    void applyValue(const QJsonValue& value) override;

private:
    void addRow();
    void removeSelected();

    KeyValueModel* m_model = nullptr;
    QTableView* m_tableView = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_removeButton = nullptr;
};
