#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrl>

#include <optional>

// Extra CA certificates trusted for one origin only (an on-premises tenant with a private CA). A
// request to that origin gets a TLS configuration of its own: the default CAs plus these; a request
// anywhere else gets nothing from here, and the process-wide default configuration is never changed.
class OriginTrust
{
public:
    OriginTrust() = default;
    OriginTrust(const QUrl& origin, const QList<QSslCertificate>& certificates);

    bool isEmpty() const { return m_certificates.isEmpty(); }
    QList<QSslCertificate> certificates() const { return m_certificates; }
    // The configuration for a request (https://) or the events socket (wss://) to `url`, or nothing
    // when this trust does not apply to it (another origin, plain HTTP or ws://, no certificates): the
    // request then uses the default.
    std::optional<QSslConfiguration> configurationFor(const QUrl& url) const;

private:
    QUrl m_origin;
    QList<QSslCertificate> m_certificates;
    QList<QSslCertificate> m_allCas; // default + system + these, built once
};
