#pragma once

#include "models/CodeIndex.h"

#include <QWidget>

struct ProjectField;
class QLabel;
class QPushButton;

// Under the project code and the vulnerability code: warns (never blocks) when another loaded
// project uses the value shown, and offers the next free code from the loaded codes' pattern.
class UniqueCodeHint : public QWidget
{
    Q_OBJECT
public:
    // `fieldLabel` names the field in the button's accessible name (two code fields share a form).
    explicit UniqueCodeHint(const QString& fieldLabel, QWidget* parent = nullptr);
    static bool appliesTo(const ProjectField& field);

    // The codes of the loaded projects (this one included).
    void setCodesInUse(const CodeIndex& codes);
    // The value this project has on the server: it counts once among the codes in use.
    void setOwnValue(const QString& code);
    void setText(const QString& code);

    QString warning() const;
    QString suggestion() const { return m_suggestion; }

Q_SIGNALS:
    void codeChosen(const QString& code);

private:
    void refresh();

    QString m_fieldLabel;
    CodeIndex m_inUse;
    QString m_own;
    QString m_text;
    QString m_suggestion;
    QLabel* m_label;
    QPushButton* m_suggestButton;
};
