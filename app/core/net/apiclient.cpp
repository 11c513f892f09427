// SPDX-License-Identifier: MIT
#include "apiclient.h"

#include "clientversion.h"
#include "oneshotuploaddevice.h"

#include <QAuthenticator>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslError>

#include <algorithm>

using namespace Qt::StringLiterals;

ApiClient::ApiClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    Q_ASSERT(network);
    // Qt 6 follows redirects by itself and forwards a hand-set Authorization header to any host it is
    // sent to; ApiReply follows redirects itself, after checking where they lead.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    // A server that once answered over HTTPS with Strict-Transport-Security is never asked over plain
    // HTTP again (RFC 6797; security checklist item 12). Qt ignores policies for IP-literal hosts.
    m_network->setStrictTransportSecurityEnabled(true);
    // Credentials go in a header on every request. A 401 challenge therefore means they were
    // rejected: leaving the authenticator empty makes Qt fail the reply instead of caching and
    // resending credentials on its own (Nextcloud's reasoning in HttpCredentialsAccessManager).
    connect(m_network, &QNetworkAccessManager::authenticationRequired, this, [](QNetworkReply *, QAuthenticator *) {});
}

QUrl ApiClient::normalizedServerUrl(const QUrl &url)
{
    QUrl normalized;
    normalized.setScheme(url.scheme().toLower());
    normalized.setHost(url.host().toLower());
    normalized.setPort(url.port());
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    normalized.setPath(path);
    return normalized;
}

bool ApiClient::isSameOrigin(const QUrl &a, const QUrl &b)
{
    const auto defaultPort = [](const QUrl &u) { return u.scheme() == "https"_L1 ? 443 : 80; };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
            && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && a.port(defaultPort(a)) == b.port(defaultPort(b));
}

void ApiClient::setServerUrl(const QUrl &url)
{
    m_serverUrl = normalizedServerUrl(url);
    m_pinnedSha256.clear();
    m_serverApiVersion.reset();
    m_serverVersion.clear();
}

void ApiClient::setPinnedCertificate(const QByteArray &sha256)
{
    m_pinnedSha256 = sha256;
}

bool ApiClient::isTrustProblem(const QSslError &error)
{
    // What a user may decide by checking a fingerprint. An expired certificate or one for another host
    // stays a hard error (security checklist item 5): pinning must not hide either.
    switch (error.error()) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
        return true;
    default:
        return false;
    }
}

bool ApiClient::areOnlyTrustProblems(const QList<QSslError> &errors)
{
    return !errors.isEmpty() && std::all_of(errors.cbegin(), errors.cend(), &ApiClient::isTrustProblem);
}

bool ApiClient::isPinned(const QUrl &url, const QSslCertificate &certificate) const
{
    return !m_pinnedSha256.isEmpty() && !certificate.isNull() && isSameOrigin(url, m_serverUrl)
            && certificate.digest(QCryptographicHash::Sha256) == m_pinnedSha256;
}

void ApiClient::setCredentials(const Credentials &credentials)
{
    m_credentials = credentials;
}

void ApiClient::clearCredentials()
{
    m_credentials.username.clear();
    m_credentials.password.clear();
}

ApiReply *ApiClient::send(ApiRequest request, ApiReply::Decoder decoder)
{
    auto *reply = new ApiReply(this, std::move(request), std::move(decoder));
    reply->start();
    return reply;
}

ApiReply *ApiClient::send(ApiRequest request, ApiReply::BodyDecoder decoder)
{
    auto *reply = new ApiReply(this, std::move(request), std::move(decoder));
    reply->start();
    return reply;
}

QUrl ApiClient::urlFor(const QString &path) const
{
    QUrl url = m_serverUrl;
    url.setPath(m_serverUrl.path() + path);
    return url;
}

QNetworkRequest ApiClient::buildRequest(const QUrl &url, const ApiRequest &request) const
{
    QNetworkRequest networkRequest(url);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    networkRequest.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    networkRequest.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    networkRequest.setTransferTimeout(request.transferTimeoutMs > 0 ? request.transferTimeoutMs
                                                                    : m_limits.transferTimeoutMs);
    networkRequest.setRawHeader("Accept", "application/json");
    networkRequest.setRawHeader(ClientVersion::ApiVersionHeader, QByteArray::number(ClientVersion::ApiVersion));
    networkRequest.setRawHeader(ClientVersion::VersionHeader, ClientVersion::ReadableVersion);
    if (request.method == ApiRequest::Method::Post)
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    // The one place credentials are attached, and only for the configured server's own origin.
    if (hasCredentials() && isSameOrigin(url, m_serverUrl)) {
        QByteArray pair = m_credentials.username.toUtf8() + ':' + m_credentials.password.utf8();
        networkRequest.setRawHeader("Authorization", "Basic " + pair.toBase64());
        pair.fill('\0');
    }
    return networkRequest;
}

QNetworkReply *ApiClient::transmit(const QUrl &url, const ApiRequest &request) const
{
    const QNetworkRequest networkRequest = buildRequest(url, request);
    if (request.method == ApiRequest::Method::Get)
        return m_network->get(networkRequest);
    // Never an empty body: Qt resends body-less POSTs without asking the device (see OneShotUploadDevice).
    const QByteArray body = request.body.isEmpty() ? QByteArrayLiteral("{}") : request.body.utf8();
    auto *device = new OneShotUploadDevice(body);
    QNetworkReply *reply = m_network->post(networkRequest, device);
    device->setParent(reply);
    return reply;
}

void ApiClient::noteResponse(const QNetworkReply &reply, const ApiError &error)
{
    const QByteArray api = reply.rawHeader(ClientVersion::ApiVersionHeader);
    bool numeric = false;
    const int apiVersion = api.toInt(&numeric);
    if (numeric) {
        const QString version = QString::fromLatin1(reply.rawHeader(ClientVersion::VersionHeader).left(100));
        if (m_serverApiVersion != apiVersion || m_serverVersion != version) {
            m_serverApiVersion = apiVersion;
            m_serverVersion = version;
            Q_EMIT serverVersionSeen(apiVersion, version);
        }
    }
    if (error.kind == ApiError::Kind::AuthRejected)
        Q_EMIT authenticationRejected();
}
