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
    const int skip = m_received;
    m_current =
        m_runner(m_pageRequest(skip, m_pageSize), [this](const QJsonDocument& doc, const ApiError& error) {
            m_current = nullptr;
            if (m_cancelled) {
                finish(ApiError(ApiError::Category::Cancelled, u"Cancelled."_s));
                return;
            }
            if (error.isError()) {
                finish(error);
                return;
            }
            const QJsonValue list = doc.object().value(m_listKey);
            if (!list.isArray()) {
                finish(ApiError(ApiError::Category::BadResponse,
                                u"the answer has no “%1” list"_s.arg(m_listKey)));
                return;
            }
            const QJsonArray page = list.toArray();
            m_received += int(page.size());
            if (m_pageSink) {
                m_pageSink(page);
            } else {
                for (const QJsonValue& v : page)
                    m_records.append(v);
            }
            const QJsonValue countValue = doc.object().value(u"count"_s);
            const int total = countValue.isDouble() ? countValue.toInt() : -1;
            Q_EMIT progress(m_received, std::max(total, m_received));
            const bool shortPage = page.size() < m_pageSize;
            const bool reachedCount = total >= 0 && m_received >= total;
            if (shortPage || reachedCount || page.isEmpty()) {
                finish({});
                return;
            }
            fetchNext();
        });
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
