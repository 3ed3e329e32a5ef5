#pragma once

#include "api/ApiResult.h"
#include "models/ProjectSummary.h"

#include <QHash>
#include <QList>
#include <QPointer>

#include <functional>
#include <memory>

class PagedCall;

// The list pages of SsapiClient::fetchProjectSummaries on their way to the receiver: decoded on worker
// threads in any order, handed over in list order, in slices of at most kSliceRows rows with a turn of
// the event loop between slices (a backlog of decoded pages would otherwise be one long stall of the
// receiver's thread), and the end told after the last slice.
class SummaryPipeline : public std::enable_shared_from_this<SummaryPipeline>
{
public:
    using Batch = std::function<void(const QList<ProjectSummary>& batch)>;
    using Done = std::function<void(const ApiResult<int>& result)>;
    static constexpr int kSliceRows = 500;
    static constexpr int kMaxPagesDecoding = 2;

    // `owner` runs the slices' timers; `context` (optional) ends the pipeline when it is destroyed.
    SummaryPipeline(QObject* owner, QObject* context, Batch batch, Done done);

    void setCall(PagedCall* call);
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
    void deliverReady();
    void deliverSlice();

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
    int m_delivered = 0;
    bool m_listEnded = false;
    bool m_over = false;
};
