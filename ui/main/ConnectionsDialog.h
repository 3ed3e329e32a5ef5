#pragma once

#include "models/ConnectionProfile.h"
#include "ui/main/ConnectionRemoval.h"

#include <QDialog>

class ApiKeyStore;
class CaCertificatePicker;
class ProfileStore;
class ProjectDraftStore;
class ProjectListCache;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// Add, edit and remove connection profiles. Name, URL and CA file go to the profile store; a key typed
// here goes straight to the OS keychain and is never shown again. A URL of another origin (scheme, host,
// port) is saved as a new connection and the old one stays as it was: the old key, drafts and cached
// list belong to the old server. Removing a connection deletes its key, drafts and cache after saying so.
class ConnectionsDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectionsDialog(ProfileStore* profiles, ApiKeyStore* keys, ProjectDraftStore* drafts,
                      ProjectListCache* cache, QWidget* parent = nullptr);

Q_SIGNALS:
    void connectRequested(const ConnectionProfile& profile);
    void profileRemoved(const QString& profileId);

private:
    void reloadList(const QString& selectId = {});
    void showProfile(const QString& id);
    // Empty when the form is valid; otherwise what to fix.
    QString formProblem() const;
    // True when saving would create a new connection because the origin differs from the stored one.
    bool changesOrigin() const;
    void revalidate();
    void saveProfile();
    void removeProfile();

    ProfileStore* m_profiles;
    ApiKeyStore* m_keys;
    ConnectionRemoval m_removal;
    QListWidget* m_list;
    QLineEdit* m_nameEdit;
    QLineEdit* m_urlEdit;
    QLineEdit* m_keyEdit;
    CaCertificatePicker* m_caPicker;
    QLabel* m_originNote;
    QLabel* m_problemLabel;
    QPushButton* m_saveButton;
    QPushButton* m_removeButton;
    QPushButton* m_connectButton;
    QString m_currentId;
};
