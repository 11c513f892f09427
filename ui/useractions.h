// SPDX-License-Identifier: MIT
#pragma once

#include "actions/rolechangeundo.h"
#include "domain/permissions.h"
#include "domain/user.h"
#include "importflow.h"

#include <QObject>
#include <QPointer>

#include <functional>

class BulkOutcome;
struct ServerProfile;
class BulkProgress;
class MainWindow;
class Session;
class SkyPilotApi;
class UserDirectory;
class UserTableModel;
struct ApiError;

/// Carries out what the window asks for: loading and refreshing the table, role changes (one from the
/// table's editor, many through the menu), undo, creating users, passwords and deleting, each
/// asynchronously, with the outcome reported in the window. The window only offers; this decides.
class UserActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserActions)

public:
    UserActions(SkyPilotApi &api, Session &session, UserTableModel &model, UserDirectory &directory, MainWindow &window,
                QObject *parent = nullptr);
    ~UserActions() override;

    /// Work that closing the window would cut short, for people; empty when there is none.
    QString workInProgress() const;

private:
    void onSignedIn();
    void onSignedOut();
    void onVisibilityChanged(bool visible);
    void onRoleChanged(const QString &userId, const QString &name, const QString &oldRole, const QString &newRole,
                       bool undone);
    void onRoleChangeFailed(const QString &name, const ApiError &error);
    void changeRoleOfSelection(const QString &role);
    void changeRoleOfMany(const std::vector<User> &users, const QString &role);
    void startRoleChange(const std::vector<User> &users, const QString &role);
    /// Why demoting these admins could lock people out (yourself, or the last admins), or empty.
    QString lockOutRisk(const QStringList &userIds, const QString &oldRole, const QString &newRole) const;
    void confirmRoleChange(const QString &userId, const QString &name, const QString &newRole, const QString &why);
    void onRoleChangeConflict(const QString &userId, const QString &name, const QString &shownRole,
                              const QString &serverRole, const QString &wantedRole);
    /// A non-blocking warning with a destructive "yes" and a default Cancel; answer(true) for yes.
    void ask(const QString &title, const QString &text, const QString &yes, std::function<void(bool)> answer);
    void createUser();
    void resetPassword();
    void changeOwnPassword();
    void deleteSelection();
    void exportUsers();
    void importUsers(const QString &path);
    /// After a bulk action: show the table as it is now, and keep selected whoever still needs attention.
    void afterBulk(const BulkOutcome &outcome, const QStringList &selectedBefore);
    int adminsWhoCanSignIn() const;
    void startBulk(BulkProgress *progress, const QStringList &selectedBefore);
    static QStringList idsOf(const QList<User> &users);
    static QString accountOf(const ServerProfile &profile);
    /// Refreshes, then runs `then` once with the new listing in the table.
    void refreshThen(std::function<void()> then);
    void undo();
    void updateUndo();
    void cancelWork();

    SkyPilotApi &m_api;
    Session &m_session;
    UserTableModel &m_model;
    UserDirectory &m_directory;
    MainWindow &m_window;
    Permissions m_permissions;
    bool m_visible = false;
    RoleChangeUndo m_undo;
    QPointer<BulkProgress> m_bulk;
    ImportFlow m_import;
    QString m_lastAccount; ///< who was signed in where, to recognise signing in again to the same account
    QStringList m_lastSelection; ///< selected user ids when that account was signed out
};
