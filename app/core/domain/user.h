// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

class QJsonValue;

/// One row of GET /users.
struct User
{
    QString id;
    QString name; ///< may be empty: the server allows a null name
    std::optional<qint64> createdAt; ///< Unix seconds
    QString role; ///< "" when the user has no role
    QString userType; ///< basic, sso, system, legacy, sa, … (free text: newer servers add types)

    /// Internal API-server users the server refuses to change (skypilot-system, its viewer twin and the
    /// server's own id, which is only recognisable by its type).
    bool isInternal() const;
    bool isBasicAuth() const;

    static std::optional<User> fromJson(const QJsonValue &json, QString *error);
    static std::optional<QList<User>> listFromJson(const QJsonValue &json, QString *error);
    /// The same from the raw body of GET /users, several times faster for large listings: users
    /// are read straight from the bytes and share their role and type strings.
    static std::optional<std::vector<User>> listFromUtf8Json(QByteArrayView body, QString *error);

    friend bool operator==(const User &, const User &) = default;
};
