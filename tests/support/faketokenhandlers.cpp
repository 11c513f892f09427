// SPDX-License-Identifier: MIT
#include "faketokenhandlers.h"

#include "fakebodyvalidator.h"
#include "fakejson.h"
#include "fakepython.h"
#include "fakeusershandlers.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

using Type = FakeBodyValidator::Type;
constexpr qint64 kSecondsPerDay = 24 * 3600;

FakeHttpResponse authenticationRequired()
{
    return FakeHttpResponse::detail(401, u"Authentication required"_s);
}

// Validates the body and looks the token up; sets `response` when the handler must stop.
struct TokenLookup
{
    QJsonObject body;
    std::optional<FakeUserStore::Token> token;
    std::optional<FakeHttpResponse> response;
};

TokenLookup lookUp(FakeRequestContext &context, const FakeServerState &state,
                   const QList<FakeBodyValidator::Field> &fields)
{
    // FastAPI validates the body before the handler runs, so a 422 wins over the 401.
    TokenLookup lookup;
    auto parsed = FakeBodyValidator::validate(context, fields);
    if (auto *error = std::get_if<FakeHttpResponse>(&parsed)) {
        lookup.response = *error;
        return lookup;
    }
    if (!context.caller) {
        lookup.response = authenticationRequired();
        return lookup;
    }
    lookup.body = std::get<QJsonObject>(parsed);
    lookup.token = state.store().token(lookup.body.value(u"token_id"_s).toString());
    if (!lookup.token)
        lookup.response = FakeHttpResponse::detail(404, u"Token not found"_s);
    return lookup;
}

std::optional<int> daysFrom(const QJsonObject &body)
{
    const QJsonValue value = body.value(u"expires_in_days"_s);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    return value.toInt();
}

} // namespace

FakeTokenHandlers::FakeTokenHandlers(FakeServerState &state, FakeUsersHandlers &users)
    : m_state(state)
    , m_users(users)
{ }

void FakeTokenHandlers::registerRoutes(FakeRouter &router)
{
    const QString base = u"/users/service-account-tokens"_s;
    router.add("GET"_ba, base, [this](FakeRequestContext &c) { return list(c); });
    router.add("POST"_ba, base, [this](FakeRequestContext &c) { return create(c); });
    router.add("POST"_ba, base + u"/delete"_s, [this](FakeRequestContext &c) { return remove(c); });
    router.add("POST"_ba, base + u"/get-role"_s, [this](FakeRequestContext &c) { return getRole(c); });
    router.add("POST"_ba, base + u"/update-role"_s, [this](FakeRequestContext &c) { return updateRole(c); });
    router.add("POST"_ba, base + u"/rotate"_s, [this](FakeRequestContext &c) { return rotate(c); });
}

bool FakeTokenHandlers::mayManage(const FakeUserStore::User &caller, const FakeUserStore::Token &token) const
{
    const QString role = m_state.store().role(caller.id);
    if (role == u"admin"_s)
        return true;
    if (role == u"viewer"_s)
        return false;
    return caller.id == token.creatorUserHash;
}

std::optional<FakeHttpResponse> FakeTokenHandlers::refuseUngrantableRole(const QString &role,
                                                                         const QString &callerId) const
{
    if (!FakeServerState::supportedRoles().contains(role)) {
        return FakeHttpResponse::detail(
                400, u"Invalid role %1. Supported roles: admin, user, viewer."_s.arg(FakePython::repr(role)));
    }
    if (role == u"admin"_s && m_state.store().role(callerId) != u"admin"_s)
        return FakeHttpResponse::detail(403, u"Only admins can grant the admin role."_s);
    return std::nullopt;
}

QString FakeTokenHandlers::clampedDefaultRole(const QString &callerId) const
{
    const QString defaultRole = m_state.config().defaultRole;
    const QString callerRole = m_state.store().role(callerId);
    if (defaultRole != u"admin"_s || callerRole == u"admin"_s)
        return defaultRole;
    // least_privileged_role(): an unknown or missing role counts as the most restricted one.
    return callerRole == u"user"_s ? callerRole : u"viewer"_s;
}

