#include "ui/main/ApiKeyDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ApiKeyDialog::ApiKeyDialog(const ConnectionProfile& profile, const QString& reason, QWidget* parent)
    : QDialog(parent)
    , m_keyEdit(new QLineEdit(this))
    , m_rememberBox(new QCheckBox(tr("Remember in the system keychain"), this))
{
    setObjectName(u"apiKeyDialog"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("API key for %1").arg(profile.name));

    auto* intro = new QLabel(tr("<b>%1</b> (%2) needs its Self-Service API key.<br>%3")
                                 .arg(profile.name.toHtmlEscaped(),
                                      profile.baseUrl.toString().toHtmlEscaped(), reason.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);

    m_keyEdit->setObjectName(u"keyEdit"_s);
    m_keyEdit->setEchoMode(QLineEdit::Password);
    m_keyEdit->setAccessibleName(tr("API key"));
    m_rememberBox->setObjectName(u"rememberBox"_s);
    m_rememberBox->setChecked(true);
    m_rememberBox->setAccessibleName(m_rememberBox->text());

    auto* form = new QFormLayout;
    form->addRow(tr("API &key"), m_keyEdit);
    form->addRow(QString(), m_rememberBox);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_connectButton = buttons->button(QDialogButtonBox::Ok);
    m_connectButton->setText(tr("Connect"));
    m_connectButton->setEnabled(false);
    connect(m_keyEdit, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_connectButton->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        Q_EMIT keyEntered(m_keyEdit->text().trimmed(), m_rememberBox->isChecked());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}
