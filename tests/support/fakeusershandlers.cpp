// SPDX-License-Identifier: MIT
#include "fakeusershandlers.h"

#include "fakebodyvalidator.h"
#include "fakejson.h"
#include "fakepython.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

using Field = FakeBodyValidator::Field;
using Type = FakeBodyValidator::Type;

} // namespace

FakeUsersHandlers::FakeUsersHandlers(FakeServerState &state)
    : m_state(state)
{ }

void FakeUsersHandlers::registerRoutes(FakeRouter &router)
{
    router.add("GET"_ba, u"/users"_s, [this](FakeRequestContext &c) { return list(c); });
    router.add("GET"_ba, u"/users/role"_s, [this](FakeRequestContext &c) { return role(c); });
    router.add("POST"_ba, u"/users/create"_s, [this](FakeRequestContext &c) { return create(c); });
    router.add("POST"_ba, u"/users/update"_s, [this](FakeRequestContext &c) { return update(c); });
    router.add("POST"_ba, u"/users/batch_update"_s, [this](FakeRequestContext &c) { return batchUpdate(c); });
    router.add("POST"_ba, u"/users/delete"_s, [this](FakeRequestContext &c) { return remove(c); });
}

FakeHttpResponse FakeUsersHandlers::list(FakeRequestContext &)
{
    const FakeUserStore &store = m_state.store();
    QList<QByteArray> items;
    for (const FakeUserStore::User &user : store.users()) {
        if (FakeUserStore::isServiceAccount(user.id))
            continue;
        items.append(FakeJson::object({{u"id"_s, FakeJson::string(user.id)},
                                       {u"name"_s, FakeJson::string(user.name)},
                                       {u"created_at"_s, FakeJson::numberOrNull(user.createdAt)},
                                       {u"role"_s, FakeJson::string(store.role(user.id))},
                                       {u"user_type"_s, FakeJson::string(store.userTypeOf(user))}}));
    }
    return FakeHttpResponse::json(200, FakeJson::array(items));
}

FakeHttpResponse FakeUsersHandlers::role(FakeRequestContext &context)
{
    // No caller (auth off or a loopback-bypassed request) reads as an anonymous admin.
    if (!context.caller) {
        return FakeHttpResponse::json(200,
                                      FakeJson::object({{u"id"_s, FakeJson::string(QString())},
                                                        {u"name"_s, FakeJson::string(QString())},
                                                        {u"role"_s, FakeJson::string(u"admin"_s)}}));
    }
    return FakeHttpResponse::json(
            200,
            FakeJson::object({{u"id"_s, FakeJson::string(context.caller->id)},
                              {u"name"_s, FakeJson::string(context.caller->name)},
                              {u"role"_s, FakeJson::string(m_state.store().role(context.caller->id))}}));
}

FakeHttpResponse FakeUsersHandlers::create(FakeRequestContext &context)
{
    const auto parsed = FakeBodyValidator::validate(
            context, {{u"username"_s, Type::Str}, {u"password"_s, Type::Str}, {u"role"_s, Type::OptionalStr}});
    if (const auto *error = std::get_if<FakeHttpResponse>(&parsed))
        return *error;
    const QJsonObject &body = std::get<QJsonObject>(parsed);
    const QString username = body.value(u"username"_s).toString();
    const QString password = body.value(u"password"_s).toString();
    QString role = body.value(u"role"_s).toString();

    if (username.isEmpty() || password.isEmpty())
        return FakeHttpResponse::detail(400, u"Username and password are required"_s);
    if (!role.isEmpty() && !FakeServerState::supportedRoles().contains(role))
        return FakeHttpResponse::detail(400, u"Invalid role: "_s + role);
    if (role.isEmpty())
        role = m_state.config().defaultRole;
    // Duplicates are found by name only; the message uses Python's repr() of the name.
    const QString hash = m_state.hasher().hash(password);
    if (m_state.store().nameTaken(username))
        return FakeHttpResponse::detail(400, u"User %1 already exists"_s.arg(FakePython::repr(username)));
    m_state.addBasicUser(username, hash, role);
    return FakeHttpResponse::jsonNull();
}

