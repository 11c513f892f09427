// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QStringList>

#include <optional>

class QJsonValue;

/// One item of GET /users/service-account-tokens (the token itself is never listed).
struct ServiceAccountToken
{
    QString tokenId;
    QString tokenName;
    std::optional<qint64> createdAt;
    std::optional<qint64> lastUsedAt;
    std::optional<qint64> expiresAt; ///< empty: never expires
    QString creatorUserHash;
    QString serviceAccountUserId;
    QString creatorName;
    QString serviceAccountName;
    QStringList serviceAccountRoles;

    static std::optional<ServiceAccountToken> fromJson(const QJsonValue &json, QString *error);
    static std::optional<QList<ServiceAccountToken>> listFromJson(const QJsonValue &json, QString *error);
};
