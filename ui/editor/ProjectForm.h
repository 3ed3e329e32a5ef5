#pragma once

#include "models/ProjectField.h"
#include "models/ValidationIssue.h"

#include <QHash>
#include <QJsonValue>
#include <QWidget>

struct Catalog;
class FieldEditor;
class Project;
class HoldHistoryTable;
class QListWidget;
class QScrollArea;
class QStackedWidget;

// The editor's sections (a sidebar and one scrollable form per section), built from the field table:
// one label and one FieldEditor per field. It knows nothing of saving; it shows values, issues and
// the modified marks it is given, and reports user edits.
class ProjectForm : public QWidget
{
    Q_OBJECT
public:
    explicit ProjectForm(QWidget* parent = nullptr);

    void setCatalog(const Catalog& catalog);
    void setValues(const Project& project);
    void setFieldValue(const QString& key, const QJsonValue& value);
    // Issues per field key (nested paths such as "custom_fields[1].key" go to their field).
    void setIssues(const ValidationIssues& issues);
    void setModifiedKeys(const QStringList& keys);
    // Shows the section holding the field and puts the cursor in it.
    void focusField(const QString& key);
    void showSection(ProjectSection section);

    FieldEditor* editor(const QString& key) const { return m_editors.value(key); }
    QList<FieldEditor*> editors() const;
    QListWidget* sectionList() const { return m_sectionList; }
    QStackedWidget* sectionStack() const { return m_sectionStack; }
    // Problems found while typing that are not part of any value yet.
    ValidationIssues liveIssues() const;
    static QString fieldKeyOfPath(const QString& path);

Q_SIGNALS:
    void fieldEdited(const QString& key, const QJsonValue& value);
    void revertRequested(const QString& key);
    void liveIssuesChanged();

private:
    QWidget* buildSection(ProjectSection section);

    QListWidget* m_sectionList = nullptr;
    QStackedWidget* m_sectionStack = nullptr;
    HoldHistoryTable* m_holdHistory = nullptr;
    QHash<QString, FieldEditor*> m_editors;
    QHash<QString, int> m_sectionOfKey;
};
