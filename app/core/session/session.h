// SPDX-License-Identifier: MIT
#pragma once

#include "auth/secret.h"
#include "domain/currentuser.h"
#include "serverprofile.h"
#include "signinflow.h"

#include <QObject>

class ApiClient;
class CredentialStore;
class QNetworkAccessManager;
class ServerList;
class SkyPilotApi;

/// Who is signed in where, and everything that goes with it: signing in again at start with the
/// password from the keychain, remembering (or not) after a sign-in, switching servers, signing out
/// and forgetting a server. It never asks the user itself: it says when it needs credentials.
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    enum class State { SignedOut, Resuming, SignedIn };
    Q_ENUM(State)

    Session(SkyPilotApi &api, QNetworkAccessManager &network, CredentialStore &store, ServerList &servers,
            QObject *parent = nullptr);

    State state() const { return m_state; }
    const ServerProfile &profile() const { return m_profile; }
    const CurrentUser &user() const { return m_user; }

    /// A keychain that is not up yet when the desktop session starts is asked once more after this delay
    /// before the user is (security checklist item 36; Nextcloud does the same).
    void setKeychainRetryDelay(int ms) { m_keychainRetryDelayMs = ms; }

    /// Signs in to the given profile (or the last used one) with its remembered password; emits
    /// credentialsNeeded() when that is not possible, with a notice saying why if it is worth saying.
    void resume(const std::optional<ServerProfile> &profile = std::nullopt);
    /// The sign-in dialog succeeded with these: remember the server and, if asked, the password.
    void adopt(const ServerProfile &profile, const Secret &password, const CurrentUser &user);
    /// The user's own password changed on the server: keep using and remembering the new one.
    void ownPasswordChanged(const Secret &password);
    /// Forget the password in memory, Qt's connection and credential caches, and the cookies.
    void signOut();
    /// Sign out if it is the current server, and delete its keychain entry and saved profile.
    void forget(const ServerProfile &profile);

Q_SIGNALS:
    void signedIn();
    void signedOut();
    /// Ask the user: for this profile (may be empty), explaining why if notice is not empty.
    void credentialsNeeded(const ServerProfile &profile, const QString &notice);
    /// Something the user should know that does not stop the work (e.g. the keychain is unavailable).
    void notice(const QString &text);

private:
    void setState(State state);
    void remember(const Secret &password);
    void clearNetworkState();
    void readRememberedPassword(bool isRetry);

    SkyPilotApi &m_api;
    ApiClient &m_client;
    QNetworkAccessManager &m_network;
    CredentialStore &m_store;
    ServerList &m_servers;
    SignInFlow m_flow;
    State m_state = State::SignedOut;
    ServerProfile m_profile;
    CurrentUser m_user;
    Secret m_resumePassword;
    int m_keychainRetryDelayMs = 3000;
};
