#include "SandboxTestClient.h"

#include <QSignalSpy>

namespace ForgeDeskTest {

SandboxReply SandboxTestClient::send(const QByteArray& method, const QString& pathAndQuery,
                                     const QByteArray& body, int waitMs)
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

} // namespace ForgeDeskTest
