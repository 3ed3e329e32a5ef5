#pragma once

#include "models/ProjectDiff.h"

#include <QDialog>
#include <QHash>

class QPushButton;
class QTreeWidget;

// Someone changed the project on the server since it was loaded: shows their fields (old → new,
// marking those the user edited too) and lets the user choose what Save does. Opened with open().
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice
    {
        Overwrite,  // send all my changes, replacing theirs where we both edited
        KeepTheirs, // drop my changes to the fields they edited, send the rest
        Reload,     // show their version; keep my changes to the fields they did not edit
        Cancel
    };
    Q_ENUM(Choice)

    ConflictDialog(const QList<FieldChange>& theirChanges, const QStringList& myKeys,
                   const QHash<QString, QString>& names, QWidget* parent = nullptr);

    QTreeWidget* treeWidget() const { return m_treeWidget; }
    QPushButton* button(Choice choice) const;

Q_SIGNALS:
    void chosen(ConflictDialog::Choice choice);

private:
    void choose(Choice choice);

    QTreeWidget* m_treeWidget = nullptr;
    QPushButton* m_overwriteButton = nullptr;
    QPushButton* m_keepTheirsButton = nullptr;
    QPushButton* m_reloadButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
};
