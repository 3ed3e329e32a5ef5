#pragma once

#include "models/HoldEvent.h"

#include <QCoreApplication>
#include <QGroupBox>

class QTableWidget;

// The Status section's read-only record of project_hold_history: status, reason and when, newest first.
// No signals or slots: a plain widget (no Q_OBJECT).
class HoldHistoryTable : public QGroupBox
{
    Q_DECLARE_TR_FUNCTIONS(HoldHistoryTable)

public:
    explicit HoldHistoryTable(QWidget* parent = nullptr);
    void setHistory(QList<HoldEvent> history);
    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table;
};
