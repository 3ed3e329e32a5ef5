#include "api/PagedCall.h"

#include <QJsonDocument>
#include <QJsonObject>

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
    fetchNext();
}

void PagedCall::fetchNext()
{
    m_current = m_runner(m_pageRequest(m_received, m_pageSize),
                         [this](const QJsonDocument& doc, const ApiError& error) {
                             // The call is still alive while it reports, so its size can be read.
                             const qint64 bytes = m_current ? m_current->bytesReceived() : 0;
                             m_current = nullptr;
                             onPage(doc, error, bytes);
                         });
}

void PagedCall::onPage(const QJsonDocument& doc, const ApiError& error, qint64 bytes)
{
    if (m_cancelled) {
        finish(ApiError(ApiError::Category::Cancelled, u"Cancelled."_s));
        return;
    }
    if (error.isError()) {
        finish(error);
        return;
    }
    ++m_pages;
    m_bytes += bytes;
    const QJsonValue list = doc.object().value(m_listKey);
    if (!list.isArray()) {
        finish(ApiError(ApiError::Category::BadResponse, u"the answer has no “%1” list"_s.arg(m_listKey)));
        return;
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
        return;
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
    Q_EMIT progress(m_received, std::max(total, m_received));
    const bool shortPage = sent.size() < m_pageSize;
    const bool reachedCount = total >= 0 && m_received >= total; // the next skip would pass count
    if (shortPage || reachedCount || sent.isEmpty()) {
        finish({});
        return;
    }
    if (m_pages >= m_limits.maxPages) {
        finish(ApiError(ApiError::Category::BadResponse,
                        u"the list did not end after %1 pages (%2 records); stopped there"_s.arg(m_pages).arg(
                            m_received)));
        return;
    }
    if (m_bytes >= m_limits.maxBytes) {
        const QString size = m_bytes >= 1024 * 1024 ? u"%1 MiB"_s.arg(m_bytes / (1024 * 1024))
                                                    : u"%1 KiB"_s.arg(m_bytes / 1024);
        finish(
            ApiError(ApiError::Category::BadResponse,
                     u"the list did not end after %1 in %2 pages; stopped there"_s.arg(size).arg(m_pages)));
        return;
    }
    fetchNext();
}

QJsonArray PagedCall::withoutRepeats(const QJsonArray& page, bool* fresh)
{
    if (m_idKey.isEmpty()) {
        *fresh = true;
        return page;
    }
    QJsonArray kept;
    bool anyNew = page.isEmpty();
    for (const QJsonValue& v : page) {
        const QString id = v.toObject().value(m_idKey).toString();
        if (id.isEmpty()) { // cannot tell: kept, and the page-and-byte limits remain
            kept.append(v);
            anyNew = true;
            continue;
        }
        if (m_seenIds.contains(id))
            continue;
        m_seenIds.insert(id);
        kept.append(v);
        anyNew = true;
    }
    *fresh = anyNew;
    return kept;
}

void PagedCall::cancel()
{
    if (isFinished() || m_cancelled)
        return;
    m_cancelled = true;
    if (m_current)
        m_current->cancel();
    else
        finish(ApiError(ApiError::Category::Cancelled, u"Cancelled."_s));
}

void PagedCall::finish(const ApiError& error)
{
    if (isFinished())
        return;
    if (m_completion)
        m_completion(m_records, error);
    markFinished();
}
