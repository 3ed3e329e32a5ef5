#include "api/BaseUrlPolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace BaseUrlPolicy {

bool isLoopbackHost(const QString& host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString problem(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("BaseUrlPolicy",
                                           "Server URL: enter an address like https://acme.attackforge.com.");
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https"_s)
        return {};
    if (scheme == u"http"_s && isLoopbackHost(url.host()))
        return {};
    if (scheme == u"http"_s)
        return QCoreApplication::translate("BaseUrlPolicy",
                                           "Server URL: HTTPS is required; plain HTTP would expose the API "
                                           "key (it is allowed only for this computer).");
    return QCoreApplication::translate("BaseUrlPolicy", "Server URL: use an https:// address.");
}

bool isSameOrigin(const QUrl& a, const QUrl& b)
{
    const int defaultA = a.scheme() == u"https"_s ? 443 : 80;
    const int defaultB = b.scheme() == u"https"_s ? 443 : 80;
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && a.port(defaultA) == b.port(defaultB);
}

} // namespace BaseUrlPolicy
