#include "ui/main/ConnectionRemoval.h"

#include "api/ApiKeyStore.h"
#include "models/ProjectDraftStore.h"
#include "models/ProjectListCache.h"

#include <QCoreApplication>
#include <QDir>
#include <QStringList>

using namespace Qt::StringLiterals;

ConnectionRemoval::ConnectionRemoval(ApiKeyStore* keys, ProjectDraftStore* drafts, ProjectListCache* cache)
    : m_keys(keys)
    , m_drafts(drafts)
    , m_cache(cache)
{}

QString ConnectionRemoval::question(const ConnectionProfile& profile) const
{
    QStringList items{
        QCoreApplication::translate("ConnectionRemoval", "• its stored API key (system keychain)")};
    const int drafts = m_drafts ? m_drafts->count(profile.id) : 0;
    if (drafts > 0)
        items.append(u"• %1 (%2)"_s.arg(
            drafts == 1 ? QCoreApplication::translate("ConnectionRemoval", "1 draft of unsaved changes")
                        : QCoreApplication::translate("ConnectionRemoval", "%n drafts of unsaved changes",
                                                      nullptr, drafts),
            QDir::toNativeSeparators(m_drafts->profileDirectory(profile.id))));
    if (m_cache && m_cache->contains(profile.id))
        items.append(
            QCoreApplication::translate("ConnectionRemoval", "• the offline copy of its project list (%1)")
                .arg(QDir::toNativeSeparators(m_cache->fileFor(profile.id))));
    return QCoreApplication::translate(
               "ConnectionRemoval",
               "Remove “%1” (%2)?\n\nThis deletes from this computer:\n%3\n\nProjects on the server are not "
               "changed.")
        .arg(profile.name, profile.baseUrl.toString(), items.join(u'\n'));
}

QString ConnectionRemoval::removeData(const QString& profileId) const
{
    QStringList left;
    if (m_keys)
        m_keys->deleteKey(profileId);
    if (m_drafts && !m_drafts->removeProfile(profileId))
        left.append(QDir::toNativeSeparators(m_drafts->profileDirectory(profileId)));
    if (m_cache && !m_cache->remove(profileId))
        left.append(QDir::toNativeSeparators(m_cache->fileFor(profileId)));
    return left.isEmpty()
               ? QString()
               : QCoreApplication::translate("ConnectionRemoval", "These could not be deleted:\n") +
                     left.join(u'\n');
}
