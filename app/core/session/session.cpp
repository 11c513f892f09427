// SPDX-License-Identifier: MIT
#include "session.h"

#include "auth/credentialstore.h"
#include "net/apiclient.h"
#include "net/skypilotapi.h"
#include "serverlist.h"

#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QTimer>

using JobResult = CredentialJob::Result;

Session::Session(SkyPilotApi &api, QNetworkAccessManager &network, CredentialStore &store, ServerList &servers,
                 QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_client(api.client())
    , m_network(network)
    , m_store(store)
    , m_servers(servers)
    , m_flow(api)
{
    connect(&m_flow, &SignInFlow::succeeded, this, [this](const CurrentUser &user, const Health &) {
        m_user = user;
        m_servers.remember(m_profile);
        m_resumePassword.clear();
        setState(State::SignedIn);
        Q_EMIT signedIn();
    });
    connect(&m_flow, &SignInFlow::failed, this, [this](SignInFlow::Problem, const QString &message) {
        m_resumePassword.clear();
        setState(State::SignedOut);
        Q_EMIT credentialsNeeded(m_profile, message);
    });
    // The password was changed elsewhere, or the account removed: ask again, keeping the user name.
    connect(&m_client, &ApiClient::authenticationRejected, this, [this] {
        if (m_state != State::SignedIn)
            return;
        signOut();
        Q_EMIT credentialsNeeded(m_profile, tr("The server no longer accepts your password. Sign in again."));
    });
}

void Session::setState(State state)
{
    m_state = state;
}

void Session::resume(const std::optional<ServerProfile> &profile)
{
    const std::optional<ServerProfile> target = profile ? profile : m_servers.last();
    if (!target) {
        Q_EMIT credentialsNeeded({}, {});
        return;
    }
    if (m_state == State::SignedIn)
        signOut();
    m_profile = *target;
    if (!m_profile.rememberPassword) {
        Q_EMIT credentialsNeeded(m_profile, {});
        return;
    }
    setState(State::Resuming);
    readRememberedPassword(false);
}

void Session::readRememberedPassword(bool isRetry)
{
    // The store bounds the wait itself (KeychainCredentialStore's watchdog): a job always finishes.
    CredentialJob *job = m_store.read(CredentialStore::keyFor(m_profile.url, m_profile.username));
    connect(job, &CredentialJob::finished, this, [this, job, isRetry] {
        if (m_state != State::Resuming)
            return;
        switch (job->result()) {
        case JobResult::Ok:
            m_resumePassword = job->takeSecret();
            m_flow.start(m_profile, m_resumePassword);
            return;
        case JobResult::NotFound:
            setState(State::SignedOut);
            Q_EMIT credentialsNeeded(m_profile, {});
            return;
        case JobResult::Unavailable:
            if (!isRetry) {
                // Right after login the keyring daemon may not be up yet: one more try, later.
                QTimer::singleShot(m_keychainRetryDelayMs, this, [this] {
                    if (m_state == State::Resuming)
                        readRememberedPassword(true);
                });
                return;
            }
            [[fallthrough]];
        default:
            setState(State::SignedOut);
            Q_EMIT credentialsNeeded(m_profile,
                                     tr("The remembered password could not be read (%1). Enter your password; "
                                        "it will work for this session.")
                                             .arg(job->errorText()));
            return;
        }
    });
}

void Session::adopt(const ServerProfile &profile, const Secret &password, const CurrentUser &user)
{
    m_profile = profile;
    m_user = user;
    m_servers.remember(profile);
    setState(State::SignedIn);
    if (profile.rememberPassword) {
        remember(password);
    } else {
        // Asked not to remember: an entry from an earlier sign-in must not linger.
        m_store.remove(CredentialStore::keyFor(profile.url, profile.username));
    }
    Q_EMIT signedIn();
}

void Session::ownPasswordChanged(const Secret &password)
{
    m_client.setCredentials(Credentials{m_profile.username, password});
    if (m_profile.rememberPassword)
        remember(password);
}

void Session::remember(const Secret &password)
{
    CredentialJob *job = m_store.write(CredentialStore::keyFor(m_profile.url, m_profile.username), password);
    connect(job, &CredentialJob::finished, this, [this, job] {
        if (job->result() == JobResult::Ok)
            return;
        Q_EMIT notice(tr("Your password will not be remembered (%1). You stay signed in for this session.")
                              .arg(job->errorText()));
    });
}

void Session::signOut()
{
    m_flow.cancel();
    m_resumePassword.clear();
    clearNetworkState();
    m_user = CurrentUser();
    const bool wasSignedIn = m_state != State::SignedOut;
    setState(State::SignedOut);
    if (wasSignedIn)
        Q_EMIT signedOut();
}

void Session::forget(const ServerProfile &profile)
{
    if (profile.sameAccount(m_profile))
        signOut();
    m_store.remove(CredentialStore::keyFor(profile.url, profile.username));
    m_servers.forget(profile);
}

void Session::clearNetworkState()
{
    // Security checklist item 21: nothing that could authenticate a later request survives sign-out.
    m_client.clearCredentials();
    m_network.clearAccessCache();
    m_network.setCookieJar(new QNetworkCookieJar(&m_network));
}
