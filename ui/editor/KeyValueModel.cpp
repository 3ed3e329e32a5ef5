#include "ui/editor/KeyValueModel.h"
#include "ui/common/ThemeColors.h"

#include "models/ProjectValidator.h"
#include "models/RuleTexts.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

KeyValueModel::KeyValueModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void KeyValueModel::setEntries(const QJsonArray& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void KeyValueModel::appendEntry()
{
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(QJsonObject{{u"key"_s, QString()}, {u"value"_s, QString()}});
    endInsertRows();
    Q_EMIT entriesEdited();
}

void KeyValueModel::removeRowsAt(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (int row : rows) {
        if (row < 0 || row >= m_entries.size())
            continue;
        beginRemoveRows({}, row, row);
        m_entries.removeAt(row);
        endRemoveRows();
    }
    if (!rows.isEmpty())
        Q_EMIT entriesEdited();
}

QString KeyValueModel::keyProblem(const QString& key, int row) const
{
    if (key.isEmpty())
        return tr("A key is required.");
    if (!ProjectValidator::isValidCustomFieldKey(key))
        return RuleTexts::keyCharacters(key);
    for (int i = 0; i < m_entries.size(); ++i) {
        if (i != row && m_entries.at(i).toObject().value(u"key"_s).toString() == key)
            return RuleTexts::keyUsedTwice(key);
    }
    return {};
}

int KeyValueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int KeyValueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KeyValueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject entry = m_entries.at(index.row()).toObject();
    const QString key = entry.value(u"key"_s).toString();
    if (index.column() == KeyColumn) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            return key;
        case Qt::ForegroundRole:
            return keyProblem(key, index.row()).isEmpty()
                       ? QVariant()
                       : QBrush(
                             ThemeColors::foreground(ThemeColors::Mark::Error, QGuiApplication::palette()));
        case Qt::ToolTipRole:
            return keyProblem(key, index.row());
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const QJsonValue value = entry.value(u"value"_s);
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return value.toString();
}

QVariant KeyValueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == KeyColumn ? tr("Key") : tr("Value");
}

Qt::ItemFlags KeyValueModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

bool KeyValueModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    QJsonObject entry = m_entries.at(index.row()).toObject();
    const QString name = index.column() == KeyColumn ? u"key"_s : u"value"_s;
    if (entry.value(name) == QJsonValue(value.toString()))
        return false;
    entry.insert(name, value.toString());
    m_entries.replace(index.row(), entry);
    // Uniqueness of every key may change with one edit: refresh the whole key column.
    Q_EMIT dataChanged(this->index(0, 0), this->index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT entriesEdited();
    return true;
}
