#pragma once

#include "models/ConnectionProfile.h"

#include <QDialog>

class ApiKeyStore;
class ProfileStore;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// Add, edit and remove connection profiles. Name and URL go to the profile store; a key typed here
// goes straight to the OS keychain and is never shown again.
class ConnectionsDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectionsDialog(ProfileStore* profiles, ApiKeyStore* keys, QWidget* parent = nullptr);

Q_SIGNALS:
    void connectRequested(const ConnectionProfile& profile);

private:
    void reloadList(const QString& selectId = {});
    void showProfile(const QString& id);
    // Empty when the form is valid; otherwise what to fix.
    QString formProblem() const;
    void saveProfile();
    void removeProfile();

    ProfileStore* m_profiles;
    ApiKeyStore* m_keys;
    QListWidget* m_list;
    QLineEdit* m_nameEdit;
    QLineEdit* m_urlEdit;
    QLineEdit* m_keyEdit;
    QLabel* m_problemLabel;
    QPushButton* m_saveButton;
    QPushButton* m_removeButton;
    QPushButton* m_connectButton;
    QString m_currentId;
};
