// SPDX-License-Identifier: MIT
#pragma once

#include "fakehttpresponse.h"
#include "fakerequestcontext.h"
#include "fakeserverstate.h"

#include <QtGlobal>

#include <optional>

// BearerTokenMiddleware then BasicAuthMiddleware (sky/server/server.py), including the loopback
// bypass of sky/server/auth/loopback.py when the double is told to allow it.
class FakeAuthenticator final
{
    Q_DISABLE_COPY_MOVE(FakeAuthenticator)

public:
    explicit FakeAuthenticator(FakeServerState &state);

    // Sets context.caller, or returns the 401 that ends the request. Throws FakePythonException
    // where the server would raise (a stored "hash" that passlib cannot verify).
    std::optional<FakeHttpResponse> authenticate(FakeRequestContext &context);
    bool isLoopbackRequest(const FakeRequestContext &context) const;

private:
    std::optional<FakeHttpResponse> bearer(FakeRequestContext &context);
    std::optional<FakeHttpResponse> basic(FakeRequestContext &context);
    std::optional<FakeHttpResponse> serviceAccount(FakeRequestContext &context, const QString &token);
    // Decodes "Basic xxx" and checks the password; nullopt for every kind of failure, with
    // `failure` set to the 401 text the middleware would send.
    std::optional<FakeUserStore::User> checkBasic(const QString &authorization, QString *failure) const;

    FakeServerState &m_state;
};
