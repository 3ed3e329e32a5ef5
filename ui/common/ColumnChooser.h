#pragma once

#include <QObject>

class QHeaderView;
class QMenu;
class QPoint;

// The header's context menu of a table: one checkable entry per column (its header text) to show or hide
// it, as in Dolphin's or Thunderbird's lists. The first logical column always stays, so the table is
// never left without a column.
class ColumnChooser : public QObject
{
    Q_OBJECT
public:
    explicit ColumnChooser(QHeaderView* header);

    // The menu for the current columns (owned by the header, deleted when closed); also what the context
    // menu shows.
    QMenu* createMenu();

Q_SIGNALS:
    void columnVisibilityChanged(int logicalIndex, bool visible);

private:
    void showMenu(const QPoint& pos);

    QHeaderView* m_header;
};
