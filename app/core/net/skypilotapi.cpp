// SPDX-License-Identifier: MIT
#include "skypilotapi.h"

#include "apiclient.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

SkyPilotApi::SkyPilotApi(ApiClient &client)
    : m_client(client)
{ }

template<typename T>
Reply<T> SkyPilotApi::call(ApiRequest request, std::optional<T> (*decode)(const QJsonValue &, QString *)) const
{
    auto decoder = [decode](const QJsonValue &json, std::any &value, QString &problem) {
        std::optional<T> decoded = decode(json, &problem);
        if (!decoded)
            return false;
        value = std::move(*decoded);
        return true;
    };
    return Reply<T>(m_client.send(std::move(request), decoder));
}

Reply<Done> SkyPilotApi::callForNothing(ApiRequest request) const
{
    auto decoder = [](const QJsonValue &json, std::any &value, QString &problem) {
        // These routes answer JSON null; a message object is accepted too (token delete sends one).
        if (!json.isNull() && !json.isObject()) {
            problem = tr("expected no data but got something else");
            return false;
        }
        value = Done{};
        return true;
    };
    return Reply<Done>(m_client.send(std::move(request), decoder));
}

Reply<Health> SkyPilotApi::health() const
{
    ApiRequest request = ApiRequest::get(u"/api/health"_s);
    request.requireServerVersion = true;
    return call<Health>(std::move(request), &Health::fromJson);
}

Reply<CurrentUser> SkyPilotApi::currentUser() const
{
    return call<CurrentUser>(ApiRequest::get(u"/users/role"_s), &CurrentUser::fromJson);
}

Reply<QList<User>> SkyPilotApi::listUsers() const
{
    return call<QList<User>>(ApiRequest::get(u"/users"_s), &User::listFromJson);
}

Reply<std::vector<User>> SkyPilotApi::listUsersForTable() const
{
    ApiReply::BodyDecoder decoder = [](QByteArrayView body, std::any &value, QString &problem) {
        std::optional<std::vector<User>> users = User::listFromUtf8Json(body, &problem);
        if (!users)
            return false;
        value = std::move(*users);
        return true;
    };
    return Reply<std::vector<User>>(m_client.send(ApiRequest::get(u"/users"_s), std::move(decoder)));
}

Reply<Done> SkyPilotApi::createUser(const QString &username, const Secret &password, const QString &role) const
{
    return callForNothing(ApiRequest::post(
            u"/users/create"_s, {{"username"_L1, username}, {"password"_L1, password.toString()}, {"role"_L1, role}}));
}

Reply<Done> SkyPilotApi::updateRole(const QString &userId, const QString &role) const
{
    return callForNothing(ApiRequest::post(u"/users/update"_s, {{"user_id"_L1, userId}, {"role"_L1, role}}));
}

Reply<Done> SkyPilotApi::updatePassword(const QString &userId, const Secret &password) const
{
    return callForNothing(
            ApiRequest::post(u"/users/update"_s, {{"user_id"_L1, userId}, {"password"_L1, password.toString()}}));
}

Reply<BatchResult> SkyPilotApi::batchUpdateRoles(const QStringList &userIds, const QString &role) const
{
    return call<BatchResult>(
            ApiRequest::post(u"/users/batch_update"_s,
                             {{"user_ids"_L1, QJsonArray::fromStringList(userIds)}, {"role"_L1, role}}),
            &BatchResult::fromJson);
}

Reply<Done> SkyPilotApi::deleteUser(const QString &userId) const
{
    return callForNothing(ApiRequest::post(u"/users/delete"_s, {{"user_id"_L1, userId}}));
}

Reply<ImportResult> SkyPilotApi::importUsers(const QString &csvContent) const
{
    ApiRequest request = ApiRequest::post(u"/users/import"_s, {{"csv_content"_L1, csvContent}});
    request.transferTimeoutMs = ImportTransferTimeoutMs;
    request.deadlineMs = ImportDeadlineMs;
    return call<ImportResult>(std::move(request), &ImportResult::fromJson);
}

Reply<ExportResult> SkyPilotApi::exportUsers() const
{
    return call<ExportResult>(ApiRequest::get(u"/users/export"_s), &ExportResult::fromJson);
}

Reply<QList<ServiceAccountToken>> SkyPilotApi::listTokens() const
{
    return call<QList<ServiceAccountToken>>(ApiRequest::get(u"/users/service-account-tokens"_s),
                                            &ServiceAccountToken::listFromJson);
}

Reply<IssuedToken> SkyPilotApi::createToken(const QString &name, std::optional<int> expiresInDays,
                                            const QString &role) const
{
    QJsonObject body{{"token_name"_L1, name}};
    body.insert("expires_in_days"_L1, expiresInDays ? QJsonValue(*expiresInDays) : QJsonValue());
    if (!role.isEmpty())
        body.insert("role"_L1, role);
    return call<IssuedToken>(ApiRequest::post(u"/users/service-account-tokens"_s, body), &IssuedToken::fromJson);
}

Reply<Done> SkyPilotApi::deleteToken(const QString &tokenId) const
{
    return callForNothing(ApiRequest::post(u"/users/service-account-tokens/delete"_s, {{"token_id"_L1, tokenId}}));
}

Reply<TokenRole> SkyPilotApi::tokenRole(const QString &tokenId) const
{
    return call<TokenRole>(ApiRequest::post(u"/users/service-account-tokens/get-role"_s, {{"token_id"_L1, tokenId}}),
                           &TokenRole::fromJson);
}

Reply<TokenRole> SkyPilotApi::updateTokenRole(const QString &tokenId, const QString &role) const
{
    return call<TokenRole>(ApiRequest::post(u"/users/service-account-tokens/update-role"_s,
                                            {{"token_id"_L1, tokenId}, {"role"_L1, role}}),
                           &TokenRole::fromJson);
}

Reply<IssuedToken> SkyPilotApi::rotateToken(const QString &tokenId, std::optional<int> expiresInDays) const
{
    QJsonObject body{{"token_id"_L1, tokenId}};
    if (expiresInDays)
        body.insert("expires_in_days"_L1, *expiresInDays);
    return call<IssuedToken>(ApiRequest::post(u"/users/service-account-tokens/rotate"_s, body), &IssuedToken::fromJson);
}
