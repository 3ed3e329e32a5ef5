#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>

namespace ForgeDeskTest {

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
    // `key` empty: no X-SSAPI-KEY header at all.
    explicit SandboxTestClient(const QUrl& base, const QByteArray& key)
        : m_base(base)
        , m_key(key)
    {}

    void setKey(const QByteArray& key) { m_key = key; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // Sends one request and waits (QSignalSpy::wait) for its whole answer, at most `waitMs`.
    SandboxReply send(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body = {},
                      int waitMs = 10000);

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

} // namespace ForgeDeskTest
