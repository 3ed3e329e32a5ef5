#pragma once

#include <QString>
#include <QUrl>

// One AttackForge tenant the user works with. The API key is not here: it lives in the OS keychain
// under the profile's id (see ApiKeyStore), so this value can be stored and logged freely.
//
// The id is bound to the origin (scheme, host, port) of `baseUrl`: the key, drafts and cached list kept
// under it belong to that server. A different origin is a different connection with a new id; only
// what keeps the origin (name, path, CA file) may change under the same id.
struct ConnectionProfile
{
    QString id;             // stable, generated; the keychain entry and drafts are keyed by it
    QString name;           // e.g. "ACME production"
    QUrl baseUrl;           // e.g. https://acme.attackforge.com
    bool transient = false; // the demo sandbox: never saved
    // A PEM file of CA certificates trusted for this origin only (on-premises tenants with a private
    // CA); empty for the system's trust store alone. A path, not a secret.
    QString caCertificatePath{};

    bool isValid() const { return !id.isEmpty() && baseUrl.isValid() && !baseUrl.host().isEmpty(); }
    bool operator==(const ConnectionProfile&) const = default;

    // "https://host:443": the scheme and host in lower case and the port, default ports spelled out.
    static QString originOf(const QUrl& url)
    {
        const QString scheme = url.scheme().toLower();
        const int port = url.port(scheme == QLatin1String("https")  ? 443
                                  : scheme == QLatin1String("http") ? 80
                                                                    : -1);
        return scheme + QLatin1String("://") + url.host(QUrl::FullyEncoded).toLower() + QLatin1Char(':') +
               QString::number(port);
    }
    QString origin() const { return originOf(baseUrl); }
};
