#include "ui/main/ProjectListView.h"
#include "ui/common/CachedTextDelegate.h"
#include "ui/common/ColumnChooser.h"
#include "ui/common/ThemeColors.h"
#include "ui/common/UpdateThrottle.h"

#include "models/ProjectFilterModel.h"
#include "models/ProjectListModel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ProjectListView::ProjectListView(ProjectListModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new ProjectFilterModel(model, this))
    , m_filterEdit(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_banner(new QLabel(this))
    , m_countLabel(new QLabel(this))
{
    // Sorting and filtering read the rows' values directly (ProjectFilterModel): instant at 100,000 rows.

    m_filterEdit->setObjectName(u"filterEdit"_s);
    m_filterEdit->setPlaceholderText(tr("Filter projects by name, code or group (Ctrl+F)"));
    m_filterEdit->setAccessibleName(tr("Filter projects"));
    m_filterEdit->setClearButtonEnabled(true);
    connect(m_filterEdit, &QLineEdit::textChanged, m_proxy, &ProjectFilterModel::setFilterText);

    m_table->setObjectName(u"projectTable"_s);
    m_table->setAccessibleName(tr("Projects"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ProjectListModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    // One line a row: wrapping would only move the ellipsis to a word's end. Texts are drawn shaped
    // once (CachedTextDelegate): the table repaints for every batch of a loading list.
    m_table->setWordWrap(false);
    m_table->setItemDelegate(new CachedTextDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(ProjectListModel::NameColumn, QHeaderView::Interactive);
    m_table->setColumnWidth(ProjectListModel::NameColumn, 240);
    // What a security manager scans first sits next to the name; groups and the last change are one
    // right-click on the header away (ColumnChooser), and the layout is kept (WindowStateKeeper).
    QHeaderView* header = m_table->horizontalHeader();
    header->setObjectName(u"projectTableHeader"_s);
    new ColumnChooser(header);
    int visual = 2;
    for (int column :
         {ProjectListModel::StatusColumn, ProjectListModel::OnHoldColumn, ProjectListModel::NextRetestColumn})
        header->moveSection(header->visualIndex(column), visual++);
    header->setSectionHidden(ProjectListModel::GroupsColumn, true);
    header->setSectionHidden(ProjectListModel::UpdatedColumn, true);
    // A tenant's names share long beginnings ("ACME AWS Account Config Review #445"): their ends tell
    // the rows apart in a narrow column.
    auto* names = new CachedTextDelegate(m_table);
    names->setElideMode(Qt::ElideMiddle);
    m_table->setItemDelegateForColumn(ProjectListModel::NameColumn, names);

    m_banner->setObjectName(u"banner"_s);
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countLabel->setObjectName(u"countLabel"_s);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filterEdit);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_countLabel);
    setTabOrder(m_filterEdit, m_table);

    auto updateCount = [this] {
        const int shown = m_proxy->rowCount();
        const int total = m_model->rowCount();
        m_countLabel->setText(shown == total ? tr("%n projects", nullptr, int(total))
                                             : tr("%1 of %n projects", nullptr, int(total)).arg(shown));
    };
    // A loading list inserts (and sorts in) a batch every few milliseconds: the count is redrawn a few
    // times a second, not for each batch.
    auto* countThrottle = new UpdateThrottle(kCountIntervalMs, updateCount, this);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, countThrottle, &UpdateThrottle::request);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, countThrottle, &UpdateThrottle::request);
    connect(m_proxy, &QAbstractItemModel::modelReset, countThrottle, &UpdateThrottle::request);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, countThrottle, &UpdateThrottle::request);
    updateCount();

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                Q_EMIT currentProjectChanged(current.data(ProjectListModel::ProjectIdRole).toString());
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProjectListView::selectionChanged);
}

QString ProjectListView::currentProjectId() const
{
    return m_table->currentIndex().data(ProjectListModel::ProjectIdRole).toString();
}

QStringList ProjectListView::selectedProjectIds() const
{
    QStringList ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        ids.append(index.data(ProjectListModel::ProjectIdRole).toString());
    return ids;
}

void ProjectListView::selectProject(const QString& id)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(id));
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void ProjectListView::selectFirst()
{
    const QModelIndex first = m_proxy->index(0, 0);
    if (first.isValid())
        m_table->selectionModel()->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
}

void ProjectListView::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

void ProjectListView::setBanner(const QString& text, bool isError)
{
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
    m_banner->setStyleSheet(isError
                                ? ThemeColors::bannerStyle(ThemeColors::Mark::Error, palette(), u"QLabel"_s)
                                : ThemeColors::bannerStyle(ThemeColors::Mark::Info, palette(), u"QLabel"_s));
}
