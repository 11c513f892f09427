// SPDX-License-Identifier: MIT
#pragma once

#include "domain/user.h"
#include "net/apierror.h"
#include "net/reply.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

class SkyPilotApi;
class UserTableModel;

/// Keeps a UserTableModel in step with the server: loads and refreshes the listing (never two at
/// once), refreshes on a timer while someone is looking, and carries out the role changes the model
/// asks for, one /users/update each, settling the row with the server's answer.
class UserDirectory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserDirectory)

public:
    static constexpr int DefaultAutoRefreshMs = 30'000;

    UserDirectory(SkyPilotApi &api, UserTableModel &model, QObject *parent = nullptr);
    ~UserDirectory() override;

    /// Asks for the listing unless a request is already out (that one will bring the news).
    void refresh();
    /// On while the window is visible and signed in; off otherwise, so nobody polls a hidden window.
    void setAutoRefresh(bool enabled);
    void setAutoRefreshInterval(int ms);
    bool isAutoRefreshing() const { return m_timer.isActive(); }

    /// Sends a role change as the inverse of an earlier one: like an edit in the table, but reported
    /// with undone = true so it does not go onto the undo stack again.
    bool undoRoleChange(const QString &userId, const QString &previousRole);

    /// Stops everything (signing out or switching servers) and empties the table.
    void clear();

    bool isRefreshing() const { return m_listing.raw() != nullptr; }
    int roleChangesInFlight() const { return int(m_roleChanges.size()); }
    bool isBusy() const { return isRefreshing() || !m_roleChanges.isEmpty(); }
    QDateTime lastUpdated() const { return m_lastUpdated; }

Q_SIGNALS:
    void refreshed();
    void refreshFailed(const ApiError &error);
    void roleChanged(const QString &userId, const QString &name, const QString &oldRole, const QString &newRole,
                     bool undone);
    void roleChangeFailed(const QString &userId, const QString &name, const ApiError &error);
    void busyChanged(bool busy);

private:
    void onRoleChangeRequested(const QString &userId, const QString &oldRole, const QString &newRole);
    void updateBusy();

    SkyPilotApi &m_api;
    UserTableModel &m_model;
    QTimer m_timer;
    Reply<QList<User>> m_listing{nullptr};
    /// user id → the call changing that user's role; the model allows one pending change per row.
    QHash<QString, Reply<Done>> m_roleChanges;
    QSet<QString> m_undoing;
    QDateTime m_lastUpdated;
    bool m_busy = false; ///< as last announced by busyChanged()
};
