// SPDX-License-Identifier: MIT
#include "currentuser.h"

#include "jsonreader.h"

using namespace Qt::StringLiterals;

std::optional<CurrentUser> CurrentUser::fromJson(const QJsonValue &json, QString *error)
{
    JsonReader r(json, JsonReader::tr("current user"));
    CurrentUser user;
    // Servers before 0.10 sent no id; treat it as anonymous rather than failing.
    user.id = r.optionalString("id"_L1);
    user.name = r.optionalString("name"_L1);
    user.role = r.requiredString("role"_L1);
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return user;
}
