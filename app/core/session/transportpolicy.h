// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

/// Where plain HTTP is acceptable: Basic auth sends the password in every request, readable by anyone
/// on the path unless TLS protects it (RFC 7617, ASVS V12.2.1). Loopback never leaves the computer.
class TransportPolicy final
{
    Q_DECLARE_TR_FUNCTIONS(TransportPolicy)

public:
    static bool isLoopback(const QUrl &url);
    /// True when signing in would send the password unencrypted over a network.
    static bool isInsecure(const QUrl &url) { return url.scheme() == QLatin1String("http") && !isLoopback(url); }
    /// Why a server address is refused before any connection is made, or empty if it is acceptable.
    static QString refusal(const QUrl &url, bool insecureAllowed);
    /// The network proxy the system settings route this server through ("host:port"), or empty when the
    /// connection is direct; shown with the connection so nobody wonders who else is on the path.
    static QString proxyFor(const QUrl &url);
};
