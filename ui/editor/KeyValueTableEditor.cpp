#include "ui/editor/KeyValueTableEditor.h"

#include "ui/editor/KeyValueDelegate.h"
#include "ui/editor/KeyValueModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

KeyValueTableEditor::KeyValueTableEditor(const ProjectField& field, QWidget* parent)
    : FieldEditor(field, parent)
{
    m_model = new KeyValueModel(this);
    m_model->setObjectName(u"model"_s);
    m_tableView = new QTableView(this);
    m_tableView->setObjectName(u"tableView"_s);
    m_tableView->setAccessibleName(field.displayLabel());
    m_tableView->setModel(m_model);
    m_tableView->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                 QAbstractItemView::AnyKeyPressed);
    m_tableView->verticalHeader()->hide();
    m_tableView->horizontalHeader()->setSectionResizeMode(KeyValueModel::KeyColumn, QHeaderView::Interactive);
    m_tableView->horizontalHeader()->resizeSection(KeyValueModel::KeyColumn, 220);
    m_tableView->horizontalHeader()->setStretchLastSection(true);
    m_tableView->setMinimumHeight(130);
    m_tableView->setMaximumHeight(200);
    auto* delegate = new KeyValueDelegate(m_model, m_tableView);
    m_tableView->setItemDelegate(delegate);
    contentLayout()->addWidget(m_tableView);

    auto* buttons = new QHBoxLayout;
    m_addButton = new QPushButton(tr("Add entry"), this);
    m_addButton->setObjectName(u"addButton"_s);
    m_addButton->setAccessibleName(accessibleLabel(field.displayLabel(), tr("Add entry")));
    m_removeButton = new QPushButton(tr("Remove entry"), this);
    m_removeButton->setObjectName(u"removeButton"_s);
    m_removeButton->setAccessibleName(accessibleLabel(field.displayLabel(), tr("Remove entry")));
    m_removeButton->setEnabled(false);
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    contentLayout()->addLayout(buttons);

    connect(delegate, &KeyValueDelegate::keyProblemChanged, this, [this](const QString& problem) {
        setLiveIssue(problem.isEmpty() ? QString() : this->field().displayLabel() + u": "_s + problem);
    });
    connect(m_model, &KeyValueModel::entriesEdited, this, &KeyValueTableEditor::notifyChanged);
    connect(m_addButton, &QPushButton::clicked, this, &KeyValueTableEditor::addRow);
    connect(m_removeButton, &QPushButton::clicked, this, &KeyValueTableEditor::removeSelected);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_removeButton->setEnabled(m_tableView->selectionModel()->hasSelection()); });
}

QJsonValue KeyValueTableEditor::value() const
{
    return m_model->entries();
}

QWidget* KeyValueTableEditor::inputWidget() const
{
    return m_tableView;
}

void KeyValueTableEditor::applyValue(const QJsonValue& value)
{
    if (m_model->entries() != value.toArray())
        m_model->setEntries(value.toArray());
    m_removeButton->setEnabled(m_tableView->selectionModel()->hasSelection());
}

void KeyValueTableEditor::addRow()
{
    m_model->appendEntry();
    const QModelIndex key = m_model->index(m_model->rowCount() - 1, KeyValueModel::KeyColumn);
    m_tableView->setCurrentIndex(key);
    m_tableView->setFocus();
    m_tableView->edit(key);
}

void KeyValueTableEditor::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex& index : m_tableView->selectionModel()->selectedRows())
        rows.append(index.row());
    m_model->removeRowsAt(rows);
}
