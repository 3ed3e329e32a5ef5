#pragma once

#include "ui/editor/FieldEditor.h"

#include "models/Catalog.h"

#include <QJsonArray>

class QTreeWidget;
class QTreeWidgetItem;

// Portfolio → stream links: every portfolio of the catalogue with its streams as check boxes, so a
// stream can only be picked inside its own portfolio. Links the catalogue does not know stay listed.
class PortfolioStreamsEditor : public FieldEditor
{
    Q_OBJECT
public:
    explicit PortfolioStreamsEditor(const ProjectField& field, QWidget* parent = nullptr);

    QJsonValue value() const override;
    QWidget* inputWidget() const override;
    void setCatalog(const Catalog& catalog) override;
    QTreeWidget* treeWidget() const { return m_treeWidget; }
    QTreeWidgetItem* streamItem(const QString& portfolioId, const QString& streamId) const;

protected:
    void applyValue(const QJsonValue& value) override;

private:
    void rebuild();
    void onItemChanged(QTreeWidgetItem* item);
    bool isLinked(const QString& portfolioId, const QString& streamId) const;

    QTreeWidget* m_treeWidget = nullptr;
    Catalog m_catalog;
    QJsonArray m_value;
    bool m_rebuilding = false;
};
