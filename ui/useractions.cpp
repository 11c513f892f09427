// SPDX-License-Identifier: MIT
#include "useractions.h"

#include "mainwindow.h"
#include "models/usertablemodel.h"
#include "net/apiclient.h"
#include "net/apierror.h"
#include "net/skypilotapi.h"
#include "session/session.h"
#include "session/transportpolicy.h"
#include "session/userdirectory.h"
#include "userspanel.h"
#include "usertabledelegate.h"

#include <QStatusBar>

using namespace Qt::StringLiterals;
using Action = Permissions::Action;

namespace {
// Long enough to read, short enough not to hide the server details for long.
constexpr int StatusMessageMs = 8000;
constexpr int MaxUndo = 50;
} // namespace

UserActions::UserActions(SkyPilotApi &api, Session &session, UserTableModel &model, UserDirectory &directory,
                         MainWindow &window, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_session(session)
    , m_model(model)
    , m_directory(directory)
    , m_window(window)
{
    connect(&m_session, &Session::signedIn, this, &UserActions::onSignedIn);
    connect(&m_session, &Session::signedOut, this, &UserActions::onSignedOut);
    connect(&m_window, &MainWindow::visibilityChanged, this, &UserActions::onVisibilityChanged);
    connect(&m_window, &MainWindow::refreshRequested, &m_directory, &UserDirectory::refresh);
    connect(&m_window, &MainWindow::roleChangeRequested, this, &UserActions::changeRoleOfSelection);
    connect(&m_window, &MainWindow::undoRequested, this, &UserActions::undo);
    connect(&m_window, &MainWindow::cancelWorkRequested, this, &UserActions::cancelWork);
    connect(&m_directory, &UserDirectory::busyChanged, this,
            [this] { m_window.setRefreshing(m_directory.isRefreshing()); });
    connect(&m_directory, &UserDirectory::refreshed, this, [this] {
        m_window.setLastUpdated(m_directory.lastUpdated());
        m_window.usersPanel().setEmptyText(tr("This server has no users yet."));
    });
    connect(&m_directory, &UserDirectory::refreshFailed, this, [this](const ApiError &error) {
        m_window.setLastUpdated(m_directory.lastUpdated());
        m_window.showNotice(tr("The users could not be loaded: %1").arg(error.message));
    });
    connect(&m_directory, &UserDirectory::roleChanged, this, &UserActions::onRoleChanged);
    connect(&m_directory, &UserDirectory::roleChangeFailed, this,
            [this](const QString &, const QString &name, const ApiError &error) { onRoleChangeFailed(name, error); });
    m_window.setCloseGuard([this] { return workInProgress(); });
}

UserActions::~UserActions() = default;

QString UserActions::workInProgress() const
{
    QStringList work;
    if (const int changes = m_directory.roleChangesInFlight(); changes > 0)
        work << tr("%n role change(s) are waiting for the server.", nullptr, changes);
    return work.join(u'\n');
}

void UserActions::onSignedIn()
{
    m_undoStack.clear();
    updateUndo();
    const ServerProfile &profile = m_session.profile();
    m_window.showSignedIn(profile.url.toDisplayString(), m_session.user().name, m_session.user().role,
                          m_api.client().serverVersion(), TransportPolicy::proxyFor(profile.url),
                          TransportPolicy::isInsecure(profile.url));
    m_permissions = Permissions(m_session.user().role);
    m_model.setEditable(m_permissions.can(Action::ChangeRole));
    m_window.setPermissions(m_permissions);
    m_directory.clear();
    m_directory.refresh();
    m_directory.setAutoRefresh(m_visible);
}

void UserActions::onSignedOut()
{
    m_window.showSignedOut();
    m_directory.clear();
    m_undoStack.clear();
    m_permissions = Permissions();
    m_model.setEditable(false);
    m_window.setPermissions(m_permissions);
    updateUndo();
}

void UserActions::onVisibilityChanged(bool visible)
{
    m_visible = visible;
    const bool signedIn = m_session.state() == Session::State::SignedIn;
    m_directory.setAutoRefresh(visible && signedIn);
    // Coming back after a while: show what is true now rather than what was true then.
    if (visible && signedIn && m_directory.lastUpdated().isValid()
        && m_directory.lastUpdated().msecsTo(QDateTime::currentDateTime()) > UserDirectory::DefaultAutoRefreshMs)
        m_directory.refresh();
}

void UserActions::onRoleChanged(const QString &userId, const QString &name, const QString &oldRole,
                                const QString &newRole, bool undone)
{
    if (!undone) {
        m_undoStack.append({userId, name, oldRole, newRole});
        if (m_undoStack.size() > MaxUndo)
            m_undoStack.removeFirst();
    }
    updateUndo();
    const QString label = UserTableDelegate::roleLabel(newRole);
    m_window.statusBar()->showMessage(undone ? tr("Undone: %1 is %2 again.").arg(name, label)
                                             : tr("%1 is now %2. Undo with Ctrl+Z.").arg(name, label),
                                      StatusMessageMs);
}

void UserActions::onRoleChangeFailed(const QString &name, const ApiError &error)
{
    m_window.showNotice(tr("The role of %1 was not changed: %2").arg(name, error.message));
}

void UserActions::changeRoleOfSelection(const QString &role)
{
    std::vector<User> targets;
    for (User &user : m_window.usersPanel().selectedUsers()) {
        if (!user.isInternal() && user.role != role)
            targets.push_back(std::move(user));
    }
    if (targets.empty()) {
        m_window.statusBar()->showMessage(tr("The selected users already have that role."), StatusMessageMs);
        return;
    }
    // One user: the same path as the table's editor, so the row shows it pending and Ctrl+Z undoes it.
    if (targets.size() == 1) {
        const int row = m_model.rowOf(targets.front().id);
        m_model.setData(m_model.index(row, UserTableModel::Role), role, Qt::EditRole);
        return;
    }
    changeRoleOfMany(targets, role);
}

void UserActions::changeRoleOfMany(const std::vector<User> &users, const QString &role)
{
    QStringList ids;
    for (const User &user : users)
        ids << user.id;
    m_api.batchUpdateRoles(ids, role).onFinished(this, [this, ids](Result<BatchResult> result) {
        if (!result.ok()) {
            m_window.showNotice(tr("No role was changed: %1").arg(result.error.message));
            return;
        }
        m_directory.refresh();
        m_window.usersPanel().selectUsers(ids);
    });
}

void UserActions::undo()
{
    if (m_undoStack.isEmpty())
        return;
    const RoleChange last = m_undoStack.takeLast();
    if (!m_directory.undoRoleChange(last.userId, last.oldRole))
        m_window.showNotice(
                tr("The role change of %1 cannot be undone: the user is gone or has a change waiting.").arg(last.name));
    updateUndo();
}

void UserActions::updateUndo()
{
    m_window.setUndoText(m_undoStack.isEmpty() ? QString()
                                               : tr("&Undo Role Change of %1").arg(m_undoStack.constLast().name));
}

void UserActions::cancelWork()
{
    m_directory.clear();
}

QString UserActions::displayName(const User &user)
{
    return user.name.isEmpty() ? user.id : user.name;
}
