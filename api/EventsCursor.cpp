#include "api/EventsCursor.h"

#include <QSettings>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<QSettings> open(const QString& fileName)
{
    return fileName.isEmpty() ? std::make_unique<QSettings>()
                              : std::make_unique<QSettings>(fileName, QSettings::IniFormat);
}

QString keyFor(const QString& profileId)
{
    // Profile ids are generated, but a hand-edited one must not reach into another settings group.
    QString safe = profileId;
    safe.replace(u'/', u'_').replace(u'\\', u'_');
    return u"events/"_s + safe + u"/lastTimestamp"_s;
}

} // namespace

EventsCursor::EventsCursor(QString fileName)
    : m_fileName(std::move(fileName))
{}

QString EventsCursor::load(const QString& profileId) const
{
    if (profileId.isEmpty())
        return {};
    return open(m_fileName)->value(keyFor(profileId)).toString();
}

void EventsCursor::save(const QString& profileId, const QString& timestamp)
{
    if (profileId.isEmpty())
        return;
    open(m_fileName)->setValue(keyFor(profileId), timestamp);
}
