// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// sky/users/token_service.py: "sky_" + an HS256 JWT with one-letter claims (i=issuer "sky",
// t=issued at, u=service-account user id, k=token id, y="sa", e and exp=expiry). The database keeps
// only the sha256 of the whole token.
class FakeTokenService final
{
public:
    struct Minted
    {
        QString tokenId;
        QString token; // "sky_<jwt>"
        QString tokenHash; // sha256 hex of token
        std::optional<qint64> expiresAt;
    };

    struct Claims
    {
        QString serviceAccountUserId;
        QString tokenId;
    };

    FakeTokenService();

    // A fresh token id (secrets.token_urlsafe(12): 16 URL-safe characters).
    QString newTokenId();
    // A service-account user id: "sa-" + 16 hex characters.
    QString newServiceAccountId();
    Minted mint(const QString &tokenId, const QString &serviceAccountUserId, std::optional<int> expiresInDays,
                qint64 now) const;
    // verify_token(): nullopt for a bad signature, issuer, type, or an expired exp claim.
    std::optional<Claims> verify(const QString &token, qint64 now) const;
    static QString sha256Hex(const QString &token);

private:
    QByteArray sign(const QByteArray &signingInput) const;

    QByteArray m_secret;
    quint64 m_counter = 0;
};
