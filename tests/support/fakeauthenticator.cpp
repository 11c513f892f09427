// SPDX-License-Identifier: MIT
#include "fakeauthenticator.h"

#include "fakejson.h"
#include "fakepython.h"
#include "fakepythonexception.h"

using namespace Qt::StringLiterals;

namespace {

FakeHttpResponse basic401(const QString &text)
{
    // _basic_auth_401_response(): a bare JSON string, not {"detail": ...}.
    FakeHttpResponse response = FakeHttpResponse::json(401, FakeJson::string(text));
    response.setHeader("www-authenticate"_ba, "Basic realm=\"SkyPilot\""_ba);
    response.setHeader("cache-control"_ba, "no-store"_ba);
    return response;
}

FakeHttpResponse bearer401(const QString &detail)
{
    // The Bearer middleware answers with {"detail"} and no WWW-Authenticate challenge.
    FakeHttpResponse response = FakeHttpResponse::detail(401, detail);
    response.setHeader("cache-control"_ba, "no-store"_ba);
    return response;
}

bool isLoopbackAddress(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4); // also unwraps ::ffff:127.x.y.z
    if (isV4)
        return (v4 >> 24) == 127;
    return address.isLoopback();
}

} // namespace

FakeAuthenticator::FakeAuthenticator(FakeServerState &state)
    : m_state(state)
{ }

std::optional<FakeHttpResponse> FakeAuthenticator::authenticate(FakeRequestContext &context)
{
    if (auto refusal = bearer(context))
        return refusal;
    return basic(context);
}

bool FakeAuthenticator::isLoopbackRequest(const FakeRequestContext &context) const
{
    if (!isLoopbackAddress(context.peer))
        return false;
    for (const QByteArray &name : {"X-Forwarded-For"_ba, "Forwarded"_ba, "X-Real-IP"_ba, "X-Client-IP"_ba,
                                   "X-Forwarded-Host"_ba, "X-Forwarded-Proto"_ba}) {
        if (FakeHeaders::hasNonEmpty(context.headers, name))
            return false;
    }
    return true;
}

std::optional<FakeHttpResponse> FakeAuthenticator::bearer(FakeRequestContext &context)
{
    const bool tokenMode = context.header("X-Skypilot-Auth-Mode") == std::optional<QByteArray>("token"_ba);
    const std::optional<QByteArray> header = context.header("authorization");
    const QString authorization = header ? QString::fromLatin1(*header) : QString();
    const bool skyBearer = header && authorization.toLower().startsWith(u"bearer "_s)
            && authorization.section(u' ', 1).startsWith(u"sky_"_s);
    if (!tokenMode && !skyBearer)
        return std::nullopt;
    if (!header)
        return bearer401(u"Authentication required"_s);
    if (authorization.section(u' ', 0, 0).toLower() != u"bearer"_s)
        return bearer401(u"Invalid authentication method"_s);
    if (!authorization.contains(u' '))
        throw FakePythonException(u"IndexError"_s, u"list index out of range"_s); // split(' ', 1)[1]
    return serviceAccount(context, authorization.section(u' ', 1));
}

std::optional<FakeHttpResponse> FakeAuthenticator::serviceAccount(FakeRequestContext &context, const QString &token)
{
    if (!m_state.config().serviceAccountsEnabled)
        return bearer401(u"Service account authentication disabled"_s);
    const qint64 now = m_state.now();
    const auto claims = m_state.tokens().verify(token, now);
    if (!claims)
        return bearer401(u"Invalid or expired service account token"_s);
    auto row = m_state.store().tokenByHash(FakeTokenService::sha256Hex(token));
    if (!row)
        return bearer401(u"Service account token revoked or rotated"_s);
    if (row->expiresAt && *row->expiresAt <= now)
        return bearer401(u"Service account token has expired"_s);
    const auto account = m_state.store().user(claims->serviceAccountUserId);
    if (!account)
        return bearer401(u"Service account user no longer exists"_s);
    // 0.14.1 writes last_used_at at most once a minute per token (the spec says on every use).
    if (!row->lastUsedAt || now - *row->lastUsedAt >= 60) {
        row->lastUsedAt = now;
        m_state.store().upsertToken(*row);
    }
    // The middleware builds a bare models.User(id, name): no password, type or created_at.
    context.caller = FakeUserStore::User{account->id, account->name, QString(), std::nullopt, QString()};
    return std::nullopt;
}

std::optional<FakeHttpResponse> FakeAuthenticator::basic(FakeRequestContext &context)
{
    if (context.caller || (m_state.config().loopbackBypass && isLoopbackRequest(context)))
        return std::nullopt;
    const std::optional<QByteArray> header = context.header("authorization");
    QString failure;
    if (context.path.startsWith(u"/api/health"_s)) {
        // _try_set_basic_auth_user(): wrong or missing credentials are ignored here.
        if (header)
            context.caller = checkBasic(QString::fromLatin1(*header), &failure);
        return std::nullopt;
    }
    if (!header || header->isEmpty())
        return basic401(u"Authentication required"_s);
    context.caller = checkBasic(QString::fromLatin1(*header), &failure);
    if (!context.caller)
        return basic401(failure);
    return std::nullopt;
}

std::optional<FakeUserStore::User> FakeAuthenticator::checkBasic(const QString &authorization, QString *failure) const
{
    if (!authorization.toLower().startsWith(u"basic "_s)) {
        *failure = u"Invalid authentication method"_s;
        return std::nullopt;
    }
    *failure = u"Invalid basic auth"_s;
    const std::optional<QByteArray> decoded = FakePython::b64decode(authorization.section(u' ', 1));
    if (!decoded)
        return std::nullopt;
    const std::optional<QString> text = FakePython::decodeUtf8(*decoded);
    if (!text || !text->contains(u':'))
        return std::nullopt;
    const QString username = text->section(u':', 0, 0);
    const QString password = text->section(u':', 1);

    *failure = u"Invalid credentials"_s;
    for (const FakeUserStore::User &user : m_state.store().usersNamed(username)) {
        if (user.name.isEmpty() || user.password.isEmpty())
            continue; // SSO and legacy rows have no password
        const auto verification = FakePasswordHasher::verify(password, user.password);
        using Result = FakePasswordHasher::Verification::Result;
        if (verification.result == Result::Error)
            throw FakePythonException(u"ValueError"_s, verification.error);
        if (verification.result == Result::Match)
            return user;
    }
    return std::nullopt;
}
