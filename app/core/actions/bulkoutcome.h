// SPDX-License-Identifier: MIT
#pragma once

#include "useroutcome.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

struct User;

/// The per-user results of a bulk delete or role change, in the order the users were given, with
/// counts and a one-paragraph summary for a message box or status line.
class BulkOutcome final
{
    Q_DECLARE_TR_FUNCTIONS(BulkOutcome)

public:
    enum class Action { Delete, RoleChange };

    BulkOutcome() = default;
    /// One Pending entry per distinct user id; later duplicates are dropped (a second delete of the
    /// same id could only fail and would make the counts lie).
    BulkOutcome(Action action, const QList<User> &users);

    Action action() const { return m_action; }
    const QList<UserOutcome> &users() const { return m_users; }
    /// The entry for userId, or nullptr if the id is not part of this action.
    const UserOutcome *find(const QString &userId) const;

    int total() const { return int(m_users.size()); }
    int count(UserOutcome::Status status) const;
    int settled() const { return total() - count(UserOutcome::Status::Pending); }
    QStringList idsWith(UserOutcome::Status status) const;

    /// Settles one user. Returns false if the id is unknown or the user is already settled.
    bool settle(const QString &userId, UserOutcome::Status status, const QString &reason = QString(),
                const ApiError &error = ApiError());
    /// Marks every still-pending user NotAttempted with the given reason.
    void settleRemaining(const QString &reason);

    /// E.g. "Users deleted: 7 of 9. 2 failed: bob — Cannot delete user 'bob' because …". Names and
    /// server messages are sanitised and shortened; at most maxListed failures are spelt out.
    QString summary(int maxListed = 5) const;

private:
    QString failureList(int maxListed) const;

    Action m_action = Action::Delete;
    QList<UserOutcome> m_users;
    QHash<QString, qsizetype> m_indexById;
};
