// SPDX-License-Identifier: MIT
#pragma once

#include "apireply.h"
#include "auth/credentials.h"
#include "clientlimits.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QSslCertificate;
class QSslError;

/// Sends requests to one SkyPilot API server. It owns no network manager: the composition root
/// injects one. It is the only place that attaches credentials, and it attaches them only to
/// requests for the server's own origin.
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    explicit ApiClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    /// Scheme, host, port and an optional path prefix; user info, query and fragment are dropped.
    void setServerUrl(const QUrl &url);
    QUrl serverUrl() const { return m_serverUrl; }
    void setCredentials(const Credentials &credentials);
    void clearCredentials();
    QString username() const { return m_credentials.username; }
    bool hasCredentials() const { return !m_credentials.username.isEmpty(); }
    void setLimits(const ClientLimits &limits) { m_limits = limits; }
    const ClientLimits &limits() const { return m_limits; }
    QNetworkAccessManager *network() const { return m_network; }

    /// Starts a call. The reply belongs to the caller's event loop and deletes itself after finished().
    ApiReply *send(ApiRequest request, ApiReply::Decoder decoder);
    ApiReply *send(ApiRequest request, ApiReply::BodyDecoder decoder);

    /// The server's API version and readable version, from its last response that carried them.
    std::optional<int> serverApiVersion() const { return m_serverApiVersion; }
    QString serverVersion() const { return m_serverVersion; }

    /// Trusts exactly this certificate (by SHA-256 of its DER form) for the current server's origin,
    /// as a user who checked its fingerprint chose to. Cleared when the server changes.
    void setPinnedCertificate(const QByteArray &sha256);
    bool isPinned(const QUrl &url, const QSslCertificate &certificate) const;
    /// An error a pinned certificate may override: only "nobody vouches for it", never expiry or host name.
    static bool isTrustProblem(const QSslError &error);
    /// True when there are errors and every one of them is a trust problem a pin may override.
    static bool areOnlyTrustProblems(const QList<QSslError> &errors);

    static QUrl normalizedServerUrl(const QUrl &url);
    static bool isSameOrigin(const QUrl &a, const QUrl &b);

Q_SIGNALS:
    void serverVersionSeen(int apiVersion, const QString &version);
    /// SkyPilot itself (not a proxy) rejected the credentials: the UI should ask to sign in again.
    void authenticationRejected();

private:
    friend class ApiReply;
    QUrl urlFor(const QString &path) const;
    QNetworkRequest buildRequest(const QUrl &url, const ApiRequest &request) const;
    QNetworkReply *transmit(const QUrl &url, const ApiRequest &request) const;
    void noteResponse(const QNetworkReply &reply, const ApiError &error);

    QPointer<QNetworkAccessManager> m_network;
    QUrl m_serverUrl;
    Credentials m_credentials;
    ClientLimits m_limits;
    std::optional<int> m_serverApiVersion;
    QString m_serverVersion;
    QByteArray m_pinnedSha256;
};
