#pragma once

#include <QObject>

// The handle of one running SSAPI operation (a request with its retries, or a paged fetch): lets the
// caller cancel it and follow its progress. It deletes itself after finished().
class SsapiCall : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Ends the operation with a Cancelled error (the callback still runs, so callers can tidy up).
    virtual void cancel() = 0;
    bool isFinished() const { return m_finished; }
    // Bytes of answers taken in so far (bodies, after decompression); read it up to finished().
    virtual qint64 bytesReceived() const { return 0; }

Q_SIGNALS:
    void pageReceived(int done, int total);
    // A failed attempt will be tried again after `delayMs`; nothing is in flight meanwhile.
    void retryScheduled(int attempt, int delayMs);
    void finished();

protected:
    void markFinished()
    {
        m_finished = true;
        Q_EMIT finished();
        deleteLater();
    }

private:
    bool m_finished = false;
};
