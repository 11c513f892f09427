// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

/// A server the user signs in to, as remembered between runs. Holds nothing secret: the password
/// lives only in the OS keychain, under CredentialStore::keyFor(url, username).
struct ServerProfile
{
    QUrl url; ///< scheme, host, port and optional path; never user info
    QString username;
    bool rememberPassword = true;
    bool insecureHttpAllowed = false; ///< the user confirmed plain HTTP to a non-loopback host
    QByteArray pinnedCertificateSha256; ///< a certificate the user checked and chose to trust
    QDateTime lastUsed;

    bool isValid() const { return url.isValid() && !url.host().isEmpty(); }
    /// Same server and same account: one saved profile (and one keychain entry) each.
    bool sameAccount(const ServerProfile &other) const { return url == other.url && username == other.username; }
};
