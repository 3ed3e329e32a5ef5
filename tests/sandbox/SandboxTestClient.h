#pragma once

#include "sandbox/SandboxServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>

// A blocking-in-tests HTTP helper against a SandboxServer: one request, the whole answer. Tests use
// QSignalSpy::wait, never the GUI thread rules, because they only drive the network.
struct SandboxReply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QJsonObject json;
    bool isJsonObject = false;
    bool finished = false;

    QJsonArray details() const
    {
        return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("details")).toArray();
    }
    QStringList detailPaths() const
    {
        QStringList paths;
        for (const QJsonValue& d : details())
            paths.append(d.toObject().value(QStringLiteral("path")).toString());
        return paths;
    }
};

class SandboxTestClient
{
public:
    explicit SandboxTestClient(const QUrl& base, const QByteArray& key)
        : m_base(base)
        , m_key(key)
    {}

    void setKey(const QByteArray& key) { m_key = key; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    SandboxReply send(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body = {},
                      int waitMs = 10000)
    {
        QUrl url = m_base;
        const qsizetype q = pathAndQuery.indexOf(u'?');
        url.setPath(q < 0 ? pathAndQuery : pathAndQuery.left(q), QUrl::StrictMode);
        if (q >= 0)
            url.setQuery(pathAndQuery.mid(q + 1), QUrl::StrictMode);
        QNetworkRequest request(url);
        if (!m_key.isEmpty())
            request.setRawHeader("X-SSAPI-KEY", m_key);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setTransferTimeout(m_timeoutMs);
        QNetworkReply* reply = m_nam.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        SandboxReply out;
        out.finished = finished.count() > 0 || finished.wait(waitMs);
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.error = reply->error();
        if (reply->isOpen()) // closed after a transfer timeout
            out.body = reply->readAll();
        for (const auto& [name, value] : reply->rawHeaderPairs())
            out.headers.insert(name.toLower(), value);
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(out.body, &parseError);
        out.isJsonObject = parseError.error == QJsonParseError::NoError && doc.isObject();
        out.json = doc.object();
        reply->abort();
        reply->deleteLater();
        return out;
    }

    SandboxReply get(const QString& path) { return send("GET", path); }
    SandboxReply put(const QString& path, const QJsonObject& body)
    {
        return send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    SandboxReply post(const QString& path, const QJsonObject& body = {})
    {
        return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    QNetworkAccessManager& nam() { return m_nam; }

private:
    QNetworkAccessManager m_nam;
    QUrl m_base;
    QByteArray m_key;
    int m_timeoutMs = 15000;
};

inline SandboxOptions sandboxTestOptions(const QString& seed = QStringLiteral("demo"))
{
    SandboxOptions o;
    o.apiKey = QStringLiteral("test-key-not-secret");
    o.seed = seed;
    return o;
}
