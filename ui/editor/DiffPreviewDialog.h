#pragma once

#include "models/ProjectDiff.h"

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QTreeWidget;

// Shows what Save is about to send: one row per changed field, old → new, in readable form.
// Opened with open(); accepted() means "send it".
class DiffPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    DiffPreviewDialog(const QList<FieldChange>& changes, const QHash<QString, QString>& names,
                      QWidget* parent = nullptr);

    QTreeWidget* treeWidget() const { return m_treeWidget; }
    QStringList fieldLabels() const;

private:
    QTreeWidget* m_treeWidget = nullptr;
    QDialogButtonBox* m_buttonBox = nullptr;
};
