#pragma once

#include <QAccessibleWidget>

class QComboBox;

// What assistive tools read for a combo box. On Linux, Qt's own interface reports the current item as
// the Name (it leaves the label to a relation), so a screen reader announces "CVSS v3.1" rather than
// "Scoring system". This interface reports the accessible name as the Name and the current item as the
// Value, and keeps the "show the list" action.
class LabelledComboBoxAccessible : public QAccessibleWidget
{
public:
    explicit LabelledComboBoxAccessible(QComboBox* comboBox);

    QString text(QAccessible::Text t) const override;
    QStringList actionNames() const override;
    void doAction(const QString& actionName) override;

    // Registers the interface for every QComboBox created afterwards (idempotent). Call it before the
    // first combo box is shown: Qt caches an object's interface once it was asked for.
    static void install();

private:
    QComboBox* comboBox() const;
};
