// SPDX-License-Identifier: MIT
#include "userdirectory.h"

#include "models/usertablemodel.h"
#include "net/skypilotapi.h"

UserDirectory::UserDirectory(SkyPilotApi &api, UserTableModel &model, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_model(model)
{
    m_timer.setInterval(DefaultAutoRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &UserDirectory::refresh);
    connect(&m_model, &UserTableModel::roleChangeRequested, this, &UserDirectory::onRoleChangeRequested);
}

UserDirectory::~UserDirectory()
{
    m_listing.abort();
}

void UserDirectory::refresh()
{
    if (isRefreshing())
        return;
    m_listing = m_api.listUsersForTable();
    m_listing.onFinished(this, [this](Result<std::vector<User>> result) {
        m_listing = Reply<std::vector<User>>(nullptr);
        if (result.ok()) {
            applyListing(std::move(*result.value));
            Q_EMIT refreshed();
        } else if (result.error.kind != ApiError::Kind::Canceled) {
            Q_EMIT refreshFailed(result.error);
        }
        updateBusy();
    });
    updateBusy();
}

void UserDirectory::setAutoRefresh(bool enabled)
{
    if (enabled == m_timer.isActive())
        return;
    if (enabled)
        m_timer.start();
    else
        m_timer.stop();
}

void UserDirectory::setAutoRefreshInterval(int ms)
{
    m_timer.setInterval(ms);
}

bool UserDirectory::undoRoleChange(const QString &userId, const QString &previousRole)
{
    const int row = m_model.rowOf(userId);
    if (row < 0)
        return false;
    m_undoing.insert(userId);
    // Through the model, so the row shows the change as pending like any other edit.
    if (m_model.setData(m_model.index(row, UserTableModel::Role), previousRole, Qt::EditRole))
        return true;
    m_undoing.remove(userId);
    return false;
}

void UserDirectory::clear()
{
    m_timer.stop();
    m_listing.abort();
    m_listing = Reply<std::vector<User>>(nullptr);
    const QHash<QString, Reply<std::vector<User>>> checks = std::exchange(m_checks, {});
    for (const Reply<std::vector<User>> &check : checks)
        check.abort();
    const QHash<QString, Reply<Done>> changes = std::exchange(m_roleChanges, {});
    for (const Reply<Done> &change : changes)
        change.abort();
    m_awaiting.clear();
    m_undoing.clear();
    m_model.setUsers({});
    m_lastUpdated = {};
    updateBusy();
}

void UserDirectory::setConfirmationRule(ConfirmationRule rule)
{
    m_confirmationRule = std::move(rule);
}

void UserDirectory::onRoleChangeRequested(const QString &userId, const QString &oldRole, const QString &newRole)
{
    const QString why = m_confirmationRule ? m_confirmationRule(userId, oldRole, newRole) : QString();
    if (!why.isEmpty()) {
        // The row stays pending while the person decides; nothing is sent yet.
        m_awaiting.insert(userId, {oldRole, newRole});
        Q_EMIT confirmationNeeded(userId, nameOf(userId), newRole, why);
        return;
    }
    checkThenSend(userId, oldRole, newRole);
}

void UserDirectory::confirmRoleChange(const QString &userId, bool confirmed)
{
    const auto it = m_awaiting.constFind(userId);
    if (it == m_awaiting.cend())
        return;
    const auto [oldRole, newRole] = *it;
    m_awaiting.erase(it);
    if (confirmed) {
        checkThenSend(userId, oldRole, newRole);
    } else {
        m_undoing.remove(userId);
        m_model.clearPending(userId);
    }
}

void UserDirectory::checkThenSend(const QString &userId, const QString &oldRole, const QString &newRole)
{
    // Another admin may have changed this user since the table was loaded: look right before applying,
    // and let the person decide again rather than overwrite a change they never saw.
    Reply<std::vector<User>> check = m_api.listUsersForTable();
    m_checks.insert(userId, check);
    check.onFinished(this, [this, userId, oldRole, newRole](Result<std::vector<User>> result) {
        m_checks.remove(userId);
        if (!result.ok()) {
            settleRefused(userId, result.error);
            return;
        }
        const auto found = std::find_if(result.value->cbegin(), result.value->cend(),
                                        [&userId](const User &user) { return user.id == userId; });
        const std::optional<QString> serverRole
                = found == result.value->cend() ? std::nullopt : std::optional<QString>(found->role);
        applyListing(std::move(*result.value));
        if (!serverRole) {
            settleRefused(userId,
                          ApiError{ApiError::Kind::NotFound,
                                   0,
                                   tr("The user no longer exists; another admin may have deleted it."),
                                   {}});
        } else if (*serverRole != oldRole) {
            m_undoing.remove(userId);
            m_model.clearPending(userId);
            Q_EMIT roleChangeConflict(userId, nameOf(userId), oldRole, *serverRole, newRole);
            updateBusy();
        } else {
            send(userId, oldRole, newRole);
        }
    });
    updateBusy();
}

void UserDirectory::send(const QString &userId, const QString &oldRole, const QString &newRole)
{
    const QString name = nameOf(userId);
    Reply<Done> change = m_api.updateRole(userId, newRole);
    m_roleChanges.insert(userId, change);
    change.onFinished(this, [this, userId, name, oldRole, newRole](Result<Done> result) {
        m_roleChanges.remove(userId);
        if (!result.ok()) {
            settleRefused(userId, result.error);
            return;
        }
        const bool undone = m_undoing.remove(userId);
        m_model.applyRole(userId, newRole);
        Q_EMIT roleChanged(userId, name, oldRole, newRole, undone);
        // After every change the table is read again: it shows what the server holds, not what we hope.
        refresh();
        updateBusy();
    });
    updateBusy();
}

void UserDirectory::settleRefused(const QString &userId, const ApiError &error)
{
    m_undoing.remove(userId);
    m_model.clearPending(userId);
    Q_EMIT roleChangeFailed(userId, nameOf(userId), error);
    updateBusy();
}

void UserDirectory::applyListing(std::vector<User> users)
{
    m_model.setUsers(std::move(users));
    m_lastUpdated = QDateTime::currentDateTime();
}

QString UserDirectory::nameOf(const QString &userId) const
{
    const int row = m_model.rowOf(userId);
    return row >= 0 && !m_model.nameAt(row).isEmpty() ? m_model.nameAt(row) : userId;
}

void UserDirectory::updateBusy()
{
    if (isBusy() == m_busy)
        return;
    m_busy = isBusy();
    Q_EMIT busyChanged(m_busy);
}
