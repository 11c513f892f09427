// SPDX-License-Identifier: MIT
#pragma once

#include "fakehttpresponse.h"
#include "fakerequestcontext.h"
#include "fakerouter.h"
#include "fakeserverstate.h"

#include <QtGlobal>

// GET /users, GET /users/role and POST /users/{create,update,batch_update,delete}
// (sky/users/server.py), with every handler-level check and message.
class FakeUsersHandlers final
{
    Q_DISABLE_COPY_MOVE(FakeUsersHandlers)

public:
    explicit FakeUsersHandlers(FakeServerState &state);

    void registerRoutes(FakeRouter &router);

    FakeHttpResponse list(FakeRequestContext &context);
    FakeHttpResponse role(FakeRequestContext &context);
    FakeHttpResponse create(FakeRequestContext &context);
    FakeHttpResponse update(FakeRequestContext &context);
    FakeHttpResponse batchUpdate(FakeRequestContext &context);
    FakeHttpResponse remove(FakeRequestContext &context);

    // _delete_user(), shared with the service-account token delete route. Empty on success.
    std::optional<FakeHttpResponse> deleteUser(const QString &userId);

private:
    FakeServerState &m_state;
};
