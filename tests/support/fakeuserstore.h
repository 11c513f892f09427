// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// The server's state.db reduced to what the users router touches: the users table (in insertion
// order, as SQLite returns it without ORDER BY), one casbin role per user, and the
// service-account token table.
class FakeUserStore final
{
public:
    struct User
    {
        QString id;
        QString name;
        QString password; // stored hash; empty for SSO, legacy and service-account rows
        std::optional<qint64> createdAt;
        QString userType; // basic, sso, legacy, sa, system; empty means "derive it"
    };

    struct Token
    {
        QString tokenId;
        QString tokenName;
        QString tokenHash; // sha256 hex of the full "sky_..." token
        qint64 createdAt = 0;
        std::optional<qint64> lastUsedAt;
        std::optional<qint64> expiresAt;
        QString creatorUserHash;
        QString serviceAccountUserId;
    };

    explicit FakeUserStore(QString serverId);

    // md5(name)[:8], the id of every Basic, SSO and proxy user.
    static QString userIdFor(const QString &name);
    static QString systemUserId();
    static QString systemViewerUserId();
    QString serverId() const;
    // _INTERNAL_USER_IDS since #9681: the server's own id and both system users.
    bool isInternal(const QString &id) const;
    static bool isServiceAccount(const QString &id);
    // get_user_type(): the stored type, else derived from the id, password and name.
    QString userTypeOf(const User &user) const;

    QList<User> users() const;
    std::optional<User> user(const QString &id) const;
    QList<User> usersNamed(const QString &name) const;
    bool nameTaken(const QString &name) const;
    // add_or_update_user(): keeps the row's place and created_at when the id exists.
    void upsert(User user, qint64 now);
    bool remove(const QString &id);

    QString role(const QString &id) const; // "" when the user has no role
    void setRole(const QString &id, const QString &role);

    QList<Token> tokens() const;
    std::optional<Token> token(const QString &tokenId) const;
    std::optional<Token> tokenByHash(const QString &tokenHash) const;
    void upsertToken(const Token &token);
    bool removeToken(const QString &tokenId);

private:
    QString m_serverId;
    QList<User> m_users;
    QHash<QString, QString> m_roles;
    QList<Token> m_tokens;
};
