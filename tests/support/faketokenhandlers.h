// SPDX-License-Identifier: MIT
#pragma once

#include "fakehttpresponse.h"
#include "fakerequestcontext.h"
#include "fakerouter.h"
#include "fakeserverstate.h"

#include <QtGlobal>

class FakeUsersHandlers;

// The six service-account token routes under /users/service-account-tokens, with the upstream
// quirks: prefix-only name check, a duplicate name reported as a 500, and 0 or null days meaning
// "never expires". Follows 0.14.1 where it differs from the spec: roles are checked on create and
// update-role (403 "Only admins can grant the admin role."), and a create without a role is
// capped at the caller's own role.
class FakeTokenHandlers final
{
    Q_DISABLE_COPY_MOVE(FakeTokenHandlers)

public:
    FakeTokenHandlers(FakeServerState &state, FakeUsersHandlers &users);

    void registerRoutes(FakeRouter &router);

    FakeHttpResponse list(FakeRequestContext &context);
    FakeHttpResponse create(FakeRequestContext &context);
    FakeHttpResponse remove(FakeRequestContext &context);
    FakeHttpResponse getRole(FakeRequestContext &context);
    FakeHttpResponse updateRole(FakeRequestContext &context);
    FakeHttpResponse rotate(FakeRequestContext &context);

private:
    // check_service_account_token_permission(): admin yes, viewer never, others only their own.
    bool mayManage(const FakeUserStore::User &caller, const FakeUserStore::Token &token) const;
    // _check_role_grantable() (0.14.1): a 400 for an unknown role, a 403 for admin from a non-admin.
    std::optional<FakeHttpResponse> refuseUngrantableRole(const QString &role, const QString &callerId) const;
    // _clamped_default_role() (0.14.1): the default role, but never above the caller's own.
    QString clampedDefaultRole(const QString &callerId) const;

    FakeServerState &m_state;
    FakeUsersHandlers &m_users;
};
