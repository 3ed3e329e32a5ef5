#pragma once

#include <QString>
#include <QUrl>

// One AttackForge tenant the user works with. The API key is not here: it lives in the OS keychain
// under the profile's id (see ApiKeyStore), so this value can be stored and logged freely.
struct ConnectionProfile
{
    QString id;             // stable, generated; the keychain entry and drafts are keyed by it
    QString name;           // e.g. "ACME production"
    QUrl baseUrl;           // e.g. https://acme.attackforge.com
    bool transient = false; // the demo sandbox: never saved

    bool isValid() const { return !id.isEmpty() && baseUrl.isValid() && !baseUrl.host().isEmpty(); }
    bool operator==(const ConnectionProfile&) const = default;
};
