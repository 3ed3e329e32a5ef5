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
    // The first slice goes out at once (the first page shows as soon as it is decoded); the rest wait
    // for a turn of the event loop each.
    if (!m_sliceScheduled)
        deliverSlice();
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
    }
    if (m_over)
        return; // the receiver cancelled
    if (!m_queued.isEmpty()) {
        m_sliceScheduled = true;
        QTimer::singleShot(0, m_owner, [self = shared_from_this()] {
            self->m_sliceScheduled = false;
            self->deliverSlice();
        });
        return;
    }
    if (m_listEnded && m_nextToQueue == m_nextPage)
        end(ApiResult<int>::success(m_delivered));
}
