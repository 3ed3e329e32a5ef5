#pragma once

#include "ui/editor/FieldEditor.h"

#include "models/Catalog.h"

#include <QJsonArray>

class QListWidget;
class QListWidgetItem;

// Ids picked by name from the tenant's catalogue (groups): a checkable list sorted by name. Ids the
// catalogue does not know stay listed (by id) so they are never dropped silently.
class IdListEditor : public FieldEditor
{
    Q_OBJECT
public:
    explicit IdListEditor(const ProjectField& field, QWidget* parent = nullptr);

    QJsonValue value() const override;
    QWidget* inputWidget() const override;
    void setCatalog(const Catalog& catalog) override;
    QListWidget* listWidget() const { return m_listWidget; }
    QListWidgetItem* itemForId(const QString& id) const;

protected:
    void applyValue(const QJsonValue& value) override;

private:
    void rebuild();
    void onItemChanged(QListWidgetItem* item);

    QListWidget* m_listWidget = nullptr;
    Catalog m_catalog;
    QJsonArray m_value;
    bool m_rebuilding = false;
};
