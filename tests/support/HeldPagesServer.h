#pragma once

#include "tests/support/ScriptedHttpServer.h"

#include <QPointer>

namespace ForgeDeskTest {

// A GetProjects server that answers the first page at once and holds every later page until the test
// releases it, so a test decides the order in which answers reach the client (or that they never do).
class HeldPagesServer : public ScriptedHttpServer
{
    Q_OBJECT
public:
    HeldPagesServer(int total, int pageSize, QObject* parent = nullptr);

    // The skip of every page request, in the order they arrived.
    QList<int> skips() const;
    // Held pages whose connection is still open (an aborted page closes it).
    int heldCount() const;
    // Answers the held pages, the last one asked for first.
    void releaseInReverse();

protected:
    void answer(QTcpSocket* socket, const RecordedRequest& request) override;

private:
    struct Held
    {
        QPointer<QTcpSocket> socket;
        RecordedRequest request;
        int skip = 0;
    };

    ScriptedResponse page(int skip) const;

    QList<Held> m_held;
    int m_total;
    int m_pageSize;
};

} // namespace ForgeDeskTest
