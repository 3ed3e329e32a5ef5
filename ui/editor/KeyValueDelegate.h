#pragma once

#include <QStyledItemDelegate>

class KeyValueModel;

// Edits key/value cells in a line edit, committing every keystroke, and reports what is wrong with
// the key being typed so the rule is visible at once (also when the table stands alone).
class KeyValueDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit KeyValueDelegate(KeyValueModel* model, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void destroyEditor(QWidget* editor, const QModelIndex& index) const override;

Q_SIGNALS:
    void keyProblemChanged(const QString& problem) const;

private:
    KeyValueModel* m_model = nullptr;
};
