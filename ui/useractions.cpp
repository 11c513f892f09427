// SPDX-License-Identifier: MIT
#include "useractions.h"

#include "actions/bulkdelete.h"
#include "actions/bulkrolechange.h"
#include "bulkprogress.h"
#include "createuserdialog.h"
#include "deleteconfirmdialog.h"
#include "domain/role.h"
#include "exportdialog.h"
#include "mainwindow.h"
#include "mnemonictext.h"
#include "models/userfilterproxymodel.h"
#include "models/usertablemodel.h"
#include "net/apiclient.h"
#include "net/apierror.h"
#include "net/skypilotapi.h"
#include "passworddialog.h"
#include "session/session.h"
#include "session/transportpolicy.h"
#include "session/userdirectory.h"
#include "userspanel.h"
#include "usertabledelegate.h"

#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

using namespace Qt::StringLiterals;
using Action = Permissions::Action;

namespace {
// Long enough to read, short enough not to hide the server details for long.
constexpr int StatusMessageMs = 8000;
} // namespace

UserActions::UserActions(SkyPilotApi &api, Session &session, UserTableModel &model, UserDirectory &directory,
                         MainWindow &window, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_session(session)
    , m_model(model)
    , m_directory(directory)
    , m_window(window)
    , m_import(api, &window)
{
    connect(&m_session, &Session::signedIn, this, &UserActions::onSignedIn);
    connect(&m_session, &Session::signedOut, this, &UserActions::onSignedOut);
    connect(&m_window, &MainWindow::visibilityChanged, this, &UserActions::onVisibilityChanged);
    connect(&m_window, &MainWindow::refreshRequested, &m_directory, &UserDirectory::refresh);
    connect(&m_window, &MainWindow::roleChangeRequested, this, &UserActions::changeRoleOfSelection);
    connect(&m_window, &MainWindow::undoRequested, this, &UserActions::undo);
    connect(&m_window, &MainWindow::cancelWorkRequested, this, &UserActions::cancelWork);
    connect(&m_window, &MainWindow::newUserRequested, this, &UserActions::createUser);
    connect(&m_window, &MainWindow::resetPasswordRequested, this, &UserActions::resetPassword);
    connect(&m_window, &MainWindow::changeOwnPasswordRequested, this, &UserActions::changeOwnPassword);
    connect(&m_window, &MainWindow::deleteRequested, this, &UserActions::deleteSelection);
    connect(&m_window, &MainWindow::exportRequested, this, &UserActions::exportUsers);
    connect(&m_window, &MainWindow::importRequested, this, &UserActions::importUsers);
    connect(&m_import, &ImportFlow::imported, &m_directory, &UserDirectory::refresh);
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
    connect(&m_directory, &UserDirectory::confirmationNeeded, this, &UserActions::confirmRoleChange);
    connect(&m_directory, &UserDirectory::roleChangeConflict, this, &UserActions::onRoleChangeConflict);
    m_directory.setConfirmationRule([this](const QString &userId, const QString &oldRole, const QString &newRole) {
        return lockOutRisk(QStringList{userId}, oldRole, newRole);
    });
    m_window.setCloseGuard([this] { return workInProgress(); });
}

QString UserActions::lockOutRisk(const QStringList &userIds, const QString &oldRole, const QString &newRole) const
{
    if (oldRole != Role::Admin || newRole == Role::Admin)
        return {};
    if (userIds.contains(m_session.user().id))
        return tr("You are removing your own admin role. You will no longer be able to manage users, and only "
                  "another admin can give it back.");
    if (adminsWhoCanSignIn() <= int(userIds.size()))
        return tr("No admin who can sign in would be left. Nobody could manage users until the server is "
                  "reconfigured.");
    return {};
}

void UserActions::confirmRoleChange(const QString &userId, const QString &name, const QString &newRole,
                                    const QString &why)
{
    const QString question = tr("Make %1 %2?").arg(name, UserTableDelegate::roleLabel(newRole));
    ask(tr("Confirm Role Change"), why + u"\n\n"_s + question, tr("Change &Role"),
        [this, userId](bool confirmed) { m_directory.confirmRoleChange(userId, confirmed); });
}

void UserActions::onRoleChangeConflict(const QString &userId, const QString &name, const QString &shownRole,
                                       const QString &serverRole, const QString &wantedRole)
{
    const QString text
            = tr("Someone else changed the role of %1 from %2 to %3 since the list was loaded. Your "
                 "change to %4 was not sent; the table now shows the server's role.")
                      .arg(name, UserTableDelegate::roleLabel(shownRole), UserTableDelegate::roleLabel(serverRole),
                           UserTableDelegate::roleLabel(wantedRole));
    ask(tr("Role Changed Meanwhile"), text, tr("&Make %1 Anyway").arg(UserTableDelegate::roleLabel(wantedRole)),
        [this, userId, wantedRole](bool again) {
            const int row = m_model.rowOf(userId);
            if (again && row >= 0)
                m_model.setData(m_model.index(row, UserTableModel::Role), wantedRole, Qt::EditRole);
        });
}

void UserActions::ask(const QString &title, const QString &text, const QString &yes, std::function<void(bool)> answer)
{
    // Asked without blocking: refreshes and other replies go on while the question is open.
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::NoButton, &m_window);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QAbstractButton *confirm = box->addButton(yes, QMessageBox::DestructiveRole);
    confirm->setAccessibleDescription(tr("Goes ahead despite the warning"));
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    connect(box, &QMessageBox::finished, this,
            [box, confirm, answer = std::move(answer)] { answer(box->clickedButton() == confirm); });
    box->open();
}

