// SPDX-License-Identifier: MIT
#pragma once

#include "fakefault.h"
#include "fakefaults.h"
#include "fakeuserstore.h"
#include "recordedrequest.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

class FakeHttpResponse;
class FakeMiddlewareChain;
class FakeServerState;
struct FakeRequestContext;

/*!
    An in-process stand-in for a SkyPilot API server with Basic auth enabled: the /users router,
    the service-account token routes, /api/health, Bearer and Basic authentication, RBAC and the
    API-version check, answered byte for byte as upstream does (see shared/skypilot-api.md).
    Where the skypilot 0.14.1 release differs from that spec, the double follows 0.14.1 (API
    version 62, roles checked on service-account create and update-role, role-less callers denied
    by RBAC, ...); the code says so where it happens. /users/me/workspace is not modelled (404).

    It behaves as if it sat behind a reverse proxy (no loopback bypass) unless told otherwise, and
    it can misbehave on purpose (setFault(), setHtml401()) for client robustness tests. Every
    request is recorded. Construct it in the test thread and call start().
*/
class FakeSkyPilotServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    static constexpr int Always = FakeFaults::Always;

    explicit FakeSkyPilotServer(QObject *parent = nullptr);
    // Also seeds the initial admin, as SKYPILOT_INITIAL_BASIC_AUTH would (but from a plaintext password).
    FakeSkyPilotServer(const QString &adminName, const QString &adminPassword, QObject *parent = nullptr);
    ~FakeSkyPilotServer() override;

    // Listens on a loopback address (any of 127.0.0.0/8 or ::1; anything else is refused).
    bool start(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost), quint16 port = 0);
    bool isListening() const;
    QHostAddress address() const;
    quint16 port() const;
    QUrl baseUrl() const; // http://<address>:<port>, https:// after sslSetup()

    // --- Users. Each returns the new user's id (md5(name)[:8]). ---
    QString setInitialAdmin(const QString &name, const QString &password);
    // SKYPILOT_INITIAL_BASIC_AUTH verbatim: "<name>:<hash>", the hash stored as given.
    QString setInitialBasicAuth(const QString &nameColonHash);
    QString addUser(const QString &name, const QString &password, const QString &role = QStringLiteral("user"));
    QString addUserWithHash(const QString &name, const QString &storedHash, const QString &role);
    // A user without a password, as SSO ("sso") or old unauthenticated clients ("legacy") leave behind.
    QString addPasswordlessUser(const QString &name, const QString &role, const QString &userType);
    QString serverId() const;
    QList<FakeUserStore::User> users() const;
    std::optional<FakeUserStore::User> user(const QString &userId) const;
    QString roleOf(const QString &userId) const;
    QList<FakeUserStore::Token> tokens() const;

    // --- Server options. ---
    void setLoopbackBypass(bool enabled); // default false: as if behind a proxy
    void setDefaultRole(const QString &role); // rbac.default_role, default "admin"
    void setServiceAccountsEnabled(bool enabled); // ENABLE_SERVICE_ACCOUNTS, default true
    void setServerVersion(int apiVersion, const QString &version);
    void setMinimumCompatibleApiVersion(int apiVersion, const QString &version);
    void setBcryptCost(int cost); // default 4 (passlib uses 12)
    void setNow(qint64 unixSeconds); // 0: the real clock

    // --- Stand-ins for clusters, managed jobs and private workspaces. ---
    // /users/delete (and token delete) refuse this user while it "owns" these resources.
    void setActiveResources(const QString &userId, const QStringList &clusters, const QStringList &jobs);
    // /users/update and /users/batch_update refuse to demote this admin (check_user_role_demotion).
    void addDemotionBlocker(const QString &userId, const QString &workspace, const QStringList &clusters,
                            const QStringList &jobs);
    void clearDemotionBlockers();

    // --- Faults (double-only). ---
    // `path` is the exact request path without query; `count` requests are affected, or Always.
    void setFault(const QString &path, const FakeFault &fault, int count = Always);
    void setFaultForAllPaths(const FakeFault &fault, int count = Always);
    void clearFaults();
    // Imitates an nginx ingress doing its own Basic auth: every request gets its HTML 401 with
    // WWW-Authenticate: Basic realm="<realm>". An empty realm turns it off.
    void setHtml401(const QString &realm);

    // --- Observation. ---
    QList<RecordedRequest> requests() const;
    void clearRequests();
    // Requests whose path (query ignored) equals `path`.
    int requestCount(const QString &path) const;

Q_SIGNALS:
    void requestRecorded(int index);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void seedInternalUsers();
    RecordedRequest record(const QHttpServerRequest &request);
    FakeRequestContext contextFor(const QHttpServerRequest &request) const;
    FakeHttpResponse process(FakeRequestContext &context, int index);
    QString lockUserIdFor(const FakeRequestContext &context) const;

    std::unique_ptr<FakeServerState> m_state;
    std::unique_ptr<FakeMiddlewareChain> m_chain;
    FakeFaults m_faults;
    QString m_html401Realm;
    QList<RecordedRequest> m_requests;
    int m_nextIndex = 0;
    QHostAddress m_address;
    quint16 m_port = 0;
};
