#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

// The tests' own types live in ForgeDeskTest so that none of them can collide with a product type of
// the same name (the sandbox has its own ::RecordedRequest, which tests read from SandboxServer).
namespace ForgeDeskTest {

// One request as a test server (ScriptedHttpServer and its subclasses) saw it on the wire.
struct RecordedRequest
{
    QByteArray head;   // request line and headers exactly as received, without the blank line
    QByteArray method; // GET, PUT, POST, …
    QByteArray target; // path and query exactly as sent, still percent-encoded
    QString path;      // decoded path
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;

    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

} // namespace ForgeDeskTest
