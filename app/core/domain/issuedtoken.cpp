// SPDX-License-Identifier: MIT
#include "issuedtoken.h"

#include "jsonreader.h"

using namespace Qt::StringLiterals;

std::optional<IssuedToken> IssuedToken::fromJson(const QJsonValue &json, QString *error)
{
    JsonReader r(json, JsonReader::tr("issued token"));
    IssuedToken issued;
    issued.tokenId = r.requiredString("token_id"_L1);
    issued.tokenName = r.optionalString("token_name"_L1);
    issued.token = Secret::fromString(r.requiredString("token"_L1));
    issued.expiresAt = r.optionalInteger("expires_at"_L1);
    issued.serviceAccountUserId = r.optionalString("service_account_user_id"_L1);
    issued.creatorUserId = r.optionalString("creator_user_id"_L1);
    issued.message = r.optionalString("message"_L1);
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return issued;
}
