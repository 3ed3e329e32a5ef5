#include "ui/editor/HoldHistoryTable.h"

#include "models/IsoDate.h"

#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

HoldHistoryTable::HoldHistoryTable(QWidget* parent)
    : QGroupBox(tr("Hold history"), parent)
    , m_table(new QTableWidget(0, 3, this))
{
    setObjectName(u"holdHistory"_s);
    m_table->setObjectName(u"holdHistoryTable"_s);
    m_table->setAccessibleName(tr("Hold history"));
    m_table->setHorizontalHeaderLabels({tr("Status"), tr("Reason"), tr("When")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setMinimumHeight(110);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
}

void HoldHistoryTable::setHistory(QList<HoldEvent> history)
{
    std::stable_sort(history.begin(), history.end(), [](const HoldEvent& a, const HoldEvent& b) {
        return IsoDate::parse(a.created) > IsoDate::parse(b.created);
    });
    m_table->setRowCount(int(history.size()));
    for (int row = 0; row < history.size(); ++row) {
        const HoldEvent& e = history.at(row);
        const QDateTime when = IsoDate::parse(e.created);
        m_table->setItem(row, 0, new QTableWidgetItem(e.status));
        m_table->setItem(row, 1, new QTableWidgetItem(e.reason));
        m_table->setItem(
            row, 2,
            new QTableWidgetItem(when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat)
                                                : e.created));
    }
    setTitle(history.isEmpty() ? tr("Hold history (none)") : tr("Hold history"));
}
