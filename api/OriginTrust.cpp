#include "api/OriginTrust.h"

#include "api/BaseUrlPolicy.h"

#include <QSet>

using namespace Qt::StringLiterals;

OriginTrust::OriginTrust(const QUrl& origin, const QList<QSslCertificate>& certificates)
    : m_origin(origin)
{
    for (const QSslCertificate& c : certificates) {
        if (!c.isNull() && !m_certificates.contains(c))
            m_certificates.append(c);
    }
    if (m_certificates.isEmpty())
        return;
    // Setting a CA list switches off Qt's on-demand loading of the system CAs, so they are listed
    // explicitly: the private CA is trusted in addition to the usual ones, not instead of them.
    QSet<QSslCertificate> seen;
    for (const QList<QSslCertificate>& more : {QSslConfiguration::defaultConfiguration().caCertificates(),
                                               QSslConfiguration::systemCaCertificates(), m_certificates}) {
        for (const QSslCertificate& c : more) {
            if (!seen.contains(c)) {
                seen.insert(c);
                m_allCas.append(c);
            }
        }
    }
}

std::optional<QSslConfiguration> OriginTrust::configurationFor(const QUrl& url) const
{
    // The events socket (wss://) of an origin talks TLS to the same host and port as its REST calls
    // (https://), so it gets the same trust; ws:// and http:// get nothing.
    QUrl peer = url;
    if (url.scheme().compare(u"wss"_s, Qt::CaseInsensitive) == 0)
        peer.setScheme(u"https"_s);
    if (m_certificates.isEmpty() || peer.scheme().compare(u"https"_s, Qt::CaseInsensitive) != 0 ||
        !BaseUrlPolicy::isSameOrigin(m_origin, peer))
        return std::nullopt;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(m_allCas);
    return configuration;
}
