#pragma once

#include "api/ApiResult.h"
#include "models/ProjectSummary.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QPointer>

#include <functional>
#include <memory>

class PagedCall;

// The list pages of SsapiClient::fetchProjectSummaries on their way to the receiver: decoded on worker
// threads in any order, handed over in list order, in slices of at most kSliceRows rows, and the end
// told after the last slice. The first slice goes out at once; while pages still come, the next waits
// until kSliceIntervalMs have passed since the last (each slice costs its receiver a merge and a
// repaint whatever its size, so ten a second keep the GUI thread free between them: 100,000 rows
// paced so had 28-37 gaps over 16 ms against 41-51 at one 500-row slice per page); once every page is
// in, one slice per turn of the event loop (a backlog would otherwise be one long stall).
class SummaryPipeline : public std::enable_shared_from_this<SummaryPipeline>
{
public:
    using Batch = std::function<void(const QList<ProjectSummary>& batch)>;
    using Done = std::function<void(const ApiResult<int>& result)>;
    static constexpr int kSliceRows = 1000;
    static constexpr int kSliceIntervalMs = 100;
    static constexpr int kMaxPagesDecoding = 2;

    // `owner` runs the slices' timers; `context` (optional) ends the pipeline when it is destroyed.
    SummaryPipeline(QObject* owner, QObject* context, Batch batch, Done done);

    void setCall(PagedCall* call);
    // For tests: the pause between slices while pages come.
    void setSliceInterval(int ms) { m_sliceIntervalMs = ms; }
    // Whether another page may be requested: parsed pages wait for a decoder no longer than two at a
    // time, or a fast server would have the whole tenant parsed in memory before the decoders catch up.
    bool mayRequest() const { return m_decoding < kMaxPagesDecoding; }
    // A page handed to a worker; its number in list order.
    int pageStarted();
    void pageDecoded(int page, QList<ProjectSummary> rows);
    void listEnded();
    void fail(const ApiError& error);

private:
    bool contextGone() const { return m_hadContext && !m_context; }
    void end(const ApiResult<int>& result);
    bool allPagesIn() const { return m_listEnded && m_nextToQueue == m_nextPage; }
    void deliverReady();
    void deliverSlice();
    void scheduleSlice(int delayMs);

    QObject* m_owner;
    QPointer<QObject> m_context;
    bool m_hadContext;
    Batch m_batch;
    Done m_done;
    QPointer<PagedCall> m_call;
    int m_nextPage = 0;
    int m_nextToQueue = 0;
    int m_decoding = 0; // pages handed to a worker and not back yet
    QHash<int, QList<ProjectSummary>> m_decoded;
    QList<ProjectSummary> m_queued; // in list order, not yet handed over
    bool m_sliceScheduled = false;
    int m_scheduledDelayMs = 0;
    int m_sliceGeneration = 0; // a slice brought forward leaves the timer set before it to lapse
    int m_sliceIntervalMs = kSliceIntervalMs;
    QElapsedTimer m_sinceSlice;
    int m_delivered = 0;
    bool m_listEnded = false;
    bool m_over = false;
};
