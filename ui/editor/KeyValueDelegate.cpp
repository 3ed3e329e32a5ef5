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
    // Commit as you type: the form validates, marks and saves exactly what the cell shows, even when
    // Ctrl+S is pressed with the cursor still in the cell.
    auto* self = const_cast<KeyValueDelegate*>(this);
    connect(edit, &QLineEdit::textEdited, self, [self, edit] { Q_EMIT self->commitData(edit); });
    if (index.column() == KeyValueModel::KeyColumn) {
        edit->setObjectName(u"keyEdit"_s);
        edit->setAccessibleName(tr("Key"));
        const int row = index.row();
        connect(edit, &QLineEdit::textEdited, this, [this, row](const QString& text) {
            Q_EMIT keyProblemChanged(m_model->keyProblem(text, row));
        });
    } else {
        edit->setObjectName(u"valueEdit"_s);
        edit->setAccessibleName(tr("Value"));
    }
    return edit;
}

void KeyValueDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    // The model echoes every keystroke back; leave the line edit (and its cursor) alone when it
    // already shows the value.
    auto* edit = qobject_cast<QLineEdit*>(editor);
    if (edit && edit->text() == index.data(Qt::EditRole).toString())
        return;
    QStyledItemDelegate::setEditorData(editor, index);
}

void KeyValueDelegate::destroyEditor(QWidget* editor, const QModelIndex& index) const
{
    if (index.column() == KeyValueModel::KeyColumn)
        Q_EMIT keyProblemChanged(QString());
    QStyledItemDelegate::destroyEditor(editor, index);
}
