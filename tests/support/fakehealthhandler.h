// SPDX-License-Identifier: MIT
#pragma once

#include "fakehttpresponse.h"
#include "fakerequestcontext.h"
#include "fakerouter.h"
#include "fakeserverstate.h"

#include <QtGlobal>

// GET /api/health: the APIHealthResponse fields a client checks, with `user` being the caller's
// full row, stored password hash included.
class FakeHealthHandler final
{
    Q_DISABLE_COPY_MOVE(FakeHealthHandler)

public:
    explicit FakeHealthHandler(FakeServerState &state);

    void registerRoutes(FakeRouter &router);
    FakeHttpResponse health(FakeRequestContext &context);

private:
    FakeServerState &m_state;
};
