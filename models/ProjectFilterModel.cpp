#include "models/ProjectFilterModel.h"

#include "models/ProjectListModel.h"

#include <algorithm>
#include <numeric>

ProjectFilterModel::ProjectFilterModel(ProjectListModel* source, QObject* parent)
    : QAbstractProxyModel(parent)
    , m_model(source)
{
    QAbstractProxyModel::setSourceModel(source);
    connect(source, &QAbstractItemModel::modelReset, this, [this] {
        beginResetModel();
        rebuildAll();
        endResetModel();
    });
    connect(source, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex&, int first, int last) { onRowsInserted(first, last); });
    connect(source, &QAbstractItemModel::rowsRemoved, this, &ProjectFilterModel::onRowsRemoved);
    connect(source, &QAbstractItemModel::dataChanged, this, &ProjectFilterModel::onDataChanged);
    rebuildAll();
}

bool ProjectFilterModel::accepts(int sourceRow) const
{
    return m_needle.isEmpty() || m_model->searchText(sourceRow).contains(m_needle);
}

bool ProjectFilterModel::before(int left, int right) const
{
    if (m_sortColumn < 0)
        return left < right;
    const int order = m_model->compare(left, right, m_sortColumn);
    if (order != 0)
        return m_sortOrder == Qt::AscendingOrder ? order < 0 : order > 0;
    return left < right; // ties keep the list's order, so sorting is stable
}

void ProjectFilterModel::rebuildAll()
{
    m_recent.clear();
    m_order.resize(m_model->rowCount());
    std::iota(m_order.begin(), m_order.end(), 0);
    if (m_sortColumn >= 0)
        std::sort(m_order.begin(), m_order.end(), [this](int a, int b) { return before(a, b); });
    m_rows.clear();
    for (int row : std::as_const(m_order)) {
        if (accepts(row))
            m_rows.append(row);
    }
    remap();
}

void ProjectFilterModel::remap()
{
    m_proxyOf.fill(-1, m_model->rowCount());
    for (int i = 0; i < m_rows.size(); ++i)
        m_proxyOf[m_rows.at(i)] = i;
}

