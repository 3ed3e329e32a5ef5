#include "ui/editor/DiffPreviewDialog.h"

#include "models/FieldValue.h"
#include "ui/editor/AccessJson.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

DiffPreviewDialog::DiffPreviewDialog(const QList<FieldChange>& changes, const QHash<QString, QString>& names,
                                     QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"diffPreviewDialog"_s);
    setWindowTitle(tr("Review changes"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(changes.size() == 1 ? tr("This change will be sent to the server:")
                                                 : tr("These %n changes will be sent to the server:", nullptr,
                                                      int(changes.size())),
                             this);
    layout->addWidget(intro);
    m_treeWidget = new QTreeWidget(this);
    m_treeWidget->setObjectName(u"treeWidget"_s);
    m_treeWidget->setAccessibleName(tr("Changes"));
    m_treeWidget->setHeaderLabels({tr("Field"), tr("Before"), tr("After")});

    m_treeWidget->setWordWrap(true);
    m_treeWidget->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_treeWidget->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_treeWidget->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    for (const FieldChange& change : changes) {
        const QString before = FieldValue::display(*change.field, change.before, names);
        const QString after = FieldValue::display(*change.field, change.after, names);
        auto* item = new QTreeWidgetItem(m_treeWidget, {change.field->displayLabel(), before, after});
        item->setData(0, Qt::UserRole, change.field->key);
        item->setToolTip(1, before);
        item->setToolTip(2, after);
        // Nested settings: one readable child row per setting that changed, instead of raw JSON.
        if (change.field->kind == FieldKind::Features || change.field->kind == FieldKind::Pages) {
            item->setText(1, QString());
            item->setText(2, QString());
            for (const AccessJson::LeafChange& leaf : AccessJson::leafChanges(change.before, change.after))
                new QTreeWidgetItem(item, {leaf.path, leaf.before, leaf.after});
            item->setExpanded(true);
        }
    }
    layout->addWidget(m_treeWidget);
    m_buttonBox = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttonBox->setObjectName(u"buttonBox"_s);
    layout->addWidget(m_buttonBox);
    connect(m_buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(720, 360);
}

QStringList DiffPreviewDialog::fieldLabels() const
{
    QStringList labels;
    for (int i = 0; i < m_treeWidget->topLevelItemCount(); ++i)
        labels.append(m_treeWidget->topLevelItem(i)->text(0));
    return labels;
}
