#pragma once

#include "models/ConnectionProfile.h"

#include <QString>

class ApiKeyStore;
class ProjectDraftStore;
class ProjectListCache;

// What removing a connection deletes from this computer (its keychain entry, its drafts, its cached
// project list) and deleting it, so that no data of a removed tenant is left behind. Other
// connections' data is never touched: everything is found by the removed profile's id.
class ConnectionRemoval
{
public:
    ConnectionRemoval(ApiKeyStore* keys, ProjectDraftStore* drafts, ProjectListCache* cache);

    // The confirmation text, naming what will be deleted.
    QString question(const ConnectionProfile& profile) const;
    // Deletes the data; the profile itself is the caller's. Empty, or what could not be deleted.
    QString removeData(const QString& profileId) const;

private:
    ApiKeyStore* m_keys;
    ProjectDraftStore* m_drafts;
    ProjectListCache* m_cache;
};
