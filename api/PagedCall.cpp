#include "api/PagedCall.h"

#include "models/BackgroundPool.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

using namespace Qt::StringLiterals;

PagedCall::PagedCall(PageRequest pageRequest, QString listKey, int pageSize, Runner runner,
                     Completion completion, QObject* parent)
    : SsapiCall(parent)
    , m_pageRequest(std::move(pageRequest))
    , m_listKey(std::move(listKey))
    , m_pageSize(pageSize)
    , m_runner(std::move(runner))
    , m_completion(std::move(completion))
{}

void PagedCall::start()
{
    request(0, 0);
}

void PagedCall::request(int page, int skip)
{
    // The callback may run before the runner returns (a request refused before sending).
    auto call = std::make_shared<QPointer<SsapiCall>>();
    SsapiCall* started = m_runner(m_pageRequest(skip, m_pageSize),
                                  [this, page, call](const QJsonDocument& doc, const ApiError& error) {
                                      // The call is still alive while it reports, so its size can be read.
                                      const qint64 bytes = *call ? (*call)->bytesReceived() : 0;
                                      m_inFlight.remove(page);
                                      onArrived(page, {doc, error, bytes});
                                  });
    *call = started;
    if (started && !started->isFinished())
        m_inFlight.insert(page, started);
}

void PagedCall::fillWindow()
{
    if (isFinished() || m_cancelled || (m_mayRequest && !m_mayRequest()))
        return;
    if (m_plannedPages < 0) {
        // No count: one page after another, each starting where the server's records ended.
        if (m_nextToRequest == m_nextToHandle && !m_inFlight.contains(m_nextToRequest))
            request(m_nextToRequest++, m_received);
        return;
    }
    while (m_nextToRequest < m_plannedPages && m_nextToRequest - m_nextToHandle < m_concurrency) {
        const int page = m_nextToRequest++;
        request(page, page * m_pageSize);
    }
}

void PagedCall::onArrived(int page, const Arrived& arrived)
{
    if (isFinished())
        return;
    if (m_cancelled) {
        finish(ApiError(ApiError::Category::Cancelled, u"Cancelled."_s));
        return;
    }
    m_arrived.insert(page, arrived);
    drain();
}

void PagedCall::drain()
{
    while (!isFinished()) {
        const auto it = m_arrived.find(m_nextToHandle);
        if (it == m_arrived.end())
            break;
        const Arrived arrived = it.value();
        m_arrived.erase(it);
        ++m_nextToHandle;
        if (!onPage(arrived.doc, arrived.error, arrived.bytes))
            return;
    }
    fillWindow();
}

bool PagedCall::onPage(const QJsonDocument& doc, const ApiError& error, qint64 bytes)
{
    if (error.isError()) {
        finish(error);
        return false;
    }
    ++m_pages;
    m_bytes += bytes;
    const QJsonValue list = doc.object().value(m_listKey);
    if (!list.isArray()) {
        finish(ApiError(ApiError::Category::BadResponse, u"the answer has no “%1” list"_s.arg(m_listKey)));
        return false;
    }
    const QJsonArray sent = list.toArray();
    bool fresh = true;
    const QJsonArray page = withoutRepeats(sent, &fresh);
    if (!fresh) {
        finish(ApiError(
            ApiError::Category::BadResponse,
            u"page %1 of the list repeats records already received, so the server does not page through it (%2 received so far)"_s
                .arg(m_pages)
                .arg(m_received)));
        return false;
    }
    m_received += int(sent.size());
    if (m_pageSink) {
        m_pageSink(page);
    } else {
        for (const QJsonValue& v : page)
            m_records.append(v);
    }
    const QJsonValue countValue = doc.object().value(u"count"_s);
    const int total = countValue.isDouble() ? countValue.toInt() : -1;
    if (m_total < 0 && total >= 0 && m_pages == 1 && sent.size() == m_pageSize) {
        // The first full page told the count: the other pages can be asked for side by side.
        m_total = total;
        m_plannedPages = int((qint64(total) + m_pageSize - 1) / m_pageSize);
    }
    Q_EMIT pageReceived(m_received, std::max(total, m_received));
    const bool shortPage = sent.size() < m_pageSize;
    const bool reachedCount = total >= 0 && m_received >= total; // the next skip would pass count
    if (shortPage || reachedCount || sent.isEmpty()) {
        finish({});
        return false;
    }
    if (m_plannedPages >= 0 && m_nextToHandle >= m_plannedPages) {
        finish({}); // every page of the first count is in; a count that grew meanwhile is not chased
        return false;
    }
    if (m_pages >= m_limits.maxPages) {
        finish(ApiError(ApiError::Category::BadResponse,
                        u"the list did not end after %1 pages (%2 records); stopped there"_s.arg(m_pages).arg(
                            m_received)));
        return false;
    }
    if (m_bytes >= m_limits.maxBytes) {
        const QString size = m_bytes >= 1024 * 1024 ? u"%1 MiB"_s.arg(m_bytes / (1024 * 1024))
                                                    : u"%1 KiB"_s.arg(m_bytes / 1024);
        finish(
            ApiError(ApiError::Category::BadResponse,
                     u"the list did not end after %1 in %2 pages; stopped there"_s.arg(size).arg(m_pages)));
        return false;
    }
    return true;
}

QJsonArray PagedCall::withoutRepeats(const QJsonArray& page, bool* fresh)
{
    if (m_idKey.isEmpty()) {
        *fresh = true;
        return page;
    }
    // Runs on the GUI thread for every page: one hash insert per record, and the page itself returned
    // (no copy) unless it repeats something.
    QJsonArray kept;
    bool repeats = false;
    bool anyNew = page.isEmpty();
    for (qsizetype i = 0; i < page.size(); ++i) {
        const QString id = page.at(i).toObject().value(m_idKey).toString();
        const qsizetype seen = m_seenIds.size();
        // An empty id cannot be told apart: kept, and the page-and-byte limits remain.
        const bool isNew = id.isEmpty() || (m_seenIds.insert(id), m_seenIds.size() > seen);
        if (isNew)
            anyNew = true;
        if (!isNew && !repeats) { // the first repeat: the records before it are kept
            repeats = true;
            for (qsizetype j = 0; j < i; ++j)
                kept.append(page.at(j));
        } else if (isNew && repeats) {
            kept.append(page.at(i));
        }
    }
    *fresh = anyNew;
    return repeats ? kept : page;
}

void PagedCall::cancel()
{
    if (isFinished() || m_cancelled)
        return;
    m_cancelled = true;
    if (m_inFlight.isEmpty())
        finish(ApiError(ApiError::Category::Cancelled, u"Cancelled."_s));
    else
        cancelInFlight(); // the first to report ends the fetch as Cancelled
    if (!isFinished())
        finish(ApiError(ApiError::Category::Cancelled, u"Cancelled."_s));
}

void PagedCall::cancelInFlight()
{
    const QList<QPointer<SsapiCall>> calls = m_inFlight.values();
    m_inFlight.clear();
    for (const QPointer<SsapiCall>& call : calls) {
        if (call)
            call->cancel();
    }
}

void PagedCall::finish(const ApiError& error)
{
    if (isFinished())
        return;
    m_arrived.clear();
    BackgroundPool::release(std::exchange(m_seenIds, {})); // 100,000 ids: about 30 ms to free
    if (m_completion)
        m_completion(m_records, error);
    markFinished();
    // Nothing in flight may outlive the fetch: their answers would be for nobody, and the server
    // should see no request after the end.
    cancelInFlight();
}
