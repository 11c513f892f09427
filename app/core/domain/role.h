// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

/// The roles a SkyPilot server knows, in the server's own order. Role names are case-sensitive on
/// the server; the client never sends anything but these three.
namespace Role {
inline const QString Admin = QStringLiteral("admin");
inline const QString User = QStringLiteral("user");
inline const QString Viewer = QStringLiteral("viewer");

inline QStringList all()
{
    return {Admin, User, Viewer};
}

inline bool isKnown(const QString &role)
{
    return role == Admin || role == User || role == Viewer;
}
} // namespace Role
