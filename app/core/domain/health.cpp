// SPDX-License-Identifier: MIT
#include "health.h"

#include "jsonreader.h"

using namespace Qt::StringLiterals;

std::optional<Health> Health::fromJson(const QJsonValue &json, QString *error)
{
    JsonReader r(json, JsonReader::tr("server health"));
    Health health;
    health.status = r.requiredString("status"_L1);
    // The official client calls a body without api_version, version or commit unhealthy; so do we.
    // A string on current servers; accept a plain number too.
    const QJsonValue apiVersion = r.object().value("api_version"_L1);
    bool numeric = apiVersion.isDouble();
    health.apiVersion = numeric ? apiVersion.toInt() : apiVersion.toString().toInt(&numeric);
    if (!numeric)
        r.fail(JsonReader::tr("field “api_version” should be a number but is %1")
                       .arg(JsonReader::typeName(apiVersion)));
    health.version = r.requiredString("version"_L1);
    health.commit = r.requiredString("commit"_L1);
    health.basicAuthEnabled = r.optionalBool("basic_auth_enabled"_L1);
    health.serviceAccountTokenEnabled = r.optionalBool("service_account_token_enabled"_L1);
    health.ingressBasicAuthEnabled = r.optionalBool("ingress_basic_auth_enabled"_L1);
    health.externalProxyAuthEnabled = r.optionalBool("external_proxy_auth_enabled"_L1);
    health.latestVersion = r.optionalString("latest_version"_L1);
    const QJsonValue user = r.object().value("user"_L1);
    if (user.isObject()) {
        JsonReader u(user, JsonReader::tr("server health user"));
        Caller caller{u.requiredString("id"_L1), u.optionalString("name"_L1)};
        if (!u.ok())
            r.fail(u.error());
        else
            health.user = caller;
    } else if (!user.isNull() && !user.isUndefined()) {
        r.fail(JsonReader::tr("field “user” should be an object but is %1").arg(JsonReader::typeName(user)));
    }
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return health;
}
