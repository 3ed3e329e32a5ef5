#pragma once

#include <QWidget>

class ProjectFilterModel;
class ProjectListModel;
class QLabel;
class QLineEdit;
class QTableView;

// The browsable project list: an instant filter (Ctrl+F), a sortable table, and a banner that says
// when the list is loading, failed, or is an offline copy.
class ProjectListView : public QWidget
{
    Q_OBJECT
public:
    explicit ProjectListView(ProjectListModel* model, QWidget* parent = nullptr);

    QString currentProjectId() const;
    QStringList selectedProjectIds() const;
    void selectProject(const QString& id);
    void selectFirst();
    void focusFilter();
    // An empty text hides the banner.
    void setBanner(const QString& text, bool isError = false);

    QLineEdit* filterEdit() const { return m_filterEdit; }
    QTableView* tableView() const { return m_table; }
    ProjectFilterModel* filterModel() const { return m_proxy; }

Q_SIGNALS:
    void currentProjectChanged(const QString& projectId);
    void selectionChanged();

private:
    static constexpr int kCountIntervalMs = 250;

    ProjectListModel* m_model;
    ProjectFilterModel* m_proxy;
    QLineEdit* m_filterEdit;
    QTableView* m_table;
    QLabel* m_banner;
    QLabel* m_countLabel;
};
