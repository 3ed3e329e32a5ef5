#include "ui/retest/ProjectHistoryView.h"

#include "api/SsapiClient.h"
#include "models/IsoDate.h"
#include "ui/retest/RetestCalls.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

ProjectHistoryView::ProjectHistoryView(SsapiClient* client, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_statusLabel(new QLabel(this))
    , m_table(new QTableWidget(0, 4, this))
    , m_moreButton(new QPushButton(tr("Load &older"), this))
    , m_reloadButton(new QPushButton(tr("Re&load history"), this))
{
    setObjectName(u"ProjectHistoryView"_s);
    m_statusLabel->setObjectName(u"statusLabel"_s);
    m_table->setObjectName(u"historyTable"_s);
    m_moreButton->setObjectName(u"moreButton"_s);
    m_reloadButton->setObjectName(u"reloadButton"_s);
    m_table->setAccessibleName(tr("Project history"));
    m_moreButton->setAccessibleName(tr("Load older history"));
    m_reloadButton->setAccessibleName(tr("Reload history"));
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Details")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_statusLabel->setWordWrap(true);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_statusLabel, 1);
    bar->addWidget(m_reloadButton);
    bar->addWidget(m_moreButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    connect(m_moreButton, &QPushButton::clicked, this, &ProjectHistoryView::loadPage);
    connect(m_reloadButton, &QPushButton::clicked, this, &ProjectHistoryView::reload);
    showEntries();
}

ProjectHistoryView::~ProjectHistoryView()
{
    RetestCalls::cancel(m_call);
}

void ProjectHistoryView::setProject(const QString& projectId, const QString& projectName)
{
    if (projectId == m_projectId)
        return;
    m_projectId = projectId;
    restart();
    m_statusLabel->setText(projectId.isEmpty() ? QString() : tr("History of %1").arg(projectName));
    showEntries();
    if (isVisible())
        loadPage();
}

void ProjectHistoryView::reload()
{
    restart();
    showEntries();
    loadPage();
}

void ProjectHistoryView::restart()
{
    ++m_generation;
    RetestCalls::cancel(m_call);
    m_call = nullptr;
    m_entries.clear();
    m_total = -1;
}

void ProjectHistoryView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_total < 0 && !m_call)
        loadPage();
}

void ProjectHistoryView::loadPage()
{
    if (m_projectId.isEmpty() || m_call || !m_client)
        return;
    const int generation = m_generation;
    m_statusLabel->setText(tr("Reading the history…"));
    m_moreButton->setEnabled(false);
    m_call = m_client->fetchAuditLogPage(
        m_projectId, int(m_entries.size()), m_pageSize, this,
        [this, generation](const ApiResult<AuditLogPage>& r) {
            if (generation != m_generation)
                return;
            m_call = nullptr;
            if (!r.isOk() && r.error().category() == ApiError::Category::Cancelled)
                return;
            if (!r.isOk()) {
                m_statusLabel->setText(tr("Could not read the history: %1").arg(r.error().userMessage()));
                showEntries();
                return;
            }
            m_entries.append(r.value().entries);
            m_total = r.value().total;
            // Newest first, whatever order the server uses.
            std::stable_sort(m_entries.begin(), m_entries.end(),
                             [](const AuditLogEntry& a, const AuditLogEntry& b) {
                                 return IsoDate::parse(a.created) > IsoDate::parse(b.created);
                             });
            m_statusLabel->setText(m_entries.isEmpty()
                                       ? tr("No history recorded for this project.")
                                       : tr("%1 of %n entries", nullptr, int(m_total)).arg(m_entries.size()));
            showEntries();
        });
}

void ProjectHistoryView::showEntries()
{
    m_table->setRowCount(int(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row) {
        const AuditLogEntry& e = m_entries.at(row);
        const QDateTime when = IsoDate::parse(e.created);
        const QStringList fields = e.bodyFields();
        const QStringList cells{when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat)
                                               : e.created,
                                e.who(), e.what(), fields.join(u'\n')};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells.at(col));
            if (col == 3 && fields.isEmpty())
                item->setText(e.description);
            m_table->setItem(row, col, item);
        }
    }
    m_table->resizeRowsToContents();
    m_moreButton->setEnabled(!m_call && m_total > m_entries.size());
    m_reloadButton->setEnabled(!m_projectId.isEmpty());
}
