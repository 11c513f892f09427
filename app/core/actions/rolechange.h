// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/// One applied role change of one user, as remembered for undo.
struct RoleChange
{
    QString userId;
    QString name; ///< for the "Undo role change of bob" text
    QString oldRole;
    QString newRole;

    /// The change that puts the old role back.
    RoleChange inverse() const { return {userId, name, newRole, oldRole}; }

    friend bool operator==(const RoleChange &, const RoleChange &) = default;
};
