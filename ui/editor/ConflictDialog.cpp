#include "ui/editor/ConflictDialog.h"

#include "models/FieldValue.h"
#include "ui/editor/AccessJson.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ConflictDialog::ConflictDialog(const QList<FieldChange>& theirChanges, const QStringList& myKeys,
                               const QHash<QString, QString>& names, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"conflictDialog"_s);
    setWindowTitle(tr("The project changed on the server"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(this);

    QStringList both;
    for (const FieldChange& change : theirChanges) {
        if (myKeys.contains(change.field->key))
            both.append(change.field->displayLabel());
    }
    QString text = tr("Someone saved this project after you opened it. Their changes:");
    auto* intro = new QLabel(text, this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_treeWidget = new QTreeWidget(this);
    m_treeWidget->setObjectName(u"treeWidget"_s);
    m_treeWidget->setAccessibleName(tr("Changes on the server"));
    m_treeWidget->setHeaderLabels(
        {tr("Field"), tr("When you opened it"), tr("Now on the server"), tr("You edited it")});

    m_treeWidget->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_treeWidget->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_treeWidget->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_treeWidget->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    for (const FieldChange& change : theirChanges) {
        auto* item =
            new QTreeWidgetItem(m_treeWidget, {change.field->displayLabel(),
                                               FieldValue::display(*change.field, change.before, names),
                                               FieldValue::display(*change.field, change.after, names),
                                               myKeys.contains(change.field->key) ? tr("Yes") : tr("No")});
        item->setData(0, Qt::UserRole, change.field->key);
        if (change.field->kind == FieldKind::Features || change.field->kind == FieldKind::Pages) {
            item->setText(1, QString());
            item->setText(2, QString());
            for (const AccessJson::LeafChange& leaf : AccessJson::leafChanges(change.before, change.after))
                new QTreeWidgetItem(item, {leaf.path, leaf.before, leaf.after});
            item->setExpanded(true);
        }
    }
    if (theirChanges.isEmpty())
        new QTreeWidgetItem(m_treeWidget, {tr("(no field you can edit here changed)")});
    layout->addWidget(m_treeWidget);

    const QString bothText = both.isEmpty() ? tr("none") : both.join(u", "_s);
    auto* explain = new QLabel(
        tr("<b>Overwrite</b>: send all your changes; where you both edited a field (%1), yours replaces "
           "theirs.<br>"
           "<b>Keep theirs</b>: do not send your changes to the fields they edited; send the rest.<br>"
           "<b>Reload</b>: show their version and keep your changes to the fields they did not edit; for %1 "
           "their values are shown (Redo brings yours back).")
            .arg(bothText.toHtmlEscaped()),
        this);
    explain->setWordWrap(true);
    layout->addWidget(explain);

    auto* buttons = new QHBoxLayout;
    auto make = [this, buttons](const QString& text, const QString& name, Choice choice) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setAccessibleName(text);
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, this, [this, choice] { choose(choice); });
        buttons->addWidget(b);
        return b;
    };
    m_overwriteButton = make(tr("Overwrite"), u"overwriteButton"_s, Choice::Overwrite);
    m_keepTheirsButton = make(tr("Keep theirs"), u"keepTheirsButton"_s, Choice::KeepTheirs);
    m_reloadButton = make(tr("Reload"), u"reloadButton"_s, Choice::Reload);
    buttons->addStretch();
    m_cancelButton = make(tr("Cancel"), u"cancelButton"_s, Choice::Cancel);
    layout->addLayout(buttons);
    connect(this, &QDialog::rejected, this, [this] { Q_EMIT chosen(Choice::Cancel); });
    resize(760, 380);
}

QPushButton* ConflictDialog::button(Choice choice) const
{
    switch (choice) {
    case Choice::Overwrite:
        return m_overwriteButton;
    case Choice::KeepTheirs:
        return m_keepTheirsButton;
    case Choice::Reload:
        return m_reloadButton;
    case Choice::Cancel:
        return m_cancelButton;
    }
    return nullptr;
}

void ConflictDialog::choose(Choice choice)
{
    // done() would emit rejected() for Cancel as well; disconnect it so each choice is reported once.
    disconnect(this, &QDialog::rejected, this, nullptr);
    Q_EMIT chosen(choice);
    done(choice == Choice::Cancel ? QDialog::Rejected : QDialog::Accepted);
}
