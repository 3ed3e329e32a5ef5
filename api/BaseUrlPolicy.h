#pragma once

#include <QString>
#include <QUrl>

// Where the API key may be sent: HTTPS anywhere, plain HTTP only to this machine (the sandbox).
namespace BaseUrlPolicy {

// Empty when `url` is an acceptable tenant base URL; otherwise a sentence saying why not.
QString problem(const QUrl& url);
bool isLoopbackHost(const QString& host);
// Scheme, host and port equal (default ports filled in).
bool isSameOrigin(const QUrl& a, const QUrl& b);

} // namespace BaseUrlPolicy