FakeHttpResponse FakeTokenHandlers::list(FakeRequestContext &context)
{
    if (!context.caller)
        return authenticationRequired();
    const FakeUserStore &store = m_state.store();
    QList<QByteArray> items;
    for (const FakeUserStore::Token &token : store.tokens()) {
        const auto creator = store.user(token.creatorUserHash);
        const auto account = store.user(token.serviceAccountUserId);
        const QString role = store.role(token.serviceAccountUserId);
        items.append(FakeJson::object(
                {{u"token_id"_s, FakeJson::string(token.tokenId)},
                 {u"token_name"_s, FakeJson::string(token.tokenName)},
                 {u"created_at"_s, FakeJson::number(token.createdAt)},
                 {u"last_used_at"_s, FakeJson::numberOrNull(token.lastUsedAt)},
                 {u"expires_at"_s, FakeJson::numberOrNull(token.expiresAt)},
                 {u"creator_user_hash"_s, FakeJson::string(token.creatorUserHash)},
                 {u"service_account_user_id"_s, FakeJson::string(token.serviceAccountUserId)},
                 {u"creator_name"_s, FakeJson::string(creator ? creator->name : u"Unknown"_s)},
                 {u"service_account_name"_s, FakeJson::string(account ? account->name : token.tokenName)},
                 {u"service_account_roles"_s,
                  FakeJson::stringArray(role.isEmpty() ? QStringList() : QStringList{role})}}));
    }
    return FakeHttpResponse::json(200, FakeJson::array(items));
}

FakeHttpResponse FakeTokenHandlers::create(FakeRequestContext &context)
{
    const auto parsed = FakeBodyValidator::validate(
            context,
            {{u"token_name"_s, Type::Str}, {u"expires_in_days"_s, Type::OptionalInt}, {u"role"_s, Type::OptionalStr}});
    if (const auto *error = std::get_if<FakeHttpResponse>(&parsed))
        return *error;
    if (!context.caller)
        return authenticationRequired();
    const QJsonObject &body = std::get<QJsonObject>(parsed);
    const QString tokenName = FakePython::strip(body.value(u"token_name"_s).toString());
    const std::optional<int> days = daysFrom(body);
    // An explicit "" is a role to check (and refuse); only a missing or null role means "default".
    const QJsonValue roleValue = body.value(u"role"_s);
    const bool roleGiven = !roleValue.isUndefined() && !roleValue.isNull();

    // re.match() anchors only at the start: any name that begins with a letter passes.
    static const QRegularExpression validName(u"\\A[a-zA-Z]([-_.a-zA-Z0-9]*[a-zA-Z0-9])?"_s);
    if (!validName.match(tokenName).hasMatch())
        return FakeHttpResponse::detail(
                400, u"Token name must contain only letters, numbers, and underscores. Please use a different name."_s);
    if (days && *days < 0)
        return FakeHttpResponse::detail(400, u"Expiration days must be positive or 0 for never expire"_s);
    if (roleGiven) {
        if (auto refusal = refuseUngrantableRole(roleValue.toString(), context.caller->id))
            return *refusal;
    }
    const QString role = roleGiven ? roleValue.toString() : clampedDefaultRole(context.caller->id);

    FakeUserStore &store = m_state.store();
    const QString accountId = m_state.tokens().newServiceAccountId();
    if (store.nameTaken(tokenName)) {
        // The 400 is raised inside a catch-all, so the client sees it wrapped in a 500.
        return FakeHttpResponse::detail(
                500,
                u"Failed to create service account token: 400: Service account with name %1 already exists (%2). "
                u"Please use a different name."_s.arg(FakePython::repr(tokenName), accountId));
    }
    const qint64 now = m_state.now();
    store.upsert({accountId, tokenName, QString(), std::nullopt, u"sa"_s}, now);
    store.setRole(accountId, role);
    const FakeTokenService::Minted minted = m_state.tokens().mint(m_state.tokens().newTokenId(), accountId, days, now);
    store.upsertToken({minted.tokenId, tokenName, minted.tokenHash, now, std::nullopt, minted.expiresAt,
                       context.caller->id, accountId});
    return FakeHttpResponse::json(
            200,
            FakeJson::object(
                    {{u"token_id"_s, FakeJson::string(minted.tokenId)},
                     {u"token_name"_s, FakeJson::string(tokenName)},
                     {u"token"_s, FakeJson::string(minted.token)},
                     {u"expires_at"_s, FakeJson::numberOrNull(minted.expiresAt)},
                     {u"service_account_user_id"_s, FakeJson::string(accountId)},
                     {u"creator_user_id"_s, FakeJson::string(context.caller->id)},
                     {u"message"_s, FakeJson::string(u"Please save this token - it will not be shown again!"_s)}}));
}

FakeHttpResponse FakeTokenHandlers::remove(FakeRequestContext &context)
{
    TokenLookup lookup = lookUp(context, m_state, {{u"token_id"_s, Type::Str}});
    if (lookup.response)
        return *lookup.response;
    if (!mayManage(*context.caller, *lookup.token))
        return FakeHttpResponse::detail(
                403, u"You can only delete your own tokens. Only admins can delete tokens owned by other users."_s);
    // The account is deleted first, with the same checks as /users/delete (active resources...).
    if (auto refusal = m_users.deleteUser(lookup.token->serviceAccountUserId))
        return *refusal;
    if (!m_state.store().removeToken(lookup.token->tokenId))
        return FakeHttpResponse::detail(404, u"Token not found"_s);
    return FakeHttpResponse::json(
            200, FakeJson::object({{u"message"_s, FakeJson::string(u"Token deleted successfully"_s)}}));
}

