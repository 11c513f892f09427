// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

struct User;

/// What the signed-in user may do, worked out the way SkyPilot 0.14.1 decides it (../shared/skypilot-api.md
/// §1.4 and §2): admins have no blocklist; "user" is blocked from create, delete, batch update, import and
/// export but may change its own password; "viewer" may only read. The UI offers exactly this and, for
/// anything refused, says why in the words of whyNot() — the controls stay visible, disabled.
class Permissions final
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)

public:
    enum class Action {
        ChangeRole,
        CreateUser,
        DeleteUser,
        ResetPassword, ///< someone else's
        ChangeOwnPassword,
        Import,
        Export,
    };

    Permissions() = default; ///< signed out: nothing is allowed
    explicit Permissions(const QString &role);

    const QString &role() const { return m_role; }
    bool can(Action action) const;
    /// Why the action is not available to this role; empty when it is.
    QString whyNot(Action action) const;

    /// Per-user limits on top of the role: internal users cannot be changed at all, and only basic-auth
    /// users have a password to reset. Empty when the action is allowed for this user.
    QString whyNotFor(Action action, const User &user) const;

private:
    QString m_role;
};
