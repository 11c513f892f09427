// SPDX-License-Identifier: MIT
#include "signinflow.h"

#include "net/apiclient.h"
#include "net/plaintext.h"
#include "net/skypilotapi.h"

using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

SignInFlow::SignInFlow(SkyPilotApi &api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{ }

void SignInFlow::start(const QUrl &server, const Credentials &credentials)
{
    cancel();
    m_running = true;
    m_server = server;
    ApiClient &client = m_api.client();
    client.setServerUrl(server);
    client.setCredentials(credentials);
    const Reply<Health> reply = m_api.health();
    m_pending = reply.raw();
    reply.onFinished(this, [this](Result<Health> result) {
        if (!m_running)
            return;
        if (!result.ok()) {
            fail(problemFor(result.error), result.error.message);
            return;
        }
        onHealth(*result.value);
    });
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
            fail(problemFor(result.error), result.error.message);
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
