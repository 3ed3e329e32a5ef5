#include "ui/main/CaCertificatePicker.h"
#include "ui/common/ThemeColors.h"

#include "models/CaCertificateFile.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

CaCertificatePicker::CaCertificatePicker(QWidget* parent)
    : QWidget(parent)
    , m_pathEdit(new QLineEdit(this))
    , m_browseButton(new QPushButton(tr("&Browse…"), this))
    , m_infoLabel(new QLabel(this))
{
    setObjectName(u"caCertificatePicker"_s);
    m_pathEdit->setObjectName(u"caPathEdit"_s);
    m_pathEdit->setAccessibleName(tr("Private CA")); // as the form's label says
    m_pathEdit->setAccessibleDescription(tr("PEM certificate file of an on-premises certificate authority"));
    m_pathEdit->setPlaceholderText(tr("Optional: PEM file of an on-premises CA"));
    m_browseButton->setObjectName(u"caBrowseButton"_s);
    m_browseButton->setAccessibleName(tr("Choose the private CA certificate file"));
    m_infoLabel->setObjectName(u"caInfoLabel"_s);
    m_infoLabel->setAccessibleName(tr("Private CA certificate"));
    m_infoLabel->setWordWrap(true);
    m_infoLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_pathEdit, 1);
    row->addWidget(m_browseButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_infoLabel);

    connect(m_browseButton, &QPushButton::clicked, this, &CaCertificatePicker::browse);
    connect(m_pathEdit, &QLineEdit::textChanged, this, [this] {
        refresh();
        Q_EMIT pathChanged();
    });
    refresh();
}

QString CaCertificatePicker::path() const
{
    return m_pathEdit->text().trimmed();
}

void CaCertificatePicker::setPath(const QString& path)
{
    m_pathEdit->setText(path);
    refresh();
}

void CaCertificatePicker::setOrigin(const QString& origin)
{
    m_origin = origin;
    refresh();
}

void CaCertificatePicker::browse()
{
    // open(), not exec(): no nested event loop. Tests find the dialog by name and answer it.
    auto* dialog = new QFileDialog(this, tr("Private CA certificate"), path(),
                                   tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    dialog->setObjectName(u"caFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString& file) { m_pathEdit->setText(file); });
    dialog->open();
}

void CaCertificatePicker::refresh()
{
    const CaCertificateFile file = CaCertificateFile::read(path());
    m_problem = file.error.isEmpty() ? QString() : tr("CA file: ") + file.error;
    if (path().isEmpty()) {
        m_infoLabel->setText(tr("Only the system's trusted CAs are used."));
        m_infoLabel->setStyleSheet({});
    } else if (!file.isUsable()) {
        m_infoLabel->setText(file.error);
        m_infoLabel->setStyleSheet(ThemeColors::textStyle(ThemeColors::Mark::Error, palette()));
    } else {
        // A CA is a grant of trust: say exactly where it applies.
        m_infoLabel->setText(file.summary() +
                             tr("\nTrusted only for %1, never for another server.")
                                 .arg(m_origin.isEmpty() ? tr("this connection's server") : m_origin));
        m_infoLabel->setStyleSheet({});
    }
    m_infoLabel->setAccessibleDescription(m_infoLabel->text());
}
