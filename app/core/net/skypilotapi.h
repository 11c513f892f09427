// SPDX-License-Identifier: MIT
#pragma once

#include "domain/batchresult.h"
#include "domain/currentuser.h"
#include "domain/exportresult.h"
#include "domain/health.h"
#include "domain/importresult.h"
#include "domain/issuedtoken.h"
#include "domain/serviceaccounttoken.h"
#include "domain/tokenrole.h"
#include "domain/user.h"
#include "reply.h"

#include <QCoreApplication>

#include <optional>

class ApiClient;

/// The SkyPilot user-management API as typed calls: one method per route, each returning a Reply that
/// delivers a decoded value or an ApiError (../shared/skypilot-api.md §0–§4).
class SkyPilotApi final
{
    Q_DECLARE_TR_FUNCTIONS(SkyPilotApi)

public:
    explicit SkyPilotApi(ApiClient &client);

    ApiClient &client() const { return m_client; }

    Reply<Health> health() const;
    Reply<CurrentUser> currentUser() const;
    Reply<QList<User>> listUsers() const;
    /// The same listing read straight from the body's bytes into a vector, for the users table: with
    /// 100,000 users this is several times faster than listUsers().
    Reply<std::vector<User>> listUsersForTable() const;
    /// The role is always sent: left out, the server would use its default, which is admin.
    Reply<Done> createUser(const QString &username, const Secret &password, const QString &role) const;
    Reply<Done> updateRole(const QString &userId, const QString &role) const;
    Reply<Done> updatePassword(const QString &userId, const Secret &password) const;
    Reply<BatchResult> batchUpdateRoles(const QStringList &userIds, const QString &role) const;
    Reply<Done> deleteUser(const QString &userId) const;
    /// Takes a long time on a real server (bcrypt per row), so it gets longer timeouts.
    Reply<ImportResult> importUsers(const QString &csvContent) const;
    Reply<ExportResult> exportUsers() const;

    Reply<QList<ServiceAccountToken>> listTokens() const;
    /// expiresInDays: empty or 0 means never; role empty means the server's choice (capped at the caller's).
    Reply<IssuedToken> createToken(const QString &name, std::optional<int> expiresInDays, const QString &role) const;
    Reply<Done> deleteToken(const QString &tokenId) const;
    Reply<TokenRole> tokenRole(const QString &tokenId) const;
    Reply<TokenRole> updateTokenRole(const QString &tokenId, const QString &role) const;
    Reply<IssuedToken> rotateToken(const QString &tokenId, std::optional<int> expiresInDays) const;

    static constexpr int ImportTransferTimeoutMs = 180'000;
    static constexpr int ImportDeadlineMs = 600'000;

private:
    template<typename T>
    Reply<T> call(ApiRequest request, std::optional<T> (*decode)(const QJsonValue &, QString *)) const;
    Reply<Done> callForNothing(ApiRequest request) const;

    ApiClient &m_client;
};
