#include "api/SummaryPipeline.h"

#include "api/PagedCall.h"

#include <QTimer>

SummaryPipeline::SummaryPipeline(QObject* owner, QObject* context, Batch batch, Done done)
    : m_owner(owner)
    , m_context(context)
    , m_hadContext(context != nullptr)
    , m_batch(std::move(batch))
    , m_done(std::move(done))
{}

void SummaryPipeline::setCall(PagedCall* call)
{
    m_call = call;
}

int SummaryPipeline::pageStarted()
{
    ++m_decoding;
    return m_nextPage++;
}

void SummaryPipeline::pageDecoded(int page, QList<ProjectSummary> rows)
{
    --m_decoding;
    if (m_over)
        return;
    m_decoded.emplace(page, std::move(rows));
    deliverReady();
    if (m_call && !m_over)
        m_call->resume();
}

void SummaryPipeline::listEnded()
{
    m_listEnded = true;
    deliverReady();
}

void SummaryPipeline::fail(const ApiError& error)
{
    end(ApiResult<int>::failure(error));
}

void SummaryPipeline::end(const ApiResult<int>& result)
{
    if (m_over)
        return;
    m_over = true;
    m_decoded.clear();
    m_queued.clear();
    if (!contextGone() && m_done)
        m_done(result);
}

void SummaryPipeline::deliverReady()
{
    while (!m_over) {
        const auto it = m_decoded.find(m_nextToQueue);
        if (it == m_decoded.end())
            break;
        if (m_queued.isEmpty())
            m_queued = std::move(it.value()); // takes the page's buffer, no copy
        else
            m_queued.append(std::move(it.value()));
        m_decoded.erase(it);
        ++m_nextToQueue;
    }
    if (m_sliceScheduled) {
        // Every page is in: the rest need not wait for the interval.
        if (allPagesIn() && m_scheduledDelayMs > 0)
            scheduleSlice(0);
        return;
    }
    if (!m_sinceSlice.isValid()) {
        deliverSlice(); // the first page shows as soon as it is decoded
        return;
    }
    const int wait = allPagesIn() ? 0 : int(m_sliceIntervalMs - m_sinceSlice.elapsed());
    if (wait <= 0 || m_queued.isEmpty())
        deliverSlice(); // with nothing queued, this only tells the end if it has come
    else
        scheduleSlice(wait);
}

void SummaryPipeline::scheduleSlice(int delayMs)
{
    m_sliceScheduled = true;
    m_scheduledDelayMs = delayMs;
    const int generation = ++m_sliceGeneration;
    QTimer::singleShot(delayMs, m_owner, [self = shared_from_this(), generation] {
        if (generation != self->m_sliceGeneration)
            return;
        self->m_sliceScheduled = false;
        self->deliverSlice();
    });
}

void SummaryPipeline::deliverSlice()
{
    if (m_over)
        return;
    if (contextGone()) {
        m_over = true;
        return;
    }
    if (!m_queued.isEmpty()) {
        QList<ProjectSummary> slice;
        if (m_queued.size() <= kSliceRows) {
            slice = std::exchange(m_queued, {});
        } else {
            slice = m_queued.first(kSliceRows);
            m_queued.remove(0, kSliceRows);
        }
        m_delivered += int(slice.size());
        if (m_batch)
            m_batch(slice);
        m_sinceSlice.start(); // the interval is the receiver's free time, not counting its work
    }
    if (m_over)
        return; // the receiver cancelled
    if (!m_queued.isEmpty()) {
        scheduleSlice(allPagesIn() ? 0 : m_sliceIntervalMs);
        return;
    }
    if (allPagesIn())
        end(ApiResult<int>::success(m_delivered));
}
