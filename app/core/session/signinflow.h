// SPDX-License-Identifier: MIT
#pragma once

#include "auth/credentials.h"
#include "domain/currentuser.h"
#include "domain/health.h"
#include "net/apierror.h"
#include "serverprofile.h"

#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>

class ApiReply;
class SkyPilotApi;

/// Signing in, without any widget: points the client at a server with credentials, asks GET
/// /api/health (is this a SkyPilot server with basic auth, of a version we speak, and does it know
/// us?) and then GET /users/role (who and which role). Finishes with succeeded() or failed(), once.
class SignInFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInFlow)

public:
    enum class Problem {
        None,
        Connection, ///< unreachable, timeout, TLS, redirect, proxy: see the message
        InsecureHttp, ///< plain http to a non-loopback host, not allowed for this server; nothing was sent
        UntrustedCertificate, ///< nobody vouches for the certificate: untrustedCertificate() can be shown and pinned
        NotSkyPilot, ///< the answer is not a SkyPilot API server's
        TooOld, ///< the server and SkyUsers share no API version
        BasicAuthDisabled,
        CredentialsRejected,
        TrustsLoopback, ///< basic auth on, but the server treats this local connection as an anonymous admin
        Other,
    };
    Q_ENUM(Problem)

    explicit SignInFlow(SkyPilotApi &api, QObject *parent = nullptr);

    /// Signs in to profile.url as profile.username, honouring its transport choices (plain HTTP
    /// allowed, pinned certificate).
    void start(const ServerProfile &profile, const Secret &password);
    void start(const QUrl &server, const Credentials &credentials);
    void cancel();
    bool isRunning() const { return m_running; }
    /// After Problem::UntrustedCertificate: the certificate the server presented.
    const QSslCertificate &untrustedCertificate() const { return m_certificate; }

Q_SIGNALS:
    void succeeded(const CurrentUser &user, const Health &health);
    void failed(SignInFlow::Problem problem, const QString &message);

private:
    void onHealth(const Health &health);
    void fail(Problem problem, const QString &message);
    void failWith(const ApiError &error);
    static Problem problemFor(const ApiError &error);

    SkyPilotApi &m_api;
    QPointer<ApiReply> m_pending;
    QUrl m_server;
    QSslCertificate m_certificate;
    bool m_running = false;
};
