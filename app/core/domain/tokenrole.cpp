// SPDX-License-Identifier: MIT
#include "tokenrole.h"

#include "jsonreader.h"

using namespace Qt::StringLiterals;

std::optional<TokenRole> TokenRole::fromJson(const QJsonValue &json, QString *error)
{
    JsonReader r(json, JsonReader::tr("service-account role"));
    TokenRole role;
    role.tokenId = r.requiredString("token_id"_L1);
    role.serviceAccountUserId = r.optionalString("service_account_user_id"_L1);
    role.message = r.optionalString("message"_L1);
    if (r.object().contains("new_role"_L1))
        role.roles = QStringList{r.requiredString("new_role"_L1)};
    else
        role.roles = r.stringList("roles"_L1);
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return role;
}
