#pragma once

#include <QString>

// Where each connection's events stream got to: the last event timestamp, kept in QSettings under the
// connection profile's id so that the next subscription replays what was missed. A timestamp is not
// secret; the key is never stored here.
class EventsCursor
{
public:
    // `fileName` empty: the application's settings (tests pass a throw-away INI file).
    explicit EventsCursor(QString fileName = {});

    QString load(const QString& profileId) const;
    void save(const QString& profileId, const QString& timestamp);

private:
    QString m_fileName;
};
