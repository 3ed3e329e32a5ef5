#include "ui/retest/UpdateRoundDialog.h"
#include "ui/common/ThemeColors.h"

#include "models/IsoDate.h"
#include "ui/common/UtcDateEdit.h"
#include "ui/retest/RetestCalls.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

UpdateRoundDialog::UpdateRoundDialog(SsapiClient* client, const QString& projectId, const RetestRound& shown,
                                     QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_projectId(projectId)
    , m_round(shown)
    , m_requestedEdit(new UtcDateEdit(this))
    , m_completedEdit(new UtcDateEdit(this))
    , m_issuesLabel(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_sendButton(new QPushButton(tr("&Update round"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
{
    setObjectName(u"UpdateRoundDialog"_s);
    setWindowTitle(tr("Update retest round %1").arg(shown.number));
    m_requestedEdit->setObjectName(u"requestedEdit"_s);
    m_completedEdit->setObjectName(u"completedEdit"_s);
    m_issuesLabel->setObjectName(u"issuesLabel"_s);
    m_statusLabel->setObjectName(u"statusLabel"_s);
    m_sendButton->setObjectName(u"sendButton"_s);
    m_cancelButton->setObjectName(u"cancelButton"_s);

    for (UtcDateEdit* edit : {m_requestedEdit, m_completedEdit}) {
        edit->setAnchor(UtcDateEdit::Anchor::StartOfDay);
        edit->setOptional(true);
    }
    m_requestedEdit->setUtcValue(shown.requestedDate);
    m_completedEdit->setUtcValue(shown.completedDate);
    m_requestedEdit->setAccessibleName(tr("Requested date"));
    m_completedEdit->setAccessibleName(tr("Completed date"));
    m_issuesLabel->setWordWrap(true);
    m_issuesLabel->setStyleSheet(ThemeColors::textStyle(ThemeColors::Mark::Error, palette()));
    m_statusLabel->setWordWrap(true);
    m_sendButton->setDefault(true);

    auto* requestedLabel = new QLabel(tr("&Requested date"), this);
    auto* completedLabel = new QLabel(tr("&Completed date"), this);
    requestedLabel->setBuddy(m_requestedEdit);
    completedLabel->setBuddy(m_completedEdit);
    auto* info = new QLabel(
        tr("Window: %1 → %2 · status %3")
            .arg(IsoDate::displayDate(shown.windowStart),
                 shown.windowEnd.isEmpty() ? u"open-ended"_s : IsoDate::displayDate(shown.windowEnd),
                 shown.status),
        this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(info);
    form->addRow(requestedLabel, m_requestedEdit);
    form->addRow(completedLabel, m_completedEdit);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_sendButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancelButton, QDialogButtonBox::RejectRole);
    disconnect(buttons, nullptr, this, nullptr);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_issuesLabel);
    layout->addWidget(m_statusLabel);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setTabOrder(m_requestedEdit, m_completedEdit);
    setTabOrder(m_completedEdit, m_sendButton);
    setTabOrder(m_sendButton, m_cancelButton);

    connect(m_requestedEdit, &UtcDateEdit::utcValueChanged, this, &UpdateRoundDialog::refresh);
    connect(m_completedEdit, &UtcDateEdit::utcValueChanged, this, &UpdateRoundDialog::refresh);
    connect(m_sendButton, &QPushButton::clicked, this, &UpdateRoundDialog::send);
    connect(m_cancelButton, &QPushButton::clicked, this, &UpdateRoundDialog::reject);
    refresh();
    resize(420, sizeHint().height());
}

RetestRoundUpdate UpdateRoundDialog::update() const
{
    RetestRoundUpdate u;
    if (m_requestedEdit->utcValue() != m_round.requestedDate)
        u.requestedDate = m_requestedEdit->utcValue();
    if (m_completedEdit->utcValue() != m_round.completedDate)
        u.completedDate = m_completedEdit->utcValue();
    return u;
}

ValidationIssues UpdateRoundDialog::issues() const
{
    ValidationIssues out;
    if (m_requestedEdit->utcValue().isEmpty() && !m_round.requestedDate.isEmpty())
        out.append({u"requested_date"_s, tr("Requested date: the API cannot clear a date; pick a day.")});
    if (m_completedEdit->utcValue().isEmpty() && !m_round.completedDate.isEmpty())
        out.append({u"completed_date"_s, tr("Completed date: the API cannot clear a date; pick a day.")});
    out.append(update().validate());
    return out;
}

void UpdateRoundDialog::refresh()
{
    QStringList messages;
    for (const ValidationIssue& issue : issues())
        messages << issue.message;
    m_issuesLabel->setText(messages.join(u'\n'));
    // "Nothing to update" is where every edit starts, not an error: say it quietly.
    const bool onlyUnchanged = !messages.isEmpty() && update().isEmpty() && messages.size() == 1 &&
                               m_requestedEdit->utcValue() == m_round.requestedDate &&
                               m_completedEdit->utcValue() == m_round.completedDate;
    m_issuesLabel->setStyleSheet(onlyUnchanged ? u"QLabel { color: palette(placeholder-text); }"_s
                                               : ThemeColors::textStyle(ThemeColors::Mark::Error, palette()));
    m_issuesLabel->setVisible(!messages.isEmpty());
    m_sendButton->setEnabled(!m_sending && messages.isEmpty());
    m_requestedEdit->setEnabled(!m_sending);
    m_completedEdit->setEnabled(!m_sending);
    m_cancelButton->setEnabled(!m_sending);
}

void UpdateRoundDialog::send()
{
    if (m_sending || !issues().isEmpty())
        return;
    const RetestRoundUpdate body = update();
    m_sending = true;
    m_statusLabel->setText(tr("Updating…"));
    refresh();
    RetestCalls::updateRetestRound(
        m_client, this, m_projectId, m_round.number, body, [this, body](const ApiResult<QString>& r) {
            m_sending = false;
            if (!r.isOk()) {
                m_statusLabel->setText(tr("The round was not updated: %1").arg(r.error().userMessage()));
                refresh();
                return;
            }
            m_statusLabel->clear();
            Q_EMIT roundUpdated(m_projectId, m_round.number, body);
            accept();
        });
}

void UpdateRoundDialog::reject()
{
    if (!m_sending)
        QDialog::reject();
}
