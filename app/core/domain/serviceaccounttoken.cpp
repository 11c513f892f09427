// SPDX-License-Identifier: MIT
#include "serviceaccounttoken.h"

#include "jsonreader.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

std::optional<ServiceAccountToken> ServiceAccountToken::fromJson(const QJsonValue &json, QString *error)
{
    JsonReader r(json, JsonReader::tr("service-account token"));
    ServiceAccountToken token;
    token.tokenId = r.requiredString("token_id"_L1);
    token.tokenName = r.optionalString("token_name"_L1);
    token.createdAt = r.optionalInteger("created_at"_L1);
    token.lastUsedAt = r.optionalInteger("last_used_at"_L1);
    token.expiresAt = r.optionalInteger("expires_at"_L1);
    token.creatorUserHash = r.optionalString("creator_user_hash"_L1);
    token.serviceAccountUserId = r.optionalString("service_account_user_id"_L1);
    token.creatorName = r.optionalString("creator_name"_L1);
    token.serviceAccountName = r.optionalString("service_account_name"_L1);
    token.serviceAccountRoles = r.stringList("service_account_roles"_L1);
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return token;
}

std::optional<QList<ServiceAccountToken>> ServiceAccountToken::listFromJson(const QJsonValue &json, QString *error)
{
    if (!json.isArray()) {
        if (error)
            *error = JsonReader::tr("expected a list of tokens but got %1").arg(JsonReader::typeName(json));
        return std::nullopt;
    }
    QList<ServiceAccountToken> tokens;
    const QJsonArray array = json.toArray();
    for (const QJsonValue &item : array) {
        auto token = fromJson(item, error);
        if (!token)
            return std::nullopt;
        tokens.append(std::move(*token));
    }
    return tokens;
}