FakeHttpResponse FakeUsersHandlers::update(FakeRequestContext &context)
{
    const auto parsed = FakeBodyValidator::validate(
            context, {{u"user_id"_s, Type::Str}, {u"role"_s, Type::OptionalStr}, {u"password"_s, Type::OptionalStr}});
    if (const auto *error = std::get_if<FakeHttpResponse>(&parsed))
        return *error;
    const QJsonObject &body = std::get<QJsonObject>(parsed);
    const QString userId = body.value(u"user_id"_s).toString();
    const QString role = body.value(u"role"_s).toString();
    const QString password = body.value(u"password"_s).toString();
    FakeUserStore &store = m_state.store();

    if (!role.isEmpty() && !FakeServerState::supportedRoles().contains(role))
        return FakeHttpResponse::detail(400, u"Invalid role: "_s + role);
    const QString targetRole = store.role(userId);
    const bool needRoleUpdate = !role.isEmpty() && (targetRole.isEmpty() || role != targetRole);
    if (context.caller) {
        const QString callerRole = store.role(context.caller->id);
        if (callerRole.isEmpty())
            return FakeHttpResponse::detail(403, u"Invalid user"_s);
        if (callerRole != u"admin"_s) {
            if (needRoleUpdate)
                return FakeHttpResponse::detail(403, u"Only admin can update user role"_s);
            if (!password.isEmpty() && userId != context.caller->id)
                return FakeHttpResponse::detail(403, u"Only admin can update password for other users"_s);
        }
    }
    const auto target = store.user(userId);
    if (!target)
        return FakeHttpResponse::detail(400, u"User %1 does not exist"_s.arg(userId));
    if (needRoleUpdate && store.isInternal(target->id))
        return FakeHttpResponse::detail(400, u"Cannot update role for internal API server user "_s + target->name);
    if (!password.isEmpty() && store.isInternal(target->id))
        return FakeHttpResponse::detail(400, u"Cannot update password for internal API server user "_s + target->name);
    if (needRoleUpdate && targetRole == u"admin"_s && role != u"admin"_s) {
        const QString refusal = m_state.demotionError(target->id);
        if (!refusal.isEmpty())
            return FakeHttpResponse::detail(400, refusal);
    }

    if (!password.isEmpty()) {
        FakeUserStore::User changed = *target;
        changed.password = m_state.hasher().hash(password);
        store.upsert(changed, m_state.now());
    }
    if (needRoleUpdate)
        store.setRole(target->id, role);
    return FakeHttpResponse::jsonNull();
}

FakeHttpResponse FakeUsersHandlers::batchUpdate(FakeRequestContext &context)
{
    const auto parsed = FakeBodyValidator::validate(context, {{u"user_ids"_s, Type::StrList}, {u"role"_s, Type::Str}});
    if (const auto *error = std::get_if<FakeHttpResponse>(&parsed))
        return *error;
    const QJsonObject &body = std::get<QJsonObject>(parsed);
    const QJsonArray userIds = body.value(u"user_ids"_s).toArray();
    const QString role = body.value(u"role"_s).toString();
    FakeUserStore &store = m_state.store();

    if (role.isEmpty() || !FakeServerState::supportedRoles().contains(role))
        return FakeHttpResponse::detail(400, u"Invalid role: "_s + role);
    if (userIds.isEmpty())
        return FakeHttpResponse::detail(400, u"user_ids must not be empty"_s);
    if (context.caller) {
        const QString callerRole = store.role(context.caller->id);
        if (callerRole.isEmpty())
            return FakeHttpResponse::detail(403, u"Invalid user"_s);
        if (callerRole != u"admin"_s)
            return FakeHttpResponse::detail(403, u"Only admin can update user roles"_s);
    }

    QList<QByteArray> succeeded;
    QList<QByteArray> failed;
    const auto fail = [&failed](const QString &userId, const QString &error) {
        failed.append(
                FakeJson::object({{u"user_id"_s, FakeJson::string(userId)}, {u"error"_s, FakeJson::string(error)}}));
    };
    for (const QJsonValue &value : userIds) {
        const QString userId = value.toString();
        const auto target = store.user(userId);
        if (!target) {
            fail(userId, u"User %1 does not exist"_s.arg(userId));
            continue;
        }
        if (store.isInternal(userId)) {
            fail(userId, u"Cannot update role for internal API server user "_s + target->name);
            continue;
        }
        const QString current = store.role(userId);
        if (current == role) {
            succeeded.append(FakeJson::string(userId));
            continue;
        }
        if (current == u"admin"_s) {
            const QString refusal = m_state.demotionError(userId);
            if (!refusal.isEmpty()) {
                fail(userId, refusal);
                continue;
            }
        }
        store.setRole(userId, role);
        succeeded.append(FakeJson::string(userId));
    }
    return FakeHttpResponse::json(
            200,
            FakeJson::object({{u"succeeded"_s, FakeJson::array(succeeded)}, {u"failed"_s, FakeJson::array(failed)}}));
}

FakeHttpResponse FakeUsersHandlers::remove(FakeRequestContext &context)
{
    const auto parsed = FakeBodyValidator::validate(context, {{u"user_id"_s, Type::Str}});
    if (const auto *error = std::get_if<FakeHttpResponse>(&parsed))
        return *error;
    if (auto refusal = deleteUser(std::get<QJsonObject>(parsed).value(u"user_id"_s).toString()))
        return *refusal;
    return FakeHttpResponse::jsonNull();
}

std::optional<FakeHttpResponse> FakeUsersHandlers::deleteUser(const QString &userId)
{
    FakeUserStore &store = m_state.store();
    const auto target = store.user(userId);
    if (!target)
        return FakeHttpResponse::detail(400, u"User %1 does not exist"_s.arg(userId));
    if (store.isInternal(target->id))
        return FakeHttpResponse::detail(400, u"Cannot delete internal API server user "_s + target->name);
    const QString refusal = m_state.activeResourcesError(userId, u"delete"_s);
    if (!refusal.isEmpty())
        return FakeHttpResponse::detail(400, refusal);
    store.remove(userId);
    return std::nullopt;
}