void ProjectFilterModel::changeLayout(QList<int> rows)
{
    // Rows only: the columns (and the horizontal header) stay as they are.
    Q_EMIT layoutAboutToBeChanged({}, VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> sourceRows;
    sourceRows.reserve(before.size());
    for (const QModelIndex& i : before)
        sourceRows.append(m_rows.value(i.row(), -1));
    m_rows = std::move(rows);
    remap();
    QModelIndexList after;
    after.reserve(before.size());
    for (int i = 0; i < before.size(); ++i) {
        const int shown = sourceRows.at(i) < 0 ? -1 : m_proxyOf.value(sourceRows.at(i), -1);
        after.append(shown < 0 ? QModelIndex() : createIndex(shown, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, VerticalSortHint);
}

void ProjectFilterModel::setFilterText(const QString& text)
{
    if (text == m_filterText)
        return;
    const QString needle = text.toCaseFolded();
    // Typing narrows: only the rows shown can still match a longer text.
    const bool narrowing = !m_needle.isEmpty() && needle.contains(m_needle);
    m_filterText = text;
    m_needle = needle;
    QList<int> rows;
    const auto recent = std::find_if(m_recent.cbegin(), m_recent.cend(),
                                     [&needle](const auto& r) { return r.first == needle; });
    if (recent != m_recent.cend()) {
        rows = recent->second; // a backspace: what this text showed a moment ago, unchanged since
    } else if (m_needle.isEmpty()) {
        rows = m_order;
    } else if (narrowing && m_rows.size() <= m_model->rowCount() / 8) {
        // Few rows left: testing each is cheaper than one pass over every row's text.
        for (int row : std::as_const(m_rows)) {
            if (accepts(row))
                rows.append(row);
        }
    } else {
        const QList<int>& candidates = narrowing ? m_rows : m_order;
        rows.reserve(candidates.size());
        const QList<bool> matching = m_model->rowsContaining(m_needle);
        for (int row : candidates) {
            if (matching.at(row))
                rows.append(row);
        }
    }
    if (recent == m_recent.cend() && !m_needle.isEmpty()) {
        if (m_recent.size() == kRecentTexts)
            m_recent.removeFirst();
        m_recent.append({m_needle, rows});
    }
    changeLayout(std::move(rows));
}

void ProjectFilterModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    m_recent.clear(); // their rows are in the old order
    std::sort(m_order.begin(), m_order.end(), [this](int a, int b) { return before(a, b); });
    QList<int> rows;
    rows.reserve(m_rows.size());
    for (int row : std::as_const(m_order)) {
        if (m_proxyOf.value(row, -1) >= 0)
            rows.append(row);
    }
    changeLayout(std::move(rows));
}

void ProjectFilterModel::onRowsInserted(int first, int last)
{
    // The model only appends: the new rows are sorted among themselves and merged into the order.
    m_recent.clear();
    QList<int> added(last - first + 1);
    std::iota(added.begin(), added.end(), first);
    std::sort(added.begin(), added.end(), [this](int a, int b) { return before(a, b); });
    // Every row shown (no filter): the shown rows are the order itself (a total order), so the merge
    // is done once, not twice; at 100,000 rows it was most of a batch's time on the GUI thread.
    const bool allShown = m_rows.size() == m_order.size();
    m_order = mergedInto(m_order, added);
    QList<int> shownAdded;
    for (int row : std::as_const(added)) {
        if (accepts(row))
            shownAdded.append(row);
    }
    m_proxyOf.resize(m_model->rowCount(), -1);
    if (shownAdded.isEmpty())
        return;
    // First as rows at the end (what views expect of a row count change), then moved into place.
    const int oldCount = int(m_rows.size());
    QList<int> rows =
        allShown && shownAdded.size() == added.size() ? m_order : mergedInto(m_rows, shownAdded);
    beginInsertRows({}, oldCount, oldCount + int(shownAdded.size()) - 1);
    m_rows.append(shownAdded);
    for (int i = oldCount; i < m_rows.size(); ++i)
        m_proxyOf[m_rows.at(i)] = i;
    endInsertRows();
    if (rows != m_rows)
        changeLayout(std::move(rows));
}

QList<int> ProjectFilterModel::mergedInto(const QList<int>& sorted, const QList<int>& added) const
{
    // A batch is small beside a large list: each added row finds its place by binary search and the
    // runs between are copied whole, so a batch costs O(batch × log rows) comparisons, not O(rows).
    QList<int> merged;
    merged.reserve(sorted.size() + added.size());
    auto from = sorted.cbegin();
    for (int row : added) {
        const auto at =
            std::upper_bound(from, sorted.cend(), row, [this](int a, int b) { return before(a, b); });
        merged.append(from, at);
        merged.append(row);
        from = at;
    }
    merged.append(from, sorted.cend());
    return merged;
}

void ProjectFilterModel::onRowsRemoved()
{
    // Rare (a reload dropping projects the server no longer lists): start over, once.
    beginResetModel();
    rebuildAll();
    endResetModel();
}

void ProjectFilterModel::onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                                       const QList<int>& roles)
{
    // One row changed in place (a save, a live update): it may now sort or filter differently.
    m_recent.clear();
    QList<int> rows;
    bool moved = false;
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const bool shown = m_proxyOf.value(row, -1) >= 0;
        if (shown != accepts(row))
            moved = true;
    }
    if (!moved && m_sortColumn >= 0) {
        for (int row = topLeft.row(); row <= bottomRight.row() && !moved; ++row) {
            const qsizetype at = m_order.indexOf(row);
            moved = (at > 0 && before(row, m_order.at(at - 1))) ||
                    (at + 1 < m_order.size() && before(m_order.at(at + 1), row));
        }
    }
    if (moved) {
        m_order.removeIf([&](int r) { return r >= topLeft.row() && r <= bottomRight.row(); });
        for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
            const auto at = std::lower_bound(m_order.begin(), m_order.end(), row,
                                             [this](int a, int b) { return before(a, b); });
            m_order.insert(at, row);
        }
        for (int row : std::as_const(m_order)) {
            const bool keep = (row >= topLeft.row() && row <= bottomRight.row())
                                  ? accepts(row)
                                  : m_proxyOf.value(row, -1) >= 0;
            if (keep)
                rows.append(row);
        }
        changeLayout(std::move(rows));
        return;
    }
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const int shown = m_proxyOf.value(row, -1);
        if (shown >= 0)
            Q_EMIT dataChanged(index(shown, topLeft.column()), index(shown, bottomRight.column()), roles);
    }
}

QModelIndex ProjectFilterModel::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || row >= m_rows.size() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex ProjectFilterModel::parent(const QModelIndex&) const
{
    return {};
}

int ProjectFilterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProjectFilterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_model->columnCount();
}

QModelIndex ProjectFilterModel::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.row() >= m_rows.size())
        return {};
    return m_model->index(m_rows.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex ProjectFilterModel::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!sourceIndex.isValid())
        return {};
    const int shown = m_proxyOf.value(sourceIndex.row(), -1);
    return shown < 0 ? QModelIndex() : createIndex(shown, sourceIndex.column());
}

QVariant ProjectFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal)
        return m_model->headerData(section, orientation, role);
    return QAbstractProxyModel::headerData(section, orientation, role);
}
