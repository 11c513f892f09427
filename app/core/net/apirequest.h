// SPDX-License-Identifier: MIT
#pragma once

#include "auth/secret.h"

#include <QJsonObject>
#include <QString>

/// One call to the server, before it is sent: a method, a path under the server root and a JSON body.
struct ApiRequest
{
    enum class Method { Get, Post };

    Method method = Method::Get;
    QString path; ///< e.g. "/users/create"; never holds credentials
    Secret body; ///< the JSON body; a Secret because it may carry a password, so it is wiped afterwards
    int transferTimeoutMs = 0; ///< 0: the client's default
    int deadlineMs = 0; ///< 0: the client's default
    /// Refuse an answer that does not name a server API version SkyUsers supports (the health check).
    bool requireServerVersion = false;

    static ApiRequest get(const QString &path);
    static ApiRequest post(const QString &path, const QJsonObject &body);
    bool isIdempotent() const { return method == Method::Get; }
    QByteArray verb() const { return method == Method::Get ? QByteArrayLiteral("GET") : QByteArrayLiteral("POST"); }
};
