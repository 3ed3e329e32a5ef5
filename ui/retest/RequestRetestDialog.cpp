#include "ui/retest/RequestRetestDialog.h"
#include "ui/common/ThemeColors.h"

#include "models/IsoDate.h"
#include "models/RetestPlanning.h"
#include "models/VulnerabilityPickerModel.h"
#include "ui/common/Dialogs.h"
#include "ui/common/UtcDateEdit.h"
#include "ui/retest/RetestCalls.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

RequestRetestDialog::RequestRetestDialog(SsapiClient* client, const Project& project, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_project(project)
    , m_roundsBefore(project.facts().retestRounds)
    , m_model(new VulnerabilityPickerModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_projectLabel(new QLabel(this))
    , m_startEdit(new UtcDateEdit(this))
    , m_endEdit(new UtcDateEdit(this))
    , m_searchEdit(new QLineEdit(this))
    , m_selectAllCheck(new QCheckBox(tr("Select &all ready for retest"), this))
    , m_selectionLabel(new QLabel(this))
    , m_vulnerabilityView(new QTableView(this))
    , m_warningsLabel(new QLabel(this))
    , m_issuesLabel(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_sendButton(new QPushButton(tr("&Send request"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
{
    setObjectName(u"RequestRetestDialog"_s);
    setWindowTitle(tr("Request a retest — %1").arg(project.name()));
    buildUi();

    connect(m_startEdit, &UtcDateEdit::utcValueChanged, this, &RequestRetestDialog::refresh);
    connect(m_endEdit, &UtcDateEdit::utcValueChanged, this, &RequestRetestDialog::refresh);
    connect(m_model, &VulnerabilityPickerModel::checkedChanged, this, &RequestRetestDialog::refresh);
    connect(m_searchEdit, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_searchEdit, &QLineEdit::textChanged, this, &RequestRetestDialog::updateSelectionSummary);
    connect(m_selectAllCheck, &QCheckBox::clicked, this, [this](bool checked) {
        // Only what the search shows: "select all" of a filtered list must not pick hidden rows.
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const QString id =
                m_proxy->index(row, 0).data(VulnerabilityPickerModel::VulnerabilityIdRole).toString();
            m_model->setChecked(id, checked);
        }
    });
    connect(m_sendButton, &QPushButton::clicked, this, &RequestRetestDialog::send);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);

    loadVulnerabilities();
    refresh();
}

RequestRetestDialog::~RequestRetestDialog()
{
    // Only the read is cancelled: an in-flight POST is never abandoned (closing is refused meanwhile).
    if (m_loadCall)
        RetestCalls::cancel(m_loadCall);
}

void RequestRetestDialog::buildUi()
{
    m_projectLabel->setObjectName(u"projectLabel"_s);
    m_startEdit->setObjectName(u"startEdit"_s);
    m_endEdit->setObjectName(u"endEdit"_s);
    m_searchEdit->setObjectName(u"searchEdit"_s);
    m_selectAllCheck->setObjectName(u"selectAllCheck"_s);
    m_selectionLabel->setObjectName(u"selectionLabel"_s);
    m_vulnerabilityView->setObjectName(u"vulnerabilityView"_s);
    m_warningsLabel->setObjectName(u"warningsLabel"_s);
    m_issuesLabel->setObjectName(u"issuesLabel"_s);
    m_statusLabel->setObjectName(u"statusLabel"_s);
    m_sendButton->setObjectName(u"sendButton"_s);
    m_cancelButton->setObjectName(u"cancelButton"_s);

    m_projectLabel->setText(
        u"<b>%1</b> %2"_s.arg(m_project.name().toHtmlEscaped(), m_project.code().toHtmlEscaped()));
    m_startEdit->setAnchor(UtcDateEdit::Anchor::StartOfDay);
    m_startEdit->setUtcValue(IsoDate::startOfLocalDay(QDate::currentDate()));
    m_endEdit->setAnchor(UtcDateEdit::Anchor::EndOfDay);
    m_endEdit->setOptional(true);
    m_startEdit->setAccessibleName(tr("Window start"));
    m_endEdit->setAccessibleName(tr("Window end"));
    m_startEdit->setToolTip(tr("First day of the retest window (from the start of that local day)."));
    m_endEdit->setToolTip(tr("Last day of the retest window (to the end of that local day). "
                             "\"Not set\" leaves the window open-ended."));
    m_searchEdit->setAccessibleName(tr("Search"));
    m_searchEdit->setPlaceholderText(tr("Filter by id, title, priority or status"));
    m_searchEdit->setClearButtonEnabled(true);
    m_selectAllCheck->setAccessibleName(tr("Select all ready for retest"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(VulnerabilityPickerModel::SearchTextRole);
    m_proxy->setFilterKeyColumn(0);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_vulnerabilityView->setModel(m_proxy);
    m_vulnerabilityView->setAccessibleName(tr("Vulnerabilities"));
    m_vulnerabilityView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_vulnerabilityView->setSortingEnabled(true);
    m_vulnerabilityView->verticalHeader()->hide();
    m_vulnerabilityView->setWordWrap(false);
    auto* header = m_vulnerabilityView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(VulnerabilityPickerModel::TitleColumn, QHeaderView::Stretch);

    m_warningsLabel->setWordWrap(true);
    m_warningsLabel->setStyleSheet(
        ThemeColors::bannerStyle(ThemeColors::Mark::Warning, palette(), u"QLabel"_s));
    m_issuesLabel->setWordWrap(true);
    m_issuesLabel->setStyleSheet(ThemeColors::textStyle(ThemeColors::Mark::Error, palette()));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sendButton->setDefault(true);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    auto* startLabel = new QLabel(tr("Window &start"), this);
    auto* endLabel = new QLabel(tr("Window &end"), this);
    startLabel->setBuddy(m_startEdit);
    endLabel->setBuddy(m_endEdit);
    form->addRow(startLabel, m_startEdit);
    auto* endRow = new QHBoxLayout;
    endRow->addWidget(m_endEdit);
    auto* endHint = new QLabel(tr("“Not set” leaves the window open-ended."), this);
    endHint->setForegroundRole(QPalette::PlaceholderText);
    endRow->addWidget(endHint);
    endRow->addStretch(1);
    form->addRow(endLabel, endRow);

    auto* box = new QGroupBox(tr("Vulnerabilities in scope"), this);
    auto* searchLabel = new QLabel(tr("Sea&rch"), box);
    searchLabel->setBuddy(m_searchEdit);
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_searchEdit, 1);
    searchRow->addWidget(m_selectAllCheck);
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->addLayout(searchRow);
    boxLayout->addWidget(m_vulnerabilityView, 1);
    boxLayout->addWidget(m_selectionLabel);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_sendButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancelButton, QDialogButtonBox::RejectRole);
    // The box would otherwise accept/reject on its own; the dialog decides when it is done.
    disconnect(buttons, nullptr, this, nullptr);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_projectLabel);
    layout->addLayout(form);
    layout->addWidget(box, 1);
    layout->addWidget(m_warningsLabel);
    layout->addWidget(m_issuesLabel);
    layout->addWidget(m_statusLabel);
    layout->addWidget(buttons);

    setTabOrder(m_startEdit, m_endEdit);
    setTabOrder(m_endEdit, m_searchEdit);
    setTabOrder(m_searchEdit, m_selectAllCheck);
    setTabOrder(m_selectAllCheck, m_vulnerabilityView);
    setTabOrder(m_vulnerabilityView, m_sendButton);
    setTabOrder(m_sendButton, m_cancelButton);
    resize(760, 560);
}

void RequestRetestDialog::loadVulnerabilities()
{
    setState(State::Loading, tr("Loading the project's vulnerabilities…"));
    m_loadCall = RetestCalls::fetchVulnerabilities(
        m_client, this, m_project.id(), false, [this](const ApiResult<QList<Vulnerability>>& r) {
            m_loadCall = nullptr;
            if (!r.isOk()) {
                setState(State::Ready,
                         tr("Could not load the vulnerabilities: %1").arg(r.error().userMessage()));
                return;
            }
            m_vulnerabilitiesLoaded = true;
            m_model->setVulnerabilities(r.value());
            // "Ready for retest" sorts last alphabetically: descending puts the pickable ones first.
            m_vulnerabilityView->sortByColumn(VulnerabilityPickerModel::RetestColumn, Qt::DescendingOrder);
            setState(State::Ready, m_model->selectableCount() == 0
                                       ? tr("No vulnerability of this project is in Retest status.")
                                       : QString());
        });
}

void RequestRetestDialog::setWindow(QDate first, QDate last)
{
    if (!first.isValid())
        return;
    m_startEdit->setUtcValue(IsoDate::startOfLocalDay(first));
    m_endEdit->setUtcValue(last.isValid() ? IsoDate::endOfLocalDay(last) : QString());
    refresh();
}

void RequestRetestDialog::setOtherProjects(const QList<ProjectSummary>& projects)
{
    m_others = projects;
    refresh();
}

RetestRequest RequestRetestDialog::request() const
{
    RetestRequest r;
    r.windowStart = m_startEdit->utcValue();
    r.windowEnd = m_endEdit->utcValue();
    r.vulnerabilityIds = m_model->checkedIds();
    return r;
}

ValidationIssues RequestRetestDialog::issues() const
{
    return request().validate(m_model->vulnerabilities());
}

QStringList RequestRetestDialog::warnings() const
{
    QStringList out = RetestPlanning::warnings(m_project, request(), QDate::currentDate());
    const QStringList clashes = RetestPlanning::clashes(m_project, request(), m_others);
    if (!clashes.isEmpty())
        out << tr("The window overlaps open retest windows of projects sharing a group with this one:")
            << u"• "_s + clashes.join(u"\n• "_s);
    return out;
}

void RequestRetestDialog::refresh()
{
    const QStringList warn = warnings();
    m_warningsLabel->setText(warn.join(u'\n'));
    m_warningsLabel->setVisible(!warn.isEmpty());
    QStringList messages;
    for (const ValidationIssue& issue : issues())
        messages << issue.message;
    m_issuesLabel->setText(messages.join(u'\n'));
    m_issuesLabel->setVisible(!messages.isEmpty());
    m_sendButton->setEnabled(m_state == State::Ready && m_vulnerabilitiesLoaded && messages.isEmpty());
    updateSelectionSummary();
}

void RequestRetestDialog::updateSelectionSummary()
{
    const int checked = int(m_model->checkedIds().size());
    const int selectable = m_model->selectableCount();
    m_selectionLabel->setText(tr("%1 of %2 ready for retest selected · %3 listed")
                                  .arg(checked)
                                  .arg(selectable)
                                  .arg(m_model->rowCount()));
    m_selectAllCheck->setEnabled(selectable > 0 && !isBusy());
    m_selectAllCheck->setChecked(selectable > 0 && checked == selectable);
}

void RequestRetestDialog::setState(State state, const QString& status)
{
    m_state = state;
    m_statusLabel->setText(status);
    m_statusLabel->setVisible(!status.isEmpty());
    const bool editable = !isBusy();
    m_startEdit->setEnabled(editable);
    m_endEdit->setEnabled(editable);
    m_vulnerabilityView->setEnabled(editable);
    m_cancelButton->setEnabled(editable);
    refresh();
}

void RequestRetestDialog::send()
{
    if (!issues().isEmpty() || isBusy())
        return;
    const RetestRequest body = request();
    setState(State::Sending, tr("Sending the request…"));
    RetestCalls::requestRetest(m_client, this, m_project.id(), body,
                               [this, body](const ApiResult<QString>& r) {
                                   if (r.isOk()) {
                                       setState(State::Ready);
                                       Q_EMIT retestRequested(m_project.id(), body, r.value());
                                       accept();
                                       return;
                                   }
                                   onSendFailed(r.error().userMessage(), r.error().leavesDoubt());
                               });
}

void RequestRetestDialog::onSendFailed(const QString& message, bool doubtful)
{
    if (!doubtful) {
        m_sendButton->setText(tr("&Send request"));
        setState(State::Ready, tr("The retest was not requested: %1").arg(message));
        return;
    }
    checkAfterDoubt(message);
}

void RequestRetestDialog::checkAfterDoubt(const QString& failure)
{
    setState(State::Checking,
             tr("%1 The request may or may not have reached the server: checking the project's rounds…")
                 .arg(failure));
    const RetestRequest body = request();
    RetestCalls::fetchProject(
        m_client, this, m_project.id(), [this, body, failure](const ApiResult<Project>& r) {
            if (!r.isOk()) {
                m_sendButton->setText(tr("&Send again"));
                setState(State::Ready, tr("%1 Checking the project failed too (%2): look at its retest "
                                          "rounds before sending again.")
                                           .arg(failure, r.error().userMessage()));
                return;
            }
            const Project& after = r.value();
            Q_EMIT projectRefreshed(after);
            const auto created =
                RetestPlanning::createdRound(m_roundsBefore, after.facts().retestRounds, body);
            if (created) {
                setState(State::Ready);
                const QString text =
                    tr("The server did not answer, but the project now has retest round %1 with this "
                       "window: the retest was requested. Nothing was sent again.")
                        .arg(created->number);
                Q_EMIT retestRequested(m_project.id(), body, text);
                Dialogs::inform(parentWidget(), tr("Retest requested"), text);
                accept();
                return;
            }
            m_project = after;
            m_sendButton->setText(tr("&Send again"));
            setState(State::Ready, tr("%1 The project has no new round with this window: the retest was not "
                                      "created.")
                                       .arg(failure));
            Dialogs::ask(
                this, tr("Send the request again?"),
                tr("The request failed (%1) and the project has no new retest round with this window, so "
                   "it was not created. Send it again?")
                    .arg(failure),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No, [this](QMessageBox::StandardButton b) {
                    if (b == QMessageBox::Yes)
                        send();
                });
        });
}

void RequestRetestDialog::closeEvent(QCloseEvent* event)
{
    if (isBusy()) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void RequestRetestDialog::reject()
{
    // Escape and Cancel wait for an in-flight POST: its outcome must be known and shown.
    if (!isBusy())
        QDialog::reject();
}
