#pragma once

#include <QByteArray>
#include <QIODevice>

// The body of a request that must reach the server at most once (the retest POST). Qt's HTTP stack
// silently resends a request whose connection closed before any answer, even a POST; it can only do
// that by rewinding the upload. This device is sequential and refuses to rewind, so such a resend
// fails the reply (ContentReSendError) instead of requesting a second retest round.
class OneShotUpload : public QIODevice
{
    Q_OBJECT
public:
    explicit OneShotUpload(QByteArray data, QObject* parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool reset() override { return false; }
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};
