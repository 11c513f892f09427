// SPDX-License-Identifier: MIT
#include "bulkoutcome.h"

#include "domain/user.h"
#include "net/plaintext.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// A summary lists several failures in one message box: each name and reason gets a short budget so
// one long traceback line cannot push the others out of sight.
constexpr qsizetype NameLimit = 40;
constexpr qsizetype ReasonLimit = 160;
} // namespace

BulkOutcome::BulkOutcome(Action action, const QList<User> &users)
    : m_action(action)
{
    m_users.reserve(users.size());
    for (const User &user : users) {
        if (m_indexById.contains(user.id))
            continue;
        m_indexById.insert(user.id, m_users.size());
        m_users.append(UserOutcome{user.id, user.name, UserOutcome::Status::Pending, {}, {}});
    }
}

const UserOutcome *BulkOutcome::find(const QString &userId) const
{
    const auto it = m_indexById.constFind(userId);
    return it == m_indexById.cend() ? nullptr : &m_users.at(*it);
}

int BulkOutcome::count(UserOutcome::Status status) const
{
    return int(std::count_if(m_users.cbegin(), m_users.cend(),
                             [status](const UserOutcome &u) { return u.status == status; }));
}

QStringList BulkOutcome::idsWith(UserOutcome::Status status) const
{
    QStringList ids;
    for (const UserOutcome &u : m_users) {
        if (u.status == status)
            ids.append(u.userId);
    }
    return ids;
}

bool BulkOutcome::settle(const QString &userId, UserOutcome::Status status, const QString &reason,
                         const ApiError &error)
{
    const auto it = m_indexById.constFind(userId);
    if (it == m_indexById.cend())
        return false;
    UserOutcome &outcome = m_users[*it];
    if (outcome.status != UserOutcome::Status::Pending)
        return false;
    outcome.status = status;
    outcome.reason = PlainText::sanitize(reason);
    outcome.error = error;
    return true;
}

void BulkOutcome::settleRemaining(const QString &reason)
{
    for (UserOutcome &outcome : m_users) {
        if (outcome.status == UserOutcome::Status::Pending) {
            outcome.status = UserOutcome::Status::NotAttempted;
            outcome.reason = reason;
        }
    }
}

QString BulkOutcome::summary(int maxListed) const
{
    using Status = UserOutcome::Status;
    const int done = count(Status::Succeeded);
    // Worded so the English reads right for any count before an English numerus catalogue exists;
    // %n still lets translators pick plural forms.
    QString text = m_action == Action::Delete ? tr("Users deleted: %1 of %n.", nullptr, total()).arg(done)
                                              : tr("Roles changed: %1 of %n.", nullptr, total()).arg(done);
    if (const int failed = count(Status::Failed); failed > 0)
        text += u' ' + tr("%n failed: %1", nullptr, failed).arg(failureList(maxListed));
    if (const int skipped = count(Status::Skipped); skipped > 0)
        text += u' ' + tr("%n skipped (no change needed or not allowed).", nullptr, skipped);
    if (const int notAttempted = count(Status::NotAttempted); notAttempted > 0)
        text += u' ' + tr("%n not attempted.", nullptr, notAttempted);
    return text;
}

QString BulkOutcome::failureList(int maxListed) const
{
    QStringList items;
    int failed = 0;
    for (const UserOutcome &u : m_users) {
        if (u.status != UserOutcome::Status::Failed)
            continue;
        if (++failed > maxListed)
            continue;
        const QString name = PlainText::sanitize(u.displayName(), NameLimit);
        const QString reason = PlainText::sanitize(u.reason, ReasonLimit);
        items.append(reason.isEmpty() ? name : tr("%1 — %2").arg(name, reason));
    }
    if (failed > maxListed)
        items.append(tr("and %n more", nullptr, failed - maxListed));
    return items.join(u"; "_s);
}
