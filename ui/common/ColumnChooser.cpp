#include "ui/common/ColumnChooser.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QMenu>

using namespace Qt::StringLiterals;

ColumnChooser::ColumnChooser(QHeaderView* header)
    : QObject(header)
    , m_header(header)
{
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setSectionsMovable(true);
    connect(header, &QHeaderView::customContextMenuRequested, this, &ColumnChooser::showMenu);
}

QMenu* ColumnChooser::createMenu()
{
    auto* menu = new QMenu(m_header);
    menu->setObjectName(u"columnChooserMenu"_s);
    menu->setAccessibleName(tr("Columns"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setToolTipsVisible(true);
    QAbstractItemModel* model = m_header->model();
    if (!model)
        return menu;
    menu->addSection(tr("Columns"));
    // In the order the user sees them (columns can be dragged).
    for (int visual = 0; visual < m_header->count(); ++visual) {
        const int logical = m_header->logicalIndex(visual);
        const QString title = model->headerData(logical, m_header->orientation()).toString();
        QAction* action = menu->addAction(title);
        action->setObjectName(u"column%1Action"_s.arg(logical));
        action->setCheckable(true);
        action->setChecked(!m_header->isSectionHidden(logical));
        action->setEnabled(logical != 0);
        connect(action, &QAction::toggled, this, [this, logical](bool on) {
            m_header->setSectionHidden(logical, !on);
            if (on && m_header->sectionSize(logical) < m_header->minimumSectionSize() * 2)
                m_header->resizeSection(logical, m_header->defaultSectionSize());
            Q_EMIT columnVisibilityChanged(logical, on);
        });
    }
    return menu;
}

void ColumnChooser::showMenu(const QPoint& pos)
{
    createMenu()->popup(m_header->viewport()->mapToGlobal(pos));
}
