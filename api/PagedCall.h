#pragma once

#include "api/ApiError.h"
#include "api/SsapiCall.h"
#include "api/SsapiRequest.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSet>

#include <algorithm>
#include <functional>

// Hard limits of one paged fetch, whatever the server says: a server that ignores `skip` and always
// has "more" must end in an error, not in endless requests and a process of gigabytes.
struct PagingLimits
{
    int maxPages = 1000;
    qint64 maxBytes = 512LL * 1024 * 1024; // all pages' bodies together
};

// Fetches every page of a skip/limit list endpoint until `count` records have arrived or a short page
// ends the list (the server has the last word, not an early count). The first page is asked for alone;
// once it has told `count`, up to `concurrency` of the other pages are in flight at once, and answers
// that come back out of order wait until the pages before them are in, so pages are handled (checked,
// handed over, counted) strictly in list order. Without a count, pages are asked for one after another.
// Each page is one request with the GET retry rules of its own, so a failed page is retried alone.
// It ends with an error when a page brings nothing but records already received (identified by
// `idKey`; repeated ones are dropped), or at the page or byte limit; an end for any reason cancels
// every page still in flight.
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
    void setIdKey(QString idKey) { m_idKey = std::move(idKey); }
    void setLimits(const PagingLimits& limits) { m_limits = limits; }
    // Pages in flight at once once `count` is known (1: one after another).
    void setConcurrency(int pages) { m_concurrency = std::max(1, pages); }
    // Lets the page sink's consumer hold back further requests while it falls behind (pages already
    // in flight still arrive); resume() when it has caught up. Memory then stays bounded by the window.
    void setMayRequest(std::function<bool()> mayRequest) { m_mayRequest = std::move(mayRequest); }
    void resume() { fillWindow(); }
    qint64 bytesReceived() const override { return m_bytes; }
    void start();
    void cancel() override;

private:
    struct Arrived
    {
        QJsonDocument doc;
        ApiError error;
        qint64 bytes = 0;
    };
    void request(int page, int skip);
    void fillWindow();
    void onArrived(int page, const Arrived& arrived);
    // Handles the arrived pages that are next in list order.
    void drain();
    // False when the fetch ended on this page.
    bool onPage(const QJsonDocument& doc, const ApiError& error, qint64 bytes);
    void cancelInFlight();
    // The page without records already received; `fresh` tells whether anything was new.
    QJsonArray withoutRepeats(const QJsonArray& page, bool* fresh);
    void finish(const ApiError& error);

    PageRequest m_pageRequest;
    QString m_listKey;
    int m_pageSize;
    Runner m_runner;
    Completion m_completion;
    QJsonArray m_records;
    PageSink m_pageSink;
    std::function<bool()> m_mayRequest;
    QString m_idKey;
    PagingLimits m_limits;
    QSet<QString> m_seenIds;
    int m_received = 0; // records the server sent, repeats included: the next `skip`
    int m_pages = 0;
    qint64 m_bytes = 0;
    int m_concurrency = 1;
    int m_total = -1;        // `count`, once a page told it
    int m_plannedPages = -1; // pages of `count`, once known
    int m_nextToRequest = 1; // page index
    int m_nextToHandle = 0;  // page index
    QHash<int, QPointer<SsapiCall>> m_inFlight;
    QHash<int, Arrived> m_arrived; // out of order, waiting for the pages before them
    bool m_cancelled = false;
};
