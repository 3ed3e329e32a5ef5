#pragma once

#include "models/RetestRound.h"
#include "models/RetestRoundUpdate.h"

#include <QDialog>

class QLabel;
class QPushButton;
class SsapiClient;
class UtcDateEdit;

// Sets the requested and completed dates of one retest round (UpdateProjectRetestRound). Only the dates
// that changed are sent; the API cannot clear a date, so clearing one is refused inline.
class UpdateRoundDialog : public QDialog
{
    Q_OBJECT
public:
    // `shown` is the round as the table shows it (server dates, or the ones last sent).
    UpdateRoundDialog(SsapiClient* client, const QString& projectId, const RetestRound& shown,
                      QWidget* parent = nullptr);

    RetestRoundUpdate update() const;
    ValidationIssues issues() const;

Q_SIGNALS:
    void roundUpdated(const QString& projectId, int round, const RetestRoundUpdate& sent);

public Q_SLOTS:
    void reject() override;

private:
    void refresh();
    void send();

    SsapiClient* m_client;
    QString m_projectId;
    RetestRound m_round;
    bool m_sending = false;
    UtcDateEdit* m_requestedEdit;
    UtcDateEdit* m_completedEdit;
    QLabel* m_issuesLabel;
    QLabel* m_statusLabel;
    QPushButton* m_sendButton;
    QPushButton* m_cancelButton;
};
