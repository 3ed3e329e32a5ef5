#include "HeldPagesServer.h"

#include "tests/support/ProjectJson.h"

#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace ForgeDeskTest {

namespace {

int skipOf(const RecordedRequest& request)
{
    return request.query.queryItemValue(u"skip"_s).toInt();
}

bool isOpen(const QPointer<QTcpSocket>& socket)
{
    return socket && socket->state() != QAbstractSocket::UnconnectedState;
}

} // namespace

HeldPagesServer::HeldPagesServer(int total, int pageSize, QObject* parent)
    : ScriptedHttpServer(parent)
    , m_total(total)
    , m_pageSize(pageSize)
{}

QList<int> HeldPagesServer::skips() const
{
    QList<int> out;
    for (const RecordedRequest& r : requests())
        out.append(skipOf(r));
    return out;
}

int HeldPagesServer::heldCount() const
{
    return int(std::count_if(m_held.cbegin(), m_held.cend(), [](const Held& h) { return isOpen(h.socket); }));
}

void HeldPagesServer::releaseInReverse()
{
    const QList<Held> held = std::exchange(m_held, {});
    for (auto it = held.crbegin(); it != held.crend(); ++it) {
        if (isOpen(it->socket))
            write(it->socket, it->request, page(it->skip));
    }
}

void HeldPagesServer::answer(QTcpSocket* socket, const RecordedRequest& request)
{
    const int skip = skipOf(request);
    if (skip == 0)
        write(socket, request, page(skip));
    else
        m_held.append({socket, request, skip});
}

ScriptedResponse HeldPagesServer::page(int skip) const
{
    const int rows = std::max(0, std::min(m_pageSize, m_total - skip));
    return ScriptedResponse::json(200, {{u"count"_s, m_total}, {u"projects"_s, namedProjects(skip, rows)}});
}

} // namespace ForgeDeskTest
