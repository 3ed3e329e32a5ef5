#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QProcess>

#include <functional>

// Starts a process and reports, through a callback, when a marker first appears in its output —
// event-driven, so the benchmarks follow the same no-blocking rule as the application.
class ProcessProbe : public QObject
{
public:
    using Seen = std::function<void(qint64 elapsedMs, const QByteArray& line)>;

    explicit ProcessProbe(QObject* parent = nullptr)
        : QObject(parent)
    {
        connect(&m_process, &QProcess::readyReadStandardOutput, this,
                [this] { scan(m_process.readAllStandardOutput()); });
        connect(&m_process, &QProcess::readyReadStandardError, this,
                [this] { scan(m_process.readAllStandardError()); });
        connect(&m_process, &QProcess::finished, this, [this] {
            if (m_seen) {
                auto seen = std::move(m_seen);
                m_seen = nullptr;
                seen(-1, m_buffer);
            }
        });
    }
    ~ProcessProbe() override { stop(); }

    QProcess& process() { return m_process; }

    void start(const QString& program, const QStringList& args, const QByteArray& marker, Seen seen)
    {
        m_marker = marker;
        m_seen = std::move(seen);
        m_buffer.clear();
        m_timer.start();
        m_process.start(program, args);
    }
    void stop()
    {
        m_seen = nullptr;
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill(); // QProcess's destructor reaps it
        }
    }

private:
    void scan(const QByteArray& data)
    {
        m_buffer += data;
        const qsizetype at = m_buffer.indexOf(m_marker);
        if (at < 0 || !m_seen)
            return;
        const qsizetype end = m_buffer.indexOf('\n', at);
        auto seen = std::move(m_seen);
        m_seen = nullptr;
        seen(m_timer.elapsed(), m_buffer.mid(at, end < 0 ? -1 : end - at));
    }

    QProcess m_process;
    QElapsedTimer m_timer;
    QByteArray m_marker;
    QByteArray m_buffer;
    Seen m_seen;
};
