#include "ui/editor/IdListEditor.h"

#include <QCoreApplication>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int IdRole = Qt::UserRole + 1;
}

IdListEditor::IdListEditor(const ProjectField& field, QWidget* parent)
    : FieldEditor(field, parent)
{
    m_listWidget = new QListWidget(this);
    m_listWidget->setObjectName(u"listWidget"_s);
    m_listWidget->setAccessibleName(field.displayLabel());
    m_listWidget->setMaximumHeight(120);
    m_listWidget->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    connect(m_listWidget, &QListWidget::itemChanged, this, &IdListEditor::onItemChanged);
    contentLayout()->addWidget(m_listWidget);
}

QJsonValue IdListEditor::value() const
{
    return m_value;
}

QWidget* IdListEditor::inputWidget() const
{
    return m_listWidget;
}

void IdListEditor::setCatalog(const Catalog& catalog)
{
    m_catalog = catalog;
    rebuild();
}

QListWidgetItem* IdListEditor::itemForId(const QString& id) const
{
    for (int i = 0; i < m_listWidget->count(); ++i) {
        if (m_listWidget->item(i)->data(IdRole).toString() == id)
            return m_listWidget->item(i);
    }
    return nullptr;
}

void IdListEditor::applyValue(const QJsonValue& value)
{
    m_value = value.toArray();
    rebuild();
}

void IdListEditor::rebuild()
{
    m_rebuilding = true;
    m_listWidget->clear();
    QList<Group> groups = m_catalog.groups;
    std::sort(groups.begin(), groups.end(),
              [](const Group& a, const Group& b) { return a.name.localeAwareCompare(b.name) < 0; });
    auto add = [this](const QString& id, const QString& text) {
        auto* item = new QListWidgetItem(text, m_listWidget);
        item->setData(IdRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(m_value.contains(QJsonValue(id)) ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(id);
    };
    for (const Group& g : groups)
        add(g.id, g.name);
    for (const QJsonValue& id : m_value) {
        if (!m_catalog.group(id.toString()))
            add(id.toString(), id.toString() + QCoreApplication::translate(
                                                   "IdListEditor", " (a group you cannot see; kept)"));
    }
    if (m_listWidget->count() == 0) {
        auto* item = new QListWidgetItem(QCoreApplication::translate("IdListEditor", "No groups loaded"),
                                         m_listWidget);
        item->setFlags(Qt::NoItemFlags);
    }
    m_rebuilding = false;
}

void IdListEditor::onItemChanged(QListWidgetItem* item)
{
    if (m_rebuilding || isApplying())
        return;
    const QJsonValue id = item->data(IdRole).toString();
    const bool checked = item->checkState() == Qt::Checked;
    if (checked && !m_value.contains(id))
        m_value.append(id);
    else if (!checked) {
        for (qsizetype i = m_value.size() - 1; i >= 0; --i) {
            if (m_value.at(i) == id)
                m_value.removeAt(i);
        }
    }
    notifyChanged();
}
