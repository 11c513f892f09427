// SPDX-License-Identifier: MIT
#include "fakemiddlewarechain.h"

#include "fakejson.h"
#include "fakepython.h"
#include "fakepythonexception.h"
#include "fakerbac.h"

using namespace Qt::StringLiterals;

FakeMiddlewareChain::FakeMiddlewareChain(FakeServerState &state)
    : m_state(state)
    , m_authenticator(state)
    , m_users(state)
    , m_importExport(state)
    , m_tokens(state, m_users)
    , m_health(state)
{
    m_health.registerRoutes(m_router);
    m_users.registerRoutes(m_router);
    m_importExport.registerRoutes(m_router);
    m_tokens.registerRoutes(m_router);
}

FakeHttpResponse FakeMiddlewareChain::handle(FakeRequestContext &context, const QByteArray &requestId)
{
    FakeHttpResponse response;
    if (auto refusal = m_authenticator.authenticate(context))
        response = *refusal;
    else
        response = afterAuthentication(context);
    response.setHeader("x-skypilot-request-id"_ba, requestId);
    // SecurityHeadersMiddleware (0.14.1), the outermost of the app's own middlewares.
    response.setHeader(
            "content-security-policy"_ba,
            "default-src 'self'; script-src 'self' https://usage-v3.skypilot.co; style-src 'self' "
            "'unsafe-inline'; font-src 'self'; connect-src 'self' https://usage-v3.skypilot.co "
            "http://localhost:* http://127.0.0.1:*; worker-src 'self' blob:; frame-src 'self'; img-src "
            "'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'"_ba);
    response.setHeader("x-frame-options"_ba, "SAMEORIGIN"_ba);
    response.setHeader("x-content-type-options"_ba, "nosniff"_ba);
    response.setHeader("referrer-policy"_ba, "strict-origin-when-cross-origin"_ba);
    response.setHeader("permissions-policy"_ba, "camera=(), microphone=(), geolocation=()"_ba);
    return response;
}

FakeHttpResponse FakeMiddlewareChain::afterAuthentication(FakeRequestContext &context)
{
    // RBACMiddleware: skipped for /api/ and /dashboard/ paths and when nobody was identified.
    const bool rbacApplies = !context.path.startsWith(u"/dashboard/"_s) && !context.path.startsWith(u"/api/"_s);
    if (rbacApplies && context.caller) {
        const QString role = m_state.store().role(context.caller->id);
        if (FakeRbac::isBlocked(role, context.method, context.path)) {
            // 0.14.1 queues a repair for a caller with no role at all: this request stays denied,
            // the next one runs with the default role. An unknown role is never repaired.
            if (role.isEmpty())
                m_state.store().setRole(context.caller->id, m_state.config().defaultRole);
            return FakeHttpResponse::detail(403, u"Forbidden"_s);
        }
    }

    // APIVersionMiddleware: checks only when the client sent both headers.
    const std::optional<QByteArray> apiHeader = context.header("X-SkyPilot-API-Version");
    const std::optional<QByteArray> versionHeader = context.header("X-SkyPilot-Version");
    if (!apiHeader || !versionHeader)
        return m_router.dispatch(context);

    const QString apiText = QString::fromLatin1(*apiHeader);
    const std::optional<qint64> clientApi = FakePython::toInt(apiText);
    if (!clientApi) {
        throw FakePythonException(u"ValueError"_s,
                                  u"Header X-SkyPilot-API-Version: %1 is not a valid API version."_s.arg(apiText));
    }
    FakeHttpResponse response;
    if (*clientApi < m_state.config().minCompatibleApiVersion) {
        // CLIENT_TOO_OLD_ERROR in sky/server/versions.py, colorama escapes included.
        const QString clientVersion = QString::fromLatin1(*versionHeader);
        const QString command = m_state.config().version == u"1.0.0-dev0"_s
                ? u"pip install git+https://github.com/skypilot-org/skypilot@"_s + m_state.config().commit
                : u"pip install -U \"skypilot==%1\""_s.arg(m_state.config().version);
        const QString message = u"\x1b[33mYour SkyPilot client version is too old:%1\n\x1b[0mThe server is running on "
                                u"%2 and the minimum compatible version is %3.\nUpgrade your client with:\n\x1b[33m%4"
                                u"\x1b[0m"_s.arg(clientVersion, m_state.readableVersion(),
                                                 m_state.config().minCompatibleVersion, command);
        response = FakeHttpResponse::json(400,
                                          FakeJson::object({{u"error"_s, FakeJson::string(u"version_mismatch"_s)},
                                                            {u"message"_s, FakeJson::string(message)}}));
    } else {
        response = m_router.dispatch(context);
    }
    addVersionHeaders(response);
    return response;
}

void FakeMiddlewareChain::addVersionHeaders(FakeHttpResponse &response) const
{
    response.setHeader("x-skypilot-api-version"_ba, QByteArray::number(m_state.config().apiVersion));
    response.setHeader("x-skypilot-version"_ba, m_state.readableVersion().toUtf8());
}
