#include "sandbox/SandboxThread.h"

#include "sandbox/SandboxServer.h"

using namespace Qt::StringLiterals;

SandboxThread::SandboxThread(SandboxOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_context(new QObject)
{
    m_thread.setObjectName(u"sandbox"_s);
    m_context->moveToThread(&m_thread);
}

SandboxThread::~SandboxThread()
{
    if (m_thread.isRunning()) {
        // At exit only: the server's sockets and timers belong to its thread, so it ends there.
        QMetaObject::invokeMethod(
            m_context,
            [this] {
                delete m_server;
                m_server = nullptr;
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    delete m_context;
}

void SandboxThread::start()
{
    m_thread.start();
    QMetaObject::invokeMethod(m_context, [this] {
        m_server = new SandboxServer(m_options);
        if (m_server->listen(0))
            Q_EMIT started(m_server->baseUrl()); // queued to the receivers' thread
        else
            Q_EMIT failed(m_server->errorString());
    });
}
