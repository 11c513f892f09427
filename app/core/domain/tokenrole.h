// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

#include <optional>

class QJsonValue;

/// The role of a service account, from get-role ("roles") or update-role ("new_role").
struct TokenRole
{
    QString tokenId;
    QString serviceAccountUserId;
    QStringList roles;
    QString message;

    static std::optional<TokenRole> fromJson(const QJsonValue &json, QString *error);
};
