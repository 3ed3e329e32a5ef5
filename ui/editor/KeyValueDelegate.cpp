#include "ui/editor/KeyValueDelegate.h"

#include "ui/editor/KeyValueModel.h"

#include <QLineEdit>

using namespace Qt::StringLiterals;

KeyValueDelegate::KeyValueDelegate(KeyValueModel* model, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_model(model)
{}

QWidget* KeyValueDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                        const QModelIndex& index) const
{
    auto* edit = new QLineEdit(parent);
    edit->setFrame(false);
    if (index.column() == KeyValueModel::KeyColumn) {
        edit->setObjectName(u"keyEdit"_s);
        edit->setAccessibleName(u"Key"_s);
        const int row = index.row();
        connect(edit, &QLineEdit::textEdited, this, [this, row](const QString& text) {
            Q_EMIT keyProblemChanged(m_model->keyProblem(text, row));
        });
    } else {
        edit->setObjectName(u"valueEdit"_s);
        edit->setAccessibleName(u"Value"_s);
    }
    return edit;
}

void KeyValueDelegate::destroyEditor(QWidget* editor, const QModelIndex& index) const
{
    if (index.column() == KeyValueModel::KeyColumn)
        Q_EMIT keyProblemChanged(QString());
    QStyledItemDelegate::destroyEditor(editor, index);
}
