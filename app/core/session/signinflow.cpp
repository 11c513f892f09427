// SPDX-License-Identifier: MIT
#include "signinflow.h"

#include "net/apiclient.h"
#include "net/plaintext.h"
#include "net/skypilotapi.h"
#include "transportpolicy.h"

using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

SignInFlow::SignInFlow(SkyPilotApi &api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{ }

void SignInFlow::start(const QUrl &server, const Credentials &credentials)
{
    ServerProfile profile;
    profile.url = server;
    profile.username = credentials.username;
    start(profile, credentials.password);
}

void SignInFlow::start(const ServerProfile &profile, const Secret &password)
{
    cancel();
    m_running = true;
    m_server = profile.url;
    m_certificate = QSslCertificate();
    ApiClient &client = m_api.client();
    client.setServerUrl(profile.url);
    client.setPinnedCertificate(profile.pinnedCertificateSha256);
    // Decided before any socket is opened: the password must not cross a network in clear text unless
    // the user explicitly allowed it for this server.
    if (const QString refusal = TransportPolicy::refusal(profile.url, profile.insecureHttpAllowed);
        !refusal.isEmpty()) {
        fail(Problem::InsecureHttp, refusal);
        return;
    }
    client.setCredentials(Credentials{profile.username, password});
    const Reply<Health> reply = m_api.health();
    m_pending = reply.raw();
    reply.onFinished(this, [this](Result<Health> result) {
        if (!m_running)
            return;
        if (!result.ok()) {
            failWith(result.error);
            return;
        }
        onHealth(*result.value);
    });
}

void SignInFlow::failWith(const ApiError &error)
{
    // The reply is still alive while its finished() is delivered: take the certificate it was shown.
    if (error.kind == ApiError::Kind::Tls && m_pending) {
        const QList<QSslError> errors = m_pending->sslErrors();
        if (ApiClient::areOnlyTrustProblems(errors) && !errors.first().certificate().isNull()) {
            m_certificate = errors.first().certificate();
            fail(Problem::UntrustedCertificate,
                 tr("Nobody vouches for the certificate of %1 (it may be self-signed). Check its fingerprint with "
                    "the server's administrator before you trust it.")
                         .arg(PlainText::origin(m_server)));
            return;
        }
    }
    fail(problemFor(error), error.message);
}

void SignInFlow::cancel()
{
    // Not running first: the aborted reply finishes synchronously and its handler must stay silent.
    m_running = false;
    if (m_pending)
        m_pending->abort();
    m_pending = nullptr;
}

void SignInFlow::onHealth(const Health &health)
{
    const QString where = PlainText::origin(m_server);
    if (!health.basicAuthEnabled) {
        fail(Problem::BasicAuthDisabled,
             tr("%1 does not use SkyPilot's own user accounts (basic auth is off), so there are no users for "
                "SkyUsers to manage. Start the server with basic auth enabled.")
                     .arg(where));
        return;
    }
    // Without a named caller the role request tells the two cases apart: wrong credentials get 401,
    // while a server reached on loopback without a proxy skips authentication (skypilot-api.md §3.4)
    // and answers for an anonymous admin whatever was sent.
    const bool callerKnown = health.user.has_value();
    const Reply<CurrentUser> reply = m_api.currentUser();
    m_pending = reply.raw();
    reply.onFinished(this, [this, health, callerKnown, where](Result<CurrentUser> result) {
        if (!m_running)
            return;
        if (!result.ok()) {
            failWith(result.error);
            return;
        }
        if (result.value->isAnonymous()) {
            fail(Problem::TrustsLoopback,
                 tr("%1 trusts every connection from this computer without a password, so it cannot tell who "
                    "you are: SkyUsers would act as an anonymous administrator. Connect through the server's "
                    "proxy (for example nginx) instead.")
                         .arg(where));
            return;
        }
        if (!callerKnown) {
            fail(Problem::CredentialsRejected,
                 tr("The server did not accept the user name or password. Check them and try again."));
            return;
        }
        m_pending = nullptr;
        m_running = false;
        Q_EMIT succeeded(*result.value, health);
    });
}

void SignInFlow::fail(Problem problem, const QString &message)
{
    m_pending = nullptr;
    m_running = false;
    // The password must not outlive a failed attempt in the client.
    m_api.client().clearCredentials();
    Q_EMIT failed(problem, message);
}

SignInFlow::Problem SignInFlow::problemFor(const ApiError &error)
{
    switch (error.kind) {
    case Kind::AuthRejected:
        return Problem::CredentialsRejected;
    case Kind::BadResponse:
    case Kind::NotFound:
        return Problem::NotSkyPilot;
    case Kind::VersionMismatch:
        return Problem::TooOld;
    case Kind::Unreachable:
    case Kind::Timeout:
    case Kind::Tls:
    case Kind::RedirectRefused:
    case Kind::ProxyAuthRequired:
        return Problem::Connection;
    default:
        return Problem::Other;
    }
}