UserActions::~UserActions() = default;

QString UserActions::workInProgress() const
{
    QStringList work;
    if (const int changes = m_directory.roleChangesInFlight(); changes > 0)
        work << tr("%n role change(s) are waiting for the server.", nullptr, changes);
    if (m_bulk)
        work << m_bulk->describe();
    if (m_import.isSending())
        work << m_import.describe();
    return work.join(u'\n');
}

void UserActions::onSignedIn()
{
    m_undo.clear();
    updateUndo();
    const ServerProfile &profile = m_session.profile();
    m_window.showSignedIn(profile.url.toDisplayString(), m_session.user().name, m_session.user().role,
                          m_api.client().serverVersion(), TransportPolicy::proxyFor(profile.url),
                          TransportPolicy::isInsecure(profile.url));
    m_permissions = Permissions(m_session.user().role);
    m_model.setEditable(m_permissions.can(Action::ChangeRole));
    m_window.setPermissions(m_permissions);
    m_directory.clear();
    // Signed in again to the same account (after a 401, say): the same users come back selected.
    const QString account = accountOf(profile);
    const QStringList selected = account == m_lastAccount ? m_lastSelection : QStringList();
    m_lastAccount = account;
    m_lastSelection.clear();
    refreshThen([this, selected] {
        if (!selected.isEmpty())
            m_window.usersPanel().selectUsers(selected);
    });
    m_directory.setAutoRefresh(m_visible);
}

QString UserActions::accountOf(const ServerProfile &profile)
{
    return profile.username + u'@' + profile.url.toString();
}

void UserActions::onSignedOut()
{
    m_lastSelection.clear();
    for (const User &user : m_window.usersPanel().selectedUsers())
        m_lastSelection << user.id;
    m_window.showSignedOut();
    m_directory.clear();
    m_undo.clear();
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
    if (undone && m_undo.canUndo() && m_undo.top().userId == userId)
        m_undo.pop();
    else if (!undone)
        m_undo.push(RoleChange{userId, name, oldRole, newRole});
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
    if (m_bulk)
        return;
    QStringList demotedAdmins;
    for (const User &user : users) {
        if (user.role == Role::Admin)
            demotedAdmins << user.id;
    }
    const QString risk = demotedAdmins.isEmpty() ? QString() : lockOutRisk(demotedAdmins, Role::Admin, role);
    if (!risk.isEmpty()) {
        ask(tr("Confirm Role Change"),
            risk + u"\n\n"_s + tr("Change the role of %n user(s)?", nullptr, int(users.size())), tr("Change &Roles"),
            [this, users, role](bool confirmed) {
                if (confirmed)
                    startRoleChange(users, role);
            });
        return;
    }
    startRoleChange(users, role);
}

void UserActions::startRoleChange(const std::vector<User> &users, const QString &role)
{
    if (m_bulk)
        return;
    const QList<User> list(users.begin(), users.end());
    const QStringList selected = idsOf(list);
    auto *runner = new BulkRoleChange(m_api, list, role);
    startBulk(
            BulkProgress::run(
                    runner, tr("Change roles"),
                    tr("Making %n user(s) %1\u2026", nullptr, int(list.size())).arg(UserTableDelegate::roleLabel(role)),
                    &m_window),
            selected);
}

void UserActions::startBulk(BulkProgress *progress, const QStringList &selectedBefore)
{
    m_bulk = progress;
    m_directory.setAutoRefresh(false); // a listing taken mid-way would show a half-done state
    connect(progress, &BulkProgress::finished, this,
            [this, selectedBefore](const BulkOutcome &outcome) { afterBulk(outcome, selectedBefore); });
}

void UserActions::afterBulk(const BulkOutcome &outcome, const QStringList &selectedBefore)
{
    for (const QString &id : outcome.idsWith(UserOutcome::Status::Succeeded)) {
        if (outcome.action() == BulkOutcome::Action::Delete)
            m_undo.forgetUser(id);
    }
    updateUndo();
    QStringList attention = outcome.idsWith(UserOutcome::Status::Failed);
    attention << outcome.idsWith(UserOutcome::Status::NotAttempted);
    m_window.statusBar()->showMessage(outcome.summary(), StatusMessageMs);
    const QStringList keep = attention.isEmpty() ? selectedBefore : attention;
    refreshThen([this, keep] { m_window.usersPanel().selectUsers(keep); });
    m_directory.setAutoRefresh(m_visible && m_session.state() == Session::State::SignedIn);
}