FakeHttpResponse FakeTokenHandlers::getRole(FakeRequestContext &context)
{
    TokenLookup lookup = lookUp(context, m_state, {{u"token_id"_s, Type::Str}});
    if (lookup.response)
        return *lookup.response;
    if (!mayManage(*context.caller, *lookup.token))
        return FakeHttpResponse::detail(403,
                                        u"You can only view roles for your own service accounts. Only admins can "
                                        u"view roles for service accounts owned by other users."_s);
    const QString role = m_state.store().role(lookup.token->serviceAccountUserId);
    return FakeHttpResponse::json(
            200,
            FakeJson::object(
                    {{u"token_id"_s, FakeJson::string(lookup.token->tokenId)},
                     {u"service_account_user_id"_s, FakeJson::string(lookup.token->serviceAccountUserId)},
                     {u"roles"_s, FakeJson::stringArray(role.isEmpty() ? QStringList() : QStringList{role})}}));
}

FakeHttpResponse FakeTokenHandlers::updateRole(FakeRequestContext &context)
{
    TokenLookup lookup = lookUp(context, m_state, {{u"token_id"_s, Type::Str}, {u"role"_s, Type::Str}});
    if (lookup.response)
        return *lookup.response;
    if (!mayManage(*context.caller, *lookup.token))
        return FakeHttpResponse::detail(403,
                                        u"You can only update roles for your own service accounts. Only admins "
                                        u"can update roles for service accounts owned by other users."_s);
    // 0.14.1 checks the role here; the spec (master of 2026-07) stored any string.
    const QString role = lookup.body.value(u"role"_s).toString();
    if (auto refusal = refuseUngrantableRole(role, context.caller->id))
        return *refusal;
    m_state.store().setRole(lookup.token->serviceAccountUserId, role);
    return FakeHttpResponse::json(
            200,
            FakeJson::object({{u"message"_s, FakeJson::string(u"Service account role updated to "_s + role)},
                              {u"token_id"_s, FakeJson::string(lookup.token->tokenId)},
                              {u"service_account_user_id"_s, FakeJson::string(lookup.token->serviceAccountUserId)},
                              {u"new_role"_s, FakeJson::string(role)}}));
}

FakeHttpResponse FakeTokenHandlers::rotate(FakeRequestContext &context)
{
    TokenLookup lookup
            = lookUp(context, m_state, {{u"token_id"_s, Type::Str}, {u"expires_in_days"_s, Type::OptionalInt}});
    if (lookup.response)
        return *lookup.response;
    FakeUserStore::Token token = *lookup.token;
    if (!mayManage(*context.caller, token))
        return FakeHttpResponse::detail(
                403, u"You can only rotate your own tokens. Only admins can rotate tokens owned by other users."_s);
    std::optional<int> days = daysFrom(lookup.body);
    if (days && *days < 0)
        return FakeHttpResponse::detail(400, u"Expiration days must be positive or 0 for never expire"_s);

    const qint64 now = m_state.now();
    if (!days && token.expiresAt) {
        // Keep the remaining whole days (at least one); an already expired token gets 30. Python
        // subtracts a float time.time() from the integer expiry, so the remainder is always a
        // fraction short: a token made 7 days ahead and rotated at once keeps 6 days.
        const qint64 remaining = *token.expiresAt - now;
        days = remaining >= 1 ? int(qMax<qint64>(1, (remaining - 1) / kSecondsPerDay)) : 30;
    }
    // create_token() draws a new random id for the JWT's "k" claim; the row keeps its token_id.
    const FakeTokenService::Minted minted
            = m_state.tokens().mint(m_state.tokens().newTokenId(), token.serviceAccountUserId, days, now);
    token.tokenHash = minted.tokenHash;
    token.expiresAt = minted.expiresAt;
    token.createdAt = now;
    token.lastUsedAt.reset();
    m_state.store().upsertToken(token);
    return FakeHttpResponse::json(
            200,
            FakeJson::object({{u"token_id"_s, FakeJson::string(token.tokenId)},
                              {u"token_name"_s, FakeJson::string(token.tokenName)},
                              {u"token"_s, FakeJson::string(minted.token)},
                              {u"expires_at"_s, FakeJson::numberOrNull(minted.expiresAt)},
                              {u"service_account_user_id"_s, FakeJson::string(token.serviceAccountUserId)},
                              {u"message"_s,
                               FakeJson::string(u"Token rotated successfully! Please save this new "
                                                u"token - it will not be shown again!"_s)}}));
}
