#pragma once

#include "models/ConnectionProfile.h"

#include <QList>
#include <QObject>

// The saved connection profiles (name and base URL only) and which one was used last, in QSettings.
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    explicit ProfileStore(QObject* parent = nullptr);

    QList<ConnectionProfile> profiles() const { return m_profiles; }
    ConnectionProfile profile(const QString& id) const;
    // Adds or replaces by id; transient profiles are kept in memory only.
    void save(const ConnectionProfile& profile);
    void remove(const QString& id);
    QString lastUsedId() const;
    void setLastUsedId(const QString& id);
    static QString newId();

Q_SIGNALS:
    void profilesChanged();

private:
    void persist() const;

    QList<ConnectionProfile> m_profiles;
};
