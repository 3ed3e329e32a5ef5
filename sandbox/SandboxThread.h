#pragma once

#include "sandbox/SandboxTypes.h"

#include <QObject>
#include <QThread>
#include <QUrl>

class SandboxServer;

// A SandboxServer on a thread of its own, for the GUI's --demo: seeding a large tenant, parsing
// requests and encoding pages never hold the GUI thread. started() or failed() is delivered to the
// thread that called start(). The server is destroyed on its thread when this object goes.
class SandboxThread : public QObject
{
    Q_OBJECT
public:
    explicit SandboxThread(SandboxOptions options, QObject* parent = nullptr);
    ~SandboxThread() override;

    void start();

Q_SIGNALS:
    void started(const QUrl& baseUrl);
    void failed(const QString& error);

private:
    SandboxOptions m_options;
    QThread m_thread;
    QObject* m_context; // lives on m_thread: the queue the server is made and ended on
    SandboxServer* m_server = nullptr;
};
