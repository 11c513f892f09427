// SPDX-License-Identifier: MIT
#pragma once

#include "fakeauthenticator.h"
#include "fakehealthhandler.h"
#include "fakehttpresponse.h"
#include "fakeimportexporthandlers.h"
#include "fakerequestcontext.h"
#include "fakerouter.h"
#include "fakeserverstate.h"
#include "faketokenhandlers.h"
#include "fakeusershandlers.h"

#include <QtGlobal>

// The server's middleware stack in its real order: SecurityHeaders -> RequestID -> Bearer -> Basic
// -> RBAC -> APIVersion -> router. Anything answered before APIVersion (401s, RBAC 403s) carries no version
// headers; an uncaught exception escapes as FakePythonException and gets no headers at all.
class FakeMiddlewareChain final
{
    Q_DISABLE_COPY_MOVE(FakeMiddlewareChain)

public:
    explicit FakeMiddlewareChain(FakeServerState &state);

    FakeHttpResponse handle(FakeRequestContext &context, const QByteArray &requestId);

private:
    FakeHttpResponse afterAuthentication(FakeRequestContext &context);
    void addVersionHeaders(FakeHttpResponse &response) const;

    FakeServerState &m_state;
    FakeAuthenticator m_authenticator;
    FakeRouter m_router;
    FakeUsersHandlers m_users;
    FakeImportExportHandlers m_importExport;
    FakeTokenHandlers m_tokens;
    FakeHealthHandler m_health;
};
