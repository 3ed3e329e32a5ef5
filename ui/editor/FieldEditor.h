#pragma once

#include "models/ProjectField.h"

#include <QJsonValue>
#include <QStringList>
#include <QWidget>

struct Catalog;
class QLabel;
class QToolButton;
class QVBoxLayout;

// One input bound to one UpdateProjectById field, whatever its kind. The form only talks to this
// interface: value()/setValue() in request shape, changed() on a user edit, inline issues and the
// "modified" mark. A new field needs only a table entry; a new FieldKind needs one subclass.
class FieldEditor : public QWidget
{
    Q_OBJECT
public:
    explicit FieldEditor(const ProjectField& field, QWidget* parent = nullptr);

    const ProjectField& field() const { return m_field; }
    virtual QJsonValue value() const = 0;
    // Programmatic change (load, undo, revert): never emits changed().
    void setValue(const QJsonValue& value);
    virtual void setCatalog(const Catalog& catalog);
    // The input that receives focus when the field is chosen from the problem list, and the buddy.
    virtual QWidget* inputWidget() const = 0;

    // Messages shown under the field (validator, server); empty hides them.
    void setIssues(const QStringList& messages);
    QStringList issues() const { return m_issues; }
    // A problem found while typing that is not part of the value yet (an address not yet added).
    QString liveIssue() const { return m_liveIssue; }

    void setModifiedMark(bool modified);
    bool isModifiedMarked() const { return m_modified; }
    // The form's label for this field: made bold when modified, and offers "Revert" on right click.
    void setLabel(QLabel* label);
    QLabel* label() const { return m_label; }
    QToolButton* revertButton() const { return m_revertButton; }

Q_SIGNALS:
    void changed(const QJsonValue& value);
    void revertRequested();
    void liveIssueChanged(const QString& message);

protected:
    virtual void applyValue(const QJsonValue& value) = 0;
    // Subclasses call this from their widgets' user-edit signals.
    void notifyChanged();
    void setLiveIssue(const QString& message);
    bool isApplying() const { return m_applying; }
    QVBoxLayout* contentLayout() const { return m_contentLayout; }
    // Labels of choices and nested entries: readable names for people, values for the API.
    static QString accessibleLabel(const QString& group, const QString& item);

private:
    void updateIssueLabel();
    void showLabelMenu(const QPoint& pos);

    const ProjectField& m_field;
    QVBoxLayout* m_contentLayout = nullptr;
    QLabel* m_issueLabel = nullptr;
    QLabel* m_modifiedLabel = nullptr;
    QToolButton* m_revertButton = nullptr;
    QLabel* m_label = nullptr;
    QStringList m_issues;
    QString m_liveIssue;
    bool m_modified = false;
    bool m_applying = false;
};
