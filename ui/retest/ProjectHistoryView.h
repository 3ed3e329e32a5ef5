#pragma once

#include "models/AuditLogEntry.h"

#include "api/SsapiCall.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class SsapiClient;

// A project's history from GetProjectAuditLogs: when, who, what (project update, retest request,
// update, cancel, complete) and the request body's fields when the server returns them; newest first.
// Reads one page at a time ("Load older" reads the next); reading starts when the view is shown.
class ProjectHistoryView : public QWidget
{
    Q_OBJECT
public:
    explicit ProjectHistoryView(SsapiClient* client, QWidget* parent = nullptr);
    ~ProjectHistoryView() override;

    void setProject(const QString& projectId, const QString& projectName);
    void setPageSize(int size) { m_pageSize = size; }
    // Reads the first page again.
    void reload();
    QTableWidget* table() const { return m_table; }
    const QList<AuditLogEntry>& entries() const { return m_entries; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void loadPage();
    void showEntries();
    void restart();

    SsapiClient* m_client;
    QString m_projectId;
    QList<AuditLogEntry> m_entries;
    int m_total = -1; // -1: nothing read yet for this project
    int m_pageSize = 50;
    int m_generation = 0; // a page read for an earlier project or reload is dropped
    QPointer<SsapiCall> m_call;
    QLabel* m_statusLabel;
    QTableWidget* m_table;
    QPushButton* m_moreButton;
    QPushButton* m_reloadButton;
};
