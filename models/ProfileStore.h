#pragma once

#include "models/ConnectionProfile.h"

#include <QList>
#include <QObject>

// The saved connection profiles (name, base URL, CA file path; never a key) and which one was used
// last, in QSettings.
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    explicit ProfileStore(QObject* parent = nullptr);

    QList<ConnectionProfile> profiles() const { return m_profiles; }
    ConnectionProfile profile(const QString& id) const;
    // Adds or replaces by id; transient profiles are kept in memory only. Refuses (false, nothing
    // changed) to move an id to another origin: the key and data under that id belong to the old
    // server, so another origin needs a new profile (newId()).
    bool save(const ConnectionProfile& profile);
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
