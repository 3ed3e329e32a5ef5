#include "models/ProfileStore.h"

#include <QSettings>
#include <QUuid>

using namespace Qt::StringLiterals;

ProfileStore::ProfileStore(QObject* parent)
    : QObject(parent)
{
    QSettings settings;
    const int count = settings.beginReadArray(u"profiles"_s);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        ConnectionProfile p{settings.value(u"id"_s).toString(), settings.value(u"name"_s).toString(),
                            QUrl(settings.value(u"baseUrl"_s).toString()), false,
                            settings.value(u"caCertificateFile"_s).toString()};
        if (p.isValid())
            m_profiles.append(p);
    }
    settings.endArray();
}

ConnectionProfile ProfileStore::profile(const QString& id) const
{
    for (const ConnectionProfile& p : m_profiles) {
        if (p.id == id)
            return p;
    }
    return {};
}

bool ProfileStore::save(const ConnectionProfile& profile)
{
    auto it = std::find_if(m_profiles.begin(), m_profiles.end(),
                           [&profile](const ConnectionProfile& p) { return p.id == profile.id; });
    if (it != m_profiles.end()) {
        if (it->origin() != profile.origin())
            return false;
        *it = profile;
    } else {
        m_profiles.append(profile);
    }
    persist();
    Q_EMIT profilesChanged();
    return true;
}

void ProfileStore::remove(const QString& id)
{
    m_profiles.removeIf([&id](const ConnectionProfile& p) { return p.id == id; });
    persist();
    Q_EMIT profilesChanged();
}

QString ProfileStore::lastUsedId() const
{
    return QSettings().value(u"lastProfile"_s).toString();
}

void ProfileStore::setLastUsedId(const QString& id)
{
    if (!profile(id).transient)
        QSettings().setValue(u"lastProfile"_s, id);
}

QString ProfileStore::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void ProfileStore::persist() const
{
    QSettings settings;
    settings.beginWriteArray(u"profiles"_s);
    int i = 0;
    for (const ConnectionProfile& p : m_profiles) {
        if (p.transient)
            continue;
        settings.setArrayIndex(i++);
        settings.setValue(u"id"_s, p.id);
        settings.setValue(u"name"_s, p.name);
        settings.setValue(u"baseUrl"_s, p.baseUrl.toString());
        settings.setValue(u"caCertificateFile"_s, p.caCertificatePath);
    }
    settings.endArray();
}
