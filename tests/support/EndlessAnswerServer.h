#pragma once

#include "tests/support/ScriptedHttpServer.h"

namespace ForgeDeskTest {

// A server whose answer is too large: either it declares a Content-Length far above any cap and then
// sends nothing more, or it streams a chunked body as fast as the client reads it until bodyLimit.
// Counts what it handed to the sockets, for the log.
class EndlessAnswerServer : public ScriptedHttpServer
{
    Q_OBJECT
public:
    enum class Mode
    {
        HugeContentLength,
        Chunked,
    };

    explicit EndlessAnswerServer(Mode mode, QObject* parent = nullptr);

    void setBodyLimit(qint64 bytes) { m_bodyLimit = bytes; }
    qint64 bodyBytesWritten() const { return m_bodyBytesWritten; }

protected:
    void answer(QTcpSocket* socket, const RecordedRequest& request) override;

private:
    void feed(QTcpSocket* socket);

    Mode m_mode;
    qint64 m_bodyLimit = 64LL * 1024 * 1024;
    qint64 m_bodyBytesWritten = 0;
};

} // namespace ForgeDeskTest
