// SPDX-License-Identifier: MIT
#include "fakehealthhandler.h"

#include "fakejson.h"

using namespace Qt::StringLiterals;

FakeHealthHandler::FakeHealthHandler(FakeServerState &state)
    : m_state(state)
{ }

void FakeHealthHandler::registerRoutes(FakeRouter &router)
{
    router.add("GET"_ba, u"/api/health"_s, [this](FakeRequestContext &c) { return health(c); });
}

FakeHttpResponse FakeHealthHandler::health(FakeRequestContext &context)
{
    QByteArray user = FakeJson::null();
    if (context.caller) {
        const FakeUserStore::User &caller = *context.caller;
        const auto optionalText = [](const QString &text) {
            return text.isEmpty() ? std::optional<QString>() : std::optional<QString>(text);
        };
        user = FakeJson::object({{u"id"_s, FakeJson::string(caller.id)},
                                 {u"name"_s, FakeJson::stringOrNull(optionalText(caller.name))},
                                 {u"password"_s, FakeJson::stringOrNull(optionalText(caller.password))},
                                 {u"created_at"_s, FakeJson::numberOrNull(caller.createdAt)},
                                 {u"user_type"_s, FakeJson::stringOrNull(optionalText(caller.userType))},
                                 {u"preferred_workspace"_s, FakeJson::null()}});
    }
    const FakeServerConfig &config = m_state.config();
    return FakeHttpResponse::json(
            200,
            FakeJson::object({{u"status"_s, FakeJson::string(u"healthy"_s)},
                              {u"api_version"_s, FakeJson::string(QString::number(config.apiVersion))},
                              {u"version"_s, FakeJson::string(config.version)},
                              {u"version_on_disk"_s, FakeJson::string(config.version)},
                              {u"commit"_s, FakeJson::string(config.commit)},
                              {u"basic_auth_enabled"_s, FakeJson::boolean(true)},
                              {u"user"_s, user},
                              {u"service_account_token_enabled"_s, FakeJson::boolean(config.serviceAccountsEnabled)},
                              {u"ingress_basic_auth_enabled"_s, FakeJson::boolean(false)},
                              {u"external_proxy_auth_enabled"_s, FakeJson::boolean(false)},
                              {u"latest_version"_s, FakeJson::null()},
                              {u"telemetry_enabled"_s, FakeJson::boolean(false)},
                              {u"restrict_config_to_admins"_s, FakeJson::boolean(true)}}));
}
