// SPDX-License-Identifier: MIT
#pragma once

#include "auth/secret.h"

#include <QString>

#include <optional>

class QJsonValue;

/// The answer to creating or rotating a service-account token: the only time the token is shown.
struct IssuedToken
{
    QString tokenId;
    QString tokenName;
    Secret token; ///< "sky_…"; kept as a Secret so it never reaches a log
    std::optional<qint64> expiresAt;
    QString serviceAccountUserId;
    QString creatorUserId; ///< empty for a rotation
    QString message;

    static std::optional<IssuedToken> fromJson(const QJsonValue &json, QString *error);
};
