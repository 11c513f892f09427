// SPDX-License-Identifier: MIT
#pragma once

#include "rolechange.h"

#include <QList>

/*!
    The role changes applied in this session, newest on top, for Edit › Undo. It only remembers:
    the main window sends top().inverse() through /users/update and calls pop() once that succeeded,
    so a failed undo stays on the stack and can be tried again.
*/
class RoleChangeUndo final
{
public:
    /// Oldest entries are dropped beyond this: nobody undoes a change from hours of work ago, one by one.
    static constexpr int DefaultLimit = 100;

    explicit RoleChangeUndo(int limit = DefaultLimit);

    /// Ignores a change that changes nothing (old role equals new role).
    void push(const RoleChange &change);
    bool canUndo() const { return !m_changes.isEmpty(); }
    /// The newest change. Only call when canUndo().
    const RoleChange &top() const;
    void pop();
    int size() const { return int(m_changes.size()); }
    void clear() { m_changes.clear(); }
    /// Drops every entry for a user that no longer exists (deleted), so undo never targets it.
    void forgetUser(const QString &userId);

private:
    QList<RoleChange> m_changes; ///< oldest first
    int m_limit;
};
