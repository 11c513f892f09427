// SPDX-License-Identifier: MIT
#include "fakeuserstore.h"

#include <QCryptographicHash>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

FakeUserStore::FakeUserStore(QString serverId)
    : m_serverId(std::move(serverId))
{ }

QString FakeUserStore::userIdFor(const QString &name)
{
    return QString::fromLatin1(QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Md5).toHex().left(8));
}

QString FakeUserStore::systemUserId()
{
    return u"skypilot-system"_s;
}

QString FakeUserStore::systemViewerUserId()
{
    return u"skypilot-system-viewer"_s;
}

QString FakeUserStore::serverId() const
{
    return m_serverId;
}

bool FakeUserStore::isInternal(const QString &id) const
{
    return id == m_serverId || id == systemUserId() || id == systemViewerUserId();
}

bool FakeUserStore::isServiceAccount(const QString &id)
{
    return id.startsWith(u"sa-"_s);
}

QString FakeUserStore::userTypeOf(const User &user) const
{
    if (!user.userType.isEmpty())
        return user.userType;
    if (isServiceAccount(user.id))
        return u"sa"_s;
    if (isInternal(user.id))
        return u"system"_s;
    if (!user.password.isEmpty())
        return u"basic"_s;
    if (user.name.contains(u'@'))
        return u"sso"_s;
    return u"legacy"_s;
}

QList<FakeUserStore::User> FakeUserStore::users() const
{
    return m_users;
}

std::optional<FakeUserStore::User> FakeUserStore::user(const QString &id) const
{
    const auto it = std::find_if(m_users.cbegin(), m_users.cend(), [&id](const User &u) { return u.id == id; });
    if (it == m_users.cend())
        return std::nullopt;
    return *it;
}

QList<FakeUserStore::User> FakeUserStore::usersNamed(const QString &name) const
{
    QList<User> matches;
    std::copy_if(m_users.cbegin(), m_users.cend(), std::back_inserter(matches),
                 [&name](const User &u) { return u.name == name; });
    return matches;
}

bool FakeUserStore::nameTaken(const QString &name) const
{
    return !usersNamed(name).isEmpty();
}

void FakeUserStore::upsert(User user, qint64 now)
{
    for (User &existing : m_users) {
        if (existing.id == user.id) {
            user.createdAt = existing.createdAt;
            if (user.userType.isEmpty())
                user.userType = existing.userType;
            existing = std::move(user);
            return;
        }
    }
    if (!user.createdAt)
        user.createdAt = now;
    m_users.append(std::move(user));
}

bool FakeUserStore::remove(const QString &id)
{
    m_roles.remove(id);
    return m_users.removeIf([&id](const User &u) { return u.id == id; }) > 0;
}

QString FakeUserStore::role(const QString &id) const
{
    return m_roles.value(id);
}

void FakeUserStore::setRole(const QString &id, const QString &role)
{
    // casbin's update_role drops the old grant first, so roles are exclusive.
    if (role.isEmpty())
        m_roles.remove(id);
    else
        m_roles.insert(id, role);
}

QList<FakeUserStore::Token> FakeUserStore::tokens() const
{
    return m_tokens;
}

std::optional<FakeUserStore::Token> FakeUserStore::token(const QString &tokenId) const
{
    const auto it = std::find_if(m_tokens.cbegin(), m_tokens.cend(),
                                 [&tokenId](const Token &t) { return t.tokenId == tokenId; });
    if (it == m_tokens.cend())
        return std::nullopt;
    return *it;
}

std::optional<FakeUserStore::Token> FakeUserStore::tokenByHash(const QString &tokenHash) const
{
    const auto it = std::find_if(m_tokens.cbegin(), m_tokens.cend(),
                                 [&tokenHash](const Token &t) { return t.tokenHash == tokenHash; });
    if (it == m_tokens.cend())
        return std::nullopt;
    return *it;
}

void FakeUserStore::upsertToken(const Token &token)
{
    for (Token &existing : m_tokens) {
        if (existing.tokenId == token.tokenId) {
            existing = token;
            return;
        }
    }
    m_tokens.append(token);
}

bool FakeUserStore::removeToken(const QString &tokenId)
{
    return m_tokens.removeIf([&tokenId](const Token &t) { return t.tokenId == tokenId; }) > 0;
}
