#pragma once

#include "models/ConnectionProfile.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QPushButton;

// Asks for a profile's API key when the keychain has none (or it was refused by the server).
class ApiKeyDialog : public QDialog
{
    Q_OBJECT
public:
    ApiKeyDialog(const ConnectionProfile& profile, const QString& reason, QWidget* parent = nullptr);

Q_SIGNALS:
    void keyEntered(const QString& key, bool remember);

private:
    QLineEdit* m_keyEdit;
    QCheckBox* m_rememberBox;
    QPushButton* m_connectButton;
};
