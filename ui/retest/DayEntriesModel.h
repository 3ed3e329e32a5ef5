#pragma once

#include "models/CalendarEntry.h"

#include <QAbstractListModel>
#include <QHash>
#include <QIcon>

// What the calendar's side list shows for the selected day: one item per entry, the project (and the
// round) on the first line, status and days on the second, a dot in the entry's colour. Texts are made
// when a row is shown, not for every entry: a busy day at 100,000 projects has thousands.
class DayEntriesModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        ProjectIdRole = Qt::UserRole + 1
    };

    using QAbstractListModel::QAbstractListModel;

    void setEntries(QList<CalendarEntry> entries);
    const QList<CalendarEntry>& entries() const { return m_entries; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QIcon dotFor(const CalendarEntry& entry) const;
    // The second line: status or "Project", and the days.
    static QString detailsOf(const CalendarEntry& entry);

    QList<CalendarEntry> m_entries;
    mutable QHash<QRgb, QIcon> m_dots; // one icon per colour, not one pixmap per item
};
