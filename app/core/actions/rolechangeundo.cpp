// SPDX-License-Identifier: MIT
#include "rolechangeundo.h"

#include <algorithm>

RoleChangeUndo::RoleChangeUndo(int limit)
    : m_limit(std::max(1, limit))
{ }

void RoleChangeUndo::push(const RoleChange &change)
{
    if (change.oldRole == change.newRole)
        return;
    m_changes.append(change);
    if (m_changes.size() > m_limit)
        m_changes.removeFirst();
}

const RoleChange &RoleChangeUndo::top() const
{
    Q_ASSERT(canUndo());
    return m_changes.constLast();
}

void RoleChangeUndo::pop()
{
    if (!m_changes.isEmpty())
        m_changes.removeLast();
}

void RoleChangeUndo::forgetUser(const QString &userId)
{
    m_changes.removeIf([&userId](const RoleChange &change) { return change.userId == userId; });
}
