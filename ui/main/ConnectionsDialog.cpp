#include "ui/main/ConnectionsDialog.h"
#include "ui/common/ThemeColors.h"

#include "api/ApiKeyStore.h"
#include "api/BaseUrlPolicy.h"
#include "models/ProfileStore.h"
#include "ui/common/Dialogs.h"
#include "ui/main/CaCertificatePicker.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ConnectionsDialog::ConnectionsDialog(ProfileStore* profiles, ApiKeyStore* keys, ProjectDraftStore* drafts,
                                     ProjectListCache* cache, QWidget* parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_keys(keys)
    , m_removal(keys, drafts, cache)
    , m_list(new QListWidget(this))
    , m_nameEdit(new QLineEdit(this))
    , m_urlEdit(new QLineEdit(this))
    , m_keyEdit(new QLineEdit(this))
    , m_caPicker(new CaCertificatePicker(this))
    , m_originNote(new QLabel(this))
    , m_problemLabel(new QLabel(this))
    , m_saveButton(new QPushButton(tr("&Save"), this))
    , m_removeButton(new QPushButton(tr("&Remove"), this))
    , m_connectButton(new QPushButton(tr("&Connect"), this))
{
    setObjectName(u"connectionsDialog"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Connections"));

    m_list->setObjectName(u"profileList"_s);
    m_list->setAccessibleName(tr("Connections"));
    m_nameEdit->setObjectName(u"nameEdit"_s);
    m_nameEdit->setAccessibleName(tr("Name"));
    m_nameEdit->setPlaceholderText(tr("ACME production"));
    m_urlEdit->setObjectName(u"urlEdit"_s);
    m_urlEdit->setAccessibleName(tr("Server URL"));
    m_urlEdit->setPlaceholderText(u"https://acme.attackforge.com"_s);
    m_urlEdit->setToolTip(tr("HTTPS is required; plain HTTP is accepted only for this computer (loopback)."));
    m_keyEdit->setObjectName(u"keyEdit"_s);
    m_keyEdit->setAccessibleName(tr("API key"));
    m_keyEdit->setEchoMode(QLineEdit::Password);
    m_keyEdit->setPlaceholderText(tr("Leave empty to keep the stored key"));
    m_originNote->setObjectName(u"originNote"_s);
    m_originNote->setAccessibleName(tr("New connection note"));
    m_originNote->setWordWrap(true);
    m_originNote->hide();
    m_problemLabel->setObjectName(u"problemLabel"_s);
    m_problemLabel->setAccessibleName(tr("Problem"));
    m_problemLabel->setStyleSheet(ThemeColors::textStyle(ThemeColors::Mark::Error, palette()));
    m_problemLabel->setWordWrap(true);
    m_saveButton->setObjectName(u"saveButton"_s);
    m_removeButton->setObjectName(u"removeButton"_s);
    m_connectButton->setObjectName(u"connectButton"_s);

    auto* newButton = new QPushButton(tr("&New"), this);
    newButton->setObjectName(u"newButton"_s);
    connect(newButton, &QPushButton::clicked, this, [this] {
        showProfile({});
        m_nameEdit->setFocus();
    });

    auto* form = new QFormLayout;
    form->addRow(tr("&Name"), m_nameEdit);
    form->addRow(tr("Server &URL"), m_urlEdit);
    form->addRow(tr("API &key"), m_keyEdit);
    form->addRow(tr("Private &CA"), m_caPicker);
    if (auto* caLabel = qobject_cast<QLabel*>(form->labelForField(m_caPicker)))
        caLabel->setBuddy(m_caPicker->pathEdit());
    form->addRow(QString(), m_originNote);
    form->addRow(QString(), m_problemLabel);

    auto* formButtons = new QHBoxLayout;
    formButtons->addWidget(newButton);
    formButtons->addWidget(m_removeButton);
    formButtons->addStretch();
    formButtons->addWidget(m_saveButton);
    formButtons->addWidget(m_connectButton);

    auto* right = new QVBoxLayout;
    right->addLayout(form);
    right->addStretch();
    right->addLayout(formButtons);

    auto* body = new QHBoxLayout;
    body->addWidget(m_list, 1);
    body->addLayout(right, 2);

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(close);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showProfile(m_list->item(row)->data(Qt::UserRole).toString());
    });
    connect(m_nameEdit, &QLineEdit::textChanged, this, &ConnectionsDialog::revalidate);
    connect(m_urlEdit, &QLineEdit::textChanged, this, &ConnectionsDialog::revalidate);
    connect(m_caPicker, &CaCertificatePicker::pathChanged, this, &ConnectionsDialog::revalidate);
    connect(m_saveButton, &QPushButton::clicked, this, &ConnectionsDialog::saveProfile);
    connect(m_removeButton, &QPushButton::clicked, this, &ConnectionsDialog::removeProfile);
    connect(m_connectButton, &QPushButton::clicked, this, [this] {
        saveProfile();
        Q_EMIT connectRequested(m_profiles->profile(m_currentId));
        accept();
    });

    setTabOrder(m_list, m_nameEdit);
    setTabOrder(m_nameEdit, m_urlEdit);
    setTabOrder(m_urlEdit, m_keyEdit);
    setTabOrder(m_keyEdit, m_caPicker->pathEdit());
    reloadList();
    if (m_profiles->profiles().isEmpty())
        showProfile({});
    revalidate();
    resize(760, 420);
}

