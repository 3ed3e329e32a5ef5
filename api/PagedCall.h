#pragma once

#include "api/ApiError.h"
#include "api/SsapiCall.h"
#include "api/SsapiRequest.h"

#include <QJsonArray>
#include <QPointer>

#include <functional>

// Fetches every page of a skip/limit list endpoint, one request after another, until `count` records
// have arrived or a short page ends the list (the server has the last word, not an early count).
class PagedCall : public SsapiCall
{
    Q_OBJECT
public:
    using PageRequest = std::function<SsapiRequest(int skip, int limit)>;
    using Runner = std::function<SsapiCall*(const SsapiRequest&,
                                            std::function<void(const QJsonDocument&, const ApiError&)>)>;
    // With a page sink, each page is handed over as it arrives (so decoding is spread over the fetch
    // instead of happening in one long step at the end) and the completion gets an empty array.
    using PageSink = std::function<void(const QJsonArray& page)>;
    using Completion = std::function<void(const QJsonArray& records, const ApiError& error)>;

    PagedCall(PageRequest pageRequest, QString listKey, int pageSize, Runner runner, Completion completion,
              QObject* parent = nullptr);

    void setPageSink(PageSink sink) { m_pageSink = std::move(sink); }
    void start();
    void cancel() override;

private:
    void fetchNext();
    void finish(const ApiError& error);

    PageRequest m_pageRequest;
    QString m_listKey;
    int m_pageSize;
    Runner m_runner;
    Completion m_completion;
    QJsonArray m_records;
    PageSink m_pageSink;
    int m_received = 0;
    QPointer<SsapiCall> m_current;
    bool m_cancelled = false;
};
