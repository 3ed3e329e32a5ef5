#include "api/ApiKeyStore.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace {

QString entryName(const QString& profileId)
{
    return u"profile/"_s + profileId;
}

QString describe(QKeychain::Job* job)
{
    // QtKeychain's own text names the backend problem; it never contains the secret.
    if (job->error() == QKeychain::EntryNotFound)
        return QCoreApplication::translate("ApiKeyStore", "No API key is stored for this connection.");
    return QCoreApplication::translate("ApiKeyStore", "The system keychain could not be used: %1")
        .arg(job->errorString());
}

} // namespace

ApiKeyStore::ApiKeyStore(QObject* parent)
    : QObject(parent)
{}

QString ApiKeyStore::serviceName()
{
    return u"ForgeDesk"_s;
}

void ApiKeyStore::readKey(const QString& profileId, QObject* context, ReadCallback done)
{
    auto* job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setKey(entryName(profileId));
    job->setInsecureFallback(false);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [guard, done = std::move(done)](QKeychain::Job* finished) {
        if (!guard)
            return;
        auto* read = static_cast<QKeychain::ReadPasswordJob*>(finished);
        if (read->error() == QKeychain::NoError)
            done(read->textData(), {});
        else
            done({}, describe(read));
    });
    job->start();
}

void ApiKeyStore::writeKey(const QString& profileId, const QString& key, QObject* context, WriteCallback done)
{
    auto* job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setKey(entryName(profileId));
    job->setInsecureFallback(false);
    job->setTextData(key);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [guard, done = std::move(done)](QKeychain::Job* finished) {
        if (guard && done)
            done(finished->error() == QKeychain::NoError ? QString() : describe(finished));
    });
    job->start();
}

void ApiKeyStore::deleteKey(const QString& profileId)
{
    auto* job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setKey(entryName(profileId));
    job->setInsecureFallback(false);
    job->start();
}
