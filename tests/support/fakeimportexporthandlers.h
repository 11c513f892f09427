// SPDX-License-Identifier: MIT
#pragma once

#include "fakehttpresponse.h"
#include "fakerequestcontext.h"
#include "fakerouter.h"
#include "fakeserverstate.h"

#include <QtGlobal>

// POST /users/import and GET /users/export. Import stores anything passlib identifies as a hash
// verbatim; export hands out every stored hash.
class FakeImportExportHandlers final
{
    Q_DISABLE_COPY_MOVE(FakeImportExportHandlers)

public:
    explicit FakeImportExportHandlers(FakeServerState &state);

    void registerRoutes(FakeRouter &router);

    FakeHttpResponse importUsers(FakeRequestContext &context);
    FakeHttpResponse exportUsers(FakeRequestContext &context);

private:
    FakeServerState &m_state;
};
