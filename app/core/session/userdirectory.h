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

#include <functional>

class SkyPilotApi;
class UserTableModel;

/// Keeps a UserTableModel in step with the server: loads and refreshes the listing (never two at
/// once), refreshes on a timer while someone is looking, and carries out the role changes the model
/// asks for: a confirmation first where the rule asks for one (demoting yourself or the last admin),
/// a fresh look at the user right before sending (another admin may have changed it), one
/// /users/update, then the row settled with the server's answer and the table read again.
class UserDirectory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserDirectory)

public:
    static constexpr int DefaultAutoRefreshMs = 30'000;
    /// Why a role change needs the person's confirmation before it is sent, or empty to send it at once.
    using ConfirmationRule
            = std::function<QString(const QString &userId, const QString &oldRole, const QString &newRole)>;

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

    void setConfirmationRule(ConfirmationRule rule);
    /// The answer to confirmationNeeded(): send the change, or put the row back as it was.
    void confirmRoleChange(const QString &userId, bool confirmed);

    /// Stops everything (signing out or switching servers) and empties the table.
    void clear();

    bool isRefreshing() const { return m_listing.raw() != nullptr; }
    int roleChangesInFlight() const { return int(m_checks.size() + m_roleChanges.size()); }
    bool isBusy() const { return isRefreshing() || roleChangesInFlight() > 0; }
    QDateTime lastUpdated() const { return m_lastUpdated; }

Q_SIGNALS:
    void refreshed();
    void refreshFailed(const ApiError &error);
    void roleChanged(const QString &userId, const QString &name, const QString &oldRole, const QString &newRole,
                     bool undone);
    void roleChangeFailed(const QString &userId, const QString &name, const ApiError &error);
    /// Not sent: the server already had another role than the table showed; the table now shows it.
    void roleChangeConflict(const QString &userId, const QString &name, const QString &shownRole,
                            const QString &serverRole, const QString &wantedRole);
    void confirmationNeeded(const QString &userId, const QString &name, const QString &newRole, const QString &why);
    void busyChanged(bool busy);

private:
    void onRoleChangeRequested(const QString &userId, const QString &oldRole, const QString &newRole);
    void checkThenSend(const QString &userId, const QString &oldRole, const QString &newRole);
    void send(const QString &userId, const QString &oldRole, const QString &newRole);
    void settleRefused(const QString &userId, const ApiError &error);
    void applyListing(std::vector<User> users);
    QString nameOf(const QString &userId) const;
    void updateBusy();

    SkyPilotApi &m_api;
    UserTableModel &m_model;
    QTimer m_timer;
    Reply<std::vector<User>> m_listing{nullptr};
    ConfirmationRule m_confirmationRule;
    /// user id → (old role, new role) of a change waiting for the person's confirmation
    QHash<QString, std::pair<QString, QString>> m_awaiting;
    /// user id → the listing read right before changing that user's role
    QHash<QString, Reply<std::vector<User>>> m_checks;
    /// user id → the call changing that user's role; the model allows one pending change per row.
    QHash<QString, Reply<Done>> m_roleChanges;
    QSet<QString> m_undoing;
    QDateTime m_lastUpdated;
    bool m_busy = false; ///< as last announced by busyChanged()
};
