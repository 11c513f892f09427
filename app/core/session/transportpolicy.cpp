// SPDX-License-Identifier: MIT
#include "transportpolicy.h"

#include <QHostAddress>
#include <QNetworkProxyFactory>

using namespace Qt::StringLiterals;

bool TransportPolicy::isLoopback(const QUrl &url)
{
    const QString host = url.host().toLower();
    if (host == "localhost"_L1 || host.endsWith(".localhost"_L1))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString TransportPolicy::proxyFor(const QUrl &url)
{
    // Qt never proxies loopback hosts, whatever the settings say.
    if (isLoopback(url))
        return {};
    const QList<QNetworkProxy> proxies = QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(url));
    for (const QNetworkProxy &proxy : proxies) {
        if (proxy.type() != QNetworkProxy::NoProxy && proxy.type() != QNetworkProxy::DefaultProxy)
            return u"%1:%2"_s.arg(proxy.hostName()).arg(proxy.port());
    }
    return {};
}

QString TransportPolicy::refusal(const QUrl &url, bool insecureAllowed)
{
    if (url.scheme() != "http"_L1 && url.scheme() != "https"_L1)
        return tr("Use an http:// or https:// address.");
    if (isInsecure(url) && !insecureAllowed) {
        return tr("%1 is not encrypted (http://), so your password would cross the network readable by anyone "
                  "on the way. Use https://, or allow unencrypted HTTP for this server below if you accept that.")
                .arg(url.host());
    }
    return {};
}
