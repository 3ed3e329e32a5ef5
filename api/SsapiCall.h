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

Q_SIGNALS:
    void progress(int done, int total);
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