void UserActions::refreshThen(std::function<void()> then)
{
    // The next listing to arrive, whichever refresh brings it (one may already be on its way).
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(&m_directory, &UserDirectory::refreshed, this, [connection, then = std::move(then)] {
        QObject::disconnect(*connection);
        then();
    });
    m_directory.refresh();
}

QStringList UserActions::idsOf(const QList<User> &users)
{
    QStringList ids;
    for (const User &user : users)
        ids << user.id;
    return ids;
}

void UserActions::undo()
{
    if (!m_undo.canUndo())
        return;
    // Popped when the server confirms (onRoleChanged), so a failed undo can be tried again.
    const RoleChange last = m_undo.top();
    if (const int row = m_model.rowOf(last.userId); row >= 0 && m_model.isPending(row)) {
        m_window.statusBar()->showMessage(tr("Waiting for the server to answer about %1.").arg(last.name),
                                          StatusMessageMs);
        return;
    }
    if (!m_directory.undoRoleChange(last.userId, last.oldRole)) {
        m_undo.pop();
        m_window.showNotice(
                tr("The role change of %1 cannot be undone: the user is gone or has a change waiting.").arg(last.name));
    }
    updateUndo();
}

void UserActions::updateUndo()
{
    m_window.setUndoText(m_undo.canUndo() ? tr("&Undo Role Change of %1").arg(escapedMnemonics(m_undo.top().name))
                                          : QString());
}

void UserActions::cancelWork()
{
    if (m_bulk)
        m_bulk->cancel();
    m_import.cancel();
    m_directory.clear();
}

void UserActions::createUser()
{
    auto *dialog = new CreateUserDialog(m_api, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString name = dialog->createdUsername();
        m_window.statusBar()->showMessage(
                tr("Created %1 as %2.").arg(name, UserTableDelegate::roleLabel(dialog->createdRole())),
                StatusMessageMs);
        // Show the new user selected once the listing has it.
        refreshThen([this, name] {
            for (int row = 0; row < m_model.rowCount(); ++row) {
                if (m_model.nameAt(row) == name) {
                    m_window.usersPanel().selectUsers({m_model.idAt(row)});
                    break;
                }
            }
        });
    });
    dialog->open();
}

void UserActions::resetPassword()
{
    const std::vector<User> selected = m_window.usersPanel().selectedUsers();
    if (selected.size() != 1)
        return;
    const User &user = selected.front();
    if (user.id == m_session.user().id) {
        // An admin resetting their own password is changing it: the keychain must follow.
        changeOwnPassword();
        return;
    }
    auto *dialog = new PasswordDialog(m_api, PasswordDialog::Mode::ResetOther, user.id, user.name, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString name = user.name.isEmpty() ? user.id : user.name;
    connect(dialog, &QDialog::accepted, this, [this, name] {
        m_window.statusBar()->showMessage(tr("The password of %1 was reset.").arg(name), StatusMessageMs);
    });
    dialog->open();
}

void UserActions::changeOwnPassword()
{
    const CurrentUser &me = m_session.user();
    auto *dialog = new PasswordDialog(m_api, PasswordDialog::Mode::ChangeOwn, me.id, me.name, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // The next request needs the new password, and the keychain must not keep the old one.
        m_session.ownPasswordChanged(dialog->password());
        m_window.statusBar()->showMessage(tr("Your password was changed."), StatusMessageMs);
    });
    dialog->open();
}

void UserActions::deleteSelection()
{
    if (m_bulk)
        return;
    QList<User> users;
    for (User &user : m_window.usersPanel().selectedUsers()) {
        if (!user.isInternal())
            users << std::move(user);
    }
    if (users.isEmpty())
        return;
    auto *dialog = new DeleteConfirmDialog(users, m_session.user().id, adminsWhoCanSignIn(), &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, users] {
        auto *runner = new BulkDelete(m_api, users);
        startBulk(BulkProgress::run(runner, tr("Delete users"),
                                    tr("Deleting %n user(s)\u2026", nullptr, int(users.size())), &m_window),
                  {});
    });
    dialog->open();
}

int UserActions::adminsWhoCanSignIn() const
{
    int admins = 0;
    for (int row = 0; row < m_model.rowCount(); ++row) {
        if (m_model.roleAt(row) == Role::Admin && !m_model.userAt(row).isInternal())
            ++admins;
    }
    return admins;
}

void UserActions::exportUsers()
{
    const std::vector<User> all = m_model.users();
    QList<User> filtered;
    const UserFilterProxyModel &proxy = m_window.usersPanel().proxy();
    for (int row = 0; row < proxy.rowCount(); ++row)
        filtered << m_model.userAt(proxy.mapToUsers(proxy.index(row, 0)).row());
    const std::vector<User> selected = m_window.usersPanel().selectedUsers();
    auto *dialog = new ExportDialog(m_api, QList<User>(all.begin(), all.end()), filtered,
                                    QList<User>(selected.begin(), selected.end()), &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void UserActions::importUsers(const QString &path)
{
    if (!m_permissions.can(Action::Import))
        return;
    const std::vector<User> current = m_model.users();
    m_import.start(path, QList<User>(current.begin(), current.end()));
}
