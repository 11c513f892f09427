// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

class QJsonValue;

/// GET /api/health. The server's user object also carries the stored password hash; it is dropped
/// while decoding and never kept.
struct Health
{
    struct Caller
    {
        QString id;
        QString name;
        friend bool operator==(const Caller &, const Caller &) = default;
    };

    QString status; ///< healthy, unhealthy, version_mismatch or needs_auth
    int apiVersion = 0;
    QString version;
    QString commit;
    bool basicAuthEnabled = false;
    std::optional<Caller> user; ///< empty when the server did not recognise any caller
    bool serviceAccountTokenEnabled = false;
    bool ingressBasicAuthEnabled = false;
    bool externalProxyAuthEnabled = false;
    QString latestVersion;

    static std::optional<Health> fromJson(const QJsonValue &json, QString *error);
};
