// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

class QJsonValue;

/// GET /users/role: who the server thinks the caller is. An empty id means "no caller": auth is off
/// or the request came over loopback without a proxy, and the server then answers role "admin".
struct CurrentUser
{
    QString id;
    QString name;
    QString role;

    bool isAnonymous() const { return id.isEmpty(); }
    static std::optional<CurrentUser> fromJson(const QJsonValue &json, QString *error);
    friend bool operator==(const CurrentUser &, const CurrentUser &) = default;
};
