// SPDX-License-Identifier: MIT
#include "permissions.h"

#include "role.h"
#include "user.h"

Permissions::Permissions(const QString &role)
    : m_role(role)
{ }

bool Permissions::can(Action action) const
{
    if (m_role == Role::Admin)
        return true;
    // /users/update is not on the user blocklist, and its handler lets a non-admin set only their own
    // password; viewers are allowlisted and /users/update is not on their list.
    return m_role == Role::User && action == Action::ChangeOwnPassword;
}

QString Permissions::whyNot(Action action) const
{
    if (can(action))
        return {};
    if (m_role.isEmpty())
        return tr("Sign in first.");
    if (m_role == Role::Viewer)
        return tr("Viewers can look at users but not change anything. An admin can give you another role.");
    if (!Role::isKnown(m_role))
        return tr("The server gave your account no role SkyUsers knows (\u201c%1\u201d), so it refuses changes.")
                .arg(m_role.left(40));
    switch (action) {
    case Action::ChangeRole:
        return tr("Only admins can change roles.");
    case Action::CreateUser:
        return tr("Only admins can create users.");
    case Action::DeleteUser:
        return tr("Only admins can delete users.");
    case Action::ResetPassword:
        return tr("Only admins can reset other users' passwords. You can change your own.");
    case Action::Import:
        return tr("Only admins can import users.");
    case Action::Export:
        return tr("Only admins can export users.");
    case Action::ChangeOwnPassword:
        break;
    }
    return {};
}

QString Permissions::whyNotFor(Action action, const User &user) const
{
    if (const QString general = whyNot(action); !general.isEmpty())
        return general;
    if (user.isInternal())
        return tr("%1 is an internal user of the API server; the server refuses to change it.").arg(user.name);
    if ((action == Action::ResetPassword || action == Action::ChangeOwnPassword) && !user.isBasicAuth())
        return tr("%1 signs in through single sign-on or a token and has no SkyUsers password to reset.")
                .arg(user.name.isEmpty() ? user.id : user.name);
    return {};
}
