#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

// The API keys, one per connection profile, in the OS keychain through QtKeychain. Asynchronous like
// every keychain call; the insecure plain-file fallback stays off. Keys never leave this class except to
// the callback that asked for them.
class ApiKeyStore : public QObject
{
    Q_OBJECT
public:
    using ReadCallback = std::function<void(const QString& key, const QString& error)>;
    using WriteCallback = std::function<void(const QString& error)>;

    explicit ApiKeyStore(QObject* parent = nullptr);

    // `key` is empty and `error` set when there is no key or the keychain is unavailable.
    void readKey(const QString& profileId, QObject* context, ReadCallback done);
    void writeKey(const QString& profileId, const QString& key, QObject* context, WriteCallback done);
    void deleteKey(const QString& profileId);

    static QString serviceName();
};
