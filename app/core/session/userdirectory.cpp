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
    m_listing = m_api.listUsers();
    m_listing.onFinished(this, [this](Result<QList<User>> result) {
        m_listing = Reply<QList<User>>(nullptr);
        if (result.ok()) {
            std::vector<User> users(std::make_move_iterator(result.value->begin()),
                                    std::make_move_iterator(result.value->end()));
            m_model.setUsers(std::move(users));
            m_lastUpdated = QDateTime::currentDateTime();
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
    m_listing = Reply<QList<User>>(nullptr);
    const QHash<QString, Reply<Done>> changes = std::exchange(m_roleChanges, {});
    for (const Reply<Done> &change : changes)
        change.abort();
    m_undoing.clear();
    m_model.setUsers({});
    m_lastUpdated = {};
    updateBusy();
}

void UserDirectory::onRoleChangeRequested(const QString &userId, const QString &oldRole, const QString &newRole)
{
    const int row = m_model.rowOf(userId);
    const QString name = row >= 0 ? m_model.nameAt(row) : userId;
    Reply<Done> change = m_api.updateRole(userId, newRole);
    m_roleChanges.insert(userId, change);
    change.onFinished(this, [this, userId, name, oldRole, newRole](Result<Done> result) {
        m_roleChanges.remove(userId);
        const bool undone = m_undoing.remove(userId);
        if (result.ok()) {
            m_model.applyRole(userId, newRole);
            Q_EMIT roleChanged(userId, name, oldRole, newRole, undone);
        } else {
            m_model.clearPending(userId);
            Q_EMIT roleChangeFailed(userId, name, result.error);
        }
        updateBusy();
    });
    updateBusy();
}

void UserDirectory::updateBusy()
{
    if (isBusy() == m_busy)
        return;
    m_busy = isBusy();
    Q_EMIT busyChanged(m_busy);
}
