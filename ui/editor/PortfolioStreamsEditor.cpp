#include "ui/editor/PortfolioStreamsEditor.h"

#include <QHeaderView>
#include <QJsonObject>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int PortfolioRole = Qt::UserRole + 1;
constexpr int StreamRole = Qt::UserRole + 2;

QJsonObject link(const QString& portfolioId, const QString& streamId)
{
    return {{u"portfolioId"_s, portfolioId}, {u"streamId"_s, streamId}};
}
} // namespace

PortfolioStreamsEditor::PortfolioStreamsEditor(const ProjectField& field, QWidget* parent)
    : FieldEditor(field, parent)
{
    m_treeWidget = new QTreeWidget(this);
    m_treeWidget->setObjectName(u"treeWidget"_s);
    m_treeWidget->setAccessibleName(field.displayLabel());
    m_treeWidget->setHeaderLabels({tr("Portfolio / stream"), tr("Code")});
    m_treeWidget->header()->setStretchLastSection(false);
    m_treeWidget->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_treeWidget->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_treeWidget->setMinimumHeight(260);
    connect(m_treeWidget, &QTreeWidget::itemChanged, this, &PortfolioStreamsEditor::onItemChanged);
    contentLayout()->addWidget(m_treeWidget);
}

QJsonValue PortfolioStreamsEditor::value() const
{
    return m_value;
}

QWidget* PortfolioStreamsEditor::inputWidget() const
{
    return m_treeWidget;
}

void PortfolioStreamsEditor::setCatalog(const Catalog& catalog)
{
    m_catalog = catalog;
    rebuild();
}

QTreeWidgetItem* PortfolioStreamsEditor::streamItem(const QString& portfolioId, const QString& streamId) const
{
    for (int i = 0; i < m_treeWidget->topLevelItemCount(); ++i) {
        QTreeWidgetItem* portfolio = m_treeWidget->topLevelItem(i);
        for (int j = 0; j < portfolio->childCount(); ++j) {
            QTreeWidgetItem* stream = portfolio->child(j);
            if (stream->data(0, PortfolioRole).toString() == portfolioId &&
                stream->data(0, StreamRole).toString() == streamId)
                return stream;
        }
    }
    return nullptr;
}

void PortfolioStreamsEditor::applyValue(const QJsonValue& value)
{
    m_value = value.toArray();
    rebuild();
}

bool PortfolioStreamsEditor::isLinked(const QString& portfolioId, const QString& streamId) const
{
    return m_value.contains(link(portfolioId, streamId));
}

void PortfolioStreamsEditor::rebuild()
{
    m_rebuilding = true;
    m_treeWidget->clear();
    auto addStream = [this](QTreeWidgetItem* parent, const QString& portfolioId, const QString& streamId,
                            const QString& name) {
        auto* item = new QTreeWidgetItem(parent, {name});
        item->setData(0, PortfolioRole, portfolioId);
        item->setData(0, StreamRole, streamId);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(0, isLinked(portfolioId, streamId) ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(0, streamId);
    };
    for (const Portfolio& p : m_catalog.portfolios) {
        auto* top = new QTreeWidgetItem(m_treeWidget, {p.name, p.code});
        top->setFlags(Qt::ItemIsEnabled);
        top->setToolTip(0, p.id);
        for (const PortfolioStream& s : p.streams)
            addStream(top, p.id, s.id, s.name);
        top->setExpanded(true);
    }
    // Links the catalogue does not explain (not loaded, no access, or removed since).
    for (const QJsonValue& v : m_value) {
        const QString portfolioId = v.toObject().value(u"portfolioId"_s).toString();
        const QString streamId = v.toObject().value(u"streamId"_s).toString();
        if (streamItem(portfolioId, streamId))
            continue;
        QTreeWidgetItem* top = nullptr;
        for (int i = 0; i < m_treeWidget->topLevelItemCount() && !top; ++i) {
            if (m_treeWidget->topLevelItem(i)->toolTip(0) == portfolioId)
                top = m_treeWidget->topLevelItem(i);
        }
        if (!top) {
            top =
                new QTreeWidgetItem(m_treeWidget, {portfolioId + tr(" (a portfolio you cannot see; kept)")});
            top->setFlags(Qt::ItemIsEnabled);
            top->setToolTip(0, portfolioId);
            top->setExpanded(true);
        }
        addStream(top, portfolioId, streamId, streamId + tr(" (a stream you cannot see; kept)"));
    }
    if (m_treeWidget->topLevelItemCount() == 0)
        new QTreeWidgetItem(m_treeWidget, {tr("No portfolios loaded")});
    m_rebuilding = false;
}

void PortfolioStreamsEditor::onItemChanged(QTreeWidgetItem* item)
{
    if (m_rebuilding || isApplying() || !item->parent())
        return;
    const QJsonObject entry =
        link(item->data(0, PortfolioRole).toString(), item->data(0, StreamRole).toString());
    if (item->checkState(0) == Qt::Checked && !m_value.contains(entry)) {
        m_value.append(entry);
    } else if (item->checkState(0) != Qt::Checked) {
        for (qsizetype i = m_value.size() - 1; i >= 0; --i) {
            if (m_value.at(i) == entry)
                m_value.removeAt(i);
        }
    }
    notifyChanged();
}