void ConnectionsDialog::reloadList(const QString& selectId)
{
    m_list->clear();
    for (const ConnectionProfile& p : m_profiles->profiles()) {
        auto* item = new QListWidgetItem(p.name, m_list);
        item->setData(Qt::UserRole, p.id);
        item->setToolTip(p.baseUrl.toString());
        if (p.id == selectId)
            m_list->setCurrentItem(item);
    }
    if (selectId.isEmpty() && m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void ConnectionsDialog::showProfile(const QString& id)
{
    const ConnectionProfile p = m_profiles->profile(id);
    m_currentId = id;
    m_nameEdit->setText(p.name);
    m_urlEdit->setText(p.baseUrl.toString());
    m_keyEdit->clear();
    m_caPicker->setPath(p.caCertificatePath);
    m_removeButton->setEnabled(!id.isEmpty());
    revalidate();
}

QString ConnectionsDialog::formProblem() const
{
    if (m_nameEdit->text().trimmed().isEmpty())
        return tr("Name: give the connection a name.");
    if (QString problem = BaseUrlPolicy::problem(QUrl(m_urlEdit->text().trimmed())); !problem.isEmpty())
        return problem;
    return m_caPicker->problem();
}

bool ConnectionsDialog::changesOrigin() const
{
    const ConnectionProfile stored = m_profiles->profile(m_currentId);
    return stored.isValid() &&
           stored.origin() != ConnectionProfile::originOf(QUrl(m_urlEdit->text().trimmed()));
}

void ConnectionsDialog::revalidate()
{
    const QString problem = formProblem();
    m_problemLabel->setText(problem);
    m_saveButton->setEnabled(problem.isEmpty());
    m_connectButton->setEnabled(problem.isEmpty());
    const QUrl url(m_urlEdit->text().trimmed());
    m_caPicker->setOrigin(url.host().isEmpty() ? QString() : ConnectionProfile::originOf(url));
    // Said before saving, so that nobody expects the old key or drafts to follow the URL.
    const bool newConnection = problem.isEmpty() && changesOrigin();
    if (newConnection) {
        const ConnectionProfile stored = m_profiles->profile(m_currentId);
        m_originNote->setText(
            tr("This is another server than %1. Saving creates a new connection, which needs its own API "
               "key; “%2” stays as it was, with its key, drafts and offline list.")
                .arg(stored.baseUrl.host(), stored.name));
    }
    m_originNote->setVisible(newConnection);
    m_keyEdit->setPlaceholderText(m_currentId.isEmpty() || newConnection
                                      ? tr("Paste the Self-Service API key")
                                      : tr("Leave empty to keep the stored key"));
    m_saveButton->setText(newConnection ? tr("&Save as new") : tr("&Save"));
}

void ConnectionsDialog::saveProfile()
{
    if (!formProblem().isEmpty())
        return;
    const bool newConnection = m_currentId.isEmpty() || changesOrigin();
    ConnectionProfile p{newConnection ? ProfileStore::newId() : m_currentId, m_nameEdit->text().trimmed(),
                        QUrl(m_urlEdit->text().trimmed()), false, m_caPicker->path()};
    if (newConnection && !m_currentId.isEmpty() && p.name == m_profiles->profile(m_currentId).name)
        p.name += u" (%1)"_s.arg(p.baseUrl.host()); // two entries with one name would be confusing
    if (!m_profiles->save(p))
        return; // unreachable: a new id never clashes, an old one keeps its origin
    if (!m_keyEdit->text().isEmpty()) {
        m_keys->writeKey(p.id, m_keyEdit->text().trimmed(), this, [this](const QString& error) {
            if (!error.isEmpty())
                Dialogs::warn(this, tr("Key not stored"), error);
        });
        m_keyEdit->clear();
    }
    m_currentId = p.id;
    reloadList(p.id);
    showProfile(p.id);
}

void ConnectionsDialog::removeProfile()
{
    const QString id = m_currentId;
    const ConnectionProfile p = m_profiles->profile(id);
    if (!p.isValid())
        return;
    Dialogs::ask(this, tr("Remove connection"), m_removal.question(p), QMessageBox::Yes | QMessageBox::Cancel,
                 QMessageBox::Cancel,
                 [this, id](QMessageBox::StandardButton b) {
                     if (b != QMessageBox::Yes)
                         return;
                     const QString left = m_removal.removeData(id);
                     m_profiles->remove(id);
                     Q_EMIT profileRemoved(id);
                     reloadList();
                     if (m_profiles->profiles().isEmpty())
                         showProfile({});
                     if (!left.isEmpty())
                         Dialogs::warn(this, tr("Connection data not fully removed"), left);
                 },
                 {{QMessageBox::Yes, tr("Remove and delete")}});
}
