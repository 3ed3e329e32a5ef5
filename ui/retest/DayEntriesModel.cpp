#include "ui/retest/DayEntriesModel.h"

#include "ui/retest/RetestMonthGrid.h"

#include <QPixmap>

using namespace Qt::StringLiterals;

void DayEntriesModel::setEntries(QList<CalendarEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int DayEntriesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant DayEntriesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CalendarEntry& e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QString(e.title() + u'\n' + detailsOf(e));
    case Qt::ToolTipRole: // the whole title, which the list may elide
        return QString(e.title() + u'\n' + detailsOf(e) + u'\n' +
                       tr("Activate (double-click or Enter) to open the project"));
    case Qt::DecorationRole:
        return dotFor(e);
    case ProjectIdRole:
        return e.projectId;
    default:
        return {};
    }
}

QString DayEntriesModel::detailsOf(const CalendarEntry& e)
{
    if (e.kind == CalendarEntry::Kind::RetestWindow)
        return u"%1 · %2 → %3"_s.arg(e.status, e.first.toString(Qt::ISODate),
                                     e.isOpenEnded() ? u"open-ended"_s : e.last.toString(Qt::ISODate));
    return tr("Project %1 → %2%3")
        .arg(e.first.toString(Qt::ISODate),
             e.isOpenEnded() ? tr("no end date") : e.last.toString(Qt::ISODate),
             e.projectOnHold ? tr(" · on hold") : QString());
}

QIcon DayEntriesModel::dotFor(const CalendarEntry& entry) const
{
    const QColor color = RetestMonthGrid::colorFor(entry);
    auto it = m_dots.constFind(color.rgba());
    if (it == m_dots.cend()) {
        QPixmap dot(10, 10);
        dot.fill(color);
        it = m_dots.insert(color.rgba(), QIcon(dot));
    }
    return *it;
}
