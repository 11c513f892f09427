// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "appicons.h"
#include "domain/role.h"
#include "mnemonictext.h"
#include "models/userfilterproxymodel.h"
#include "models/usertablemodel.h"
#include "ui_mainwindow.h"
#include "userspanel.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>

using namespace Qt::StringLiterals;
using Action = Permissions::Action;

namespace {
const QString GeometryKey = u"window/geometry"_s;
const QString StateKey = u"window/state"_s;
const QString ColumnsKey = u"window/columns"_s;

/// Enables the action, or disables it and says why where a person looks for it: the tooltip (toolbar,
/// menus) and the status bar.
void offer(QAction *action, const QString &whyNot, const QString &tip = QString())
{
    action->setEnabled(whyNot.isEmpty());
    const QString text = whyNot.isEmpty() ? tip : whyNot;
    // The menu text without its mnemonic: "&New User…", "&Neuer Benutzer …" or "新建用户(&N)…" alike.
    static const QRegularExpression mnemonic(u"\\(&\\w\\)|&(?=\\w)"_s);
    QString plain = action->text();
    plain.remove(mnemonic).remove(u'\u2026');
    action->setToolTip(text.isEmpty() ? plain.trimmed() : text);
    action->setStatusTip(text);
}
} // namespace

MainWindow::MainWindow(UserTableModel &users, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    m_panel = new UsersPanel(users, this);
    // replaceWidget() hands back the old layout item, which is ours to delete.
    delete m_ui->centralLayout->replaceWidget(m_ui->usersPlaceholder, m_panel);
    delete m_ui->usersPlaceholder;
    m_ui->usersPlaceholder = nullptr;
    // Server-supplied text may end up in these labels; never let Qt guess it is rich text.
    for (QLabel *label : {m_ui->statusLabel, m_ui->insecureBanner, m_ui->noticeLabel})
        label->setTextFormat(Qt::PlainText);
    m_ui->insecureBanner->hide();
    m_ui->noticeFrame->hide();
    connect(m_ui->dismissNoticeButton, &QToolButton::clicked, m_ui->noticeFrame, &QWidget::hide);
    m_countLabel = new QLabel(this);
    m_updatedLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_updatedLabel);
    m_serverGroup = new QActionGroup(this);
    setAcceptDrops(true);
    setUpActions();

    connect(m_panel, &UsersPanel::selectionChanged, this, &MainWindow::updateActions);
    const QAbstractItemModel *shown = m_panel->table()->model();
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(shown, signal, this, &MainWindow::updateCount);
    connect(shown, &QAbstractItemModel::modelReset, this, &MainWindow::updateCount);
    connect(shown, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateCount);
    // A role that settles changes what may be done with the selection (e.g. the last admin).
    connect(shown, &QAbstractItemModel::dataChanged, this, &MainWindow::updateActions);
    m_panel->table()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_panel->table(), &QWidget::customContextMenuRequested, this, &MainWindow::showTableMenu);
    showSignedOut();
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpActions()
{
    // Every binding the platform has for a standard key (setShortcut() would keep only the first).
    m_ui->actionQuit->setShortcuts(QKeySequence::Quit);
    m_ui->actionUndo->setShortcuts(QKeySequence::Undo);
    m_ui->actionFind->setShortcuts(QKeySequence::Find);
    m_ui->actionSelectAll->setShortcuts(QKeySequence::SelectAll);
    m_ui->actionNewUser->setShortcuts(QKeySequence::New);
    m_ui->actionEditRole->setShortcut(Qt::Key_F2);
    m_ui->actionDeleteUsers->setShortcuts(QKeySequence::Delete);
    QList<QKeySequence> refreshKeys = QKeySequence::keyBindings(QKeySequence::Refresh);
    if (const QKeySequence ctrlR(Qt::CTRL | Qt::Key_R); !refreshKeys.contains(ctrlR))
        refreshKeys << ctrlR; // what browsers taught everyone, wherever Refresh is only F5
    m_ui->actionRefresh->setShortcuts(refreshKeys);
    m_ui->actionNewUser->setIcon(AppIcons::icon(AppIcons::NewUser));
    m_ui->actionDeleteUsers->setIcon(AppIcons::icon(AppIcons::DeleteUsers));
    m_ui->actionResetPassword->setIcon(AppIcons::icon(AppIcons::ResetPassword));
    m_ui->actionRefresh->setIcon(AppIcons::icon(AppIcons::Refresh));
    // The context menu from the keyboard (the Menu key, or Shift+F10 as on Windows and in GTK apps).
    auto *tableMenu = new QAction(tr("Open Context Menu"), m_panel->table());
    tableMenu->setShortcuts({QKeySequence(Qt::Key_Menu), QKeySequence(Qt::SHIFT | Qt::Key_F10)});
    tableMenu->setShortcutContext(Qt::WidgetShortcut);
    m_panel->table()->addAction(tableMenu);
    connect(tableMenu, &QAction::triggered, this, [this] {
        QTableView *table = m_panel->table();
        table->scrollTo(table->currentIndex());
        showTableMenu(table->visualRect(table->currentIndex()).center());
    });
    for (QMenu *menu : {m_ui->menuFile, m_ui->menuEdit, m_ui->menuUsers, m_ui->menuChangeRole, m_ui->menuAccount})
        menu->setToolTipsVisible(true);

    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionSignIn, &QAction::triggered, this, &MainWindow::signInRequested);
    connect(m_ui->actionSignOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    connect(m_ui->actionForgetServer, &QAction::triggered, this, &MainWindow::forgetServerRequested);
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refreshRequested);
    connect(m_ui->actionNewUser, &QAction::triggered, this, &MainWindow::newUserRequested);
    connect(m_ui->actionResetPassword, &QAction::triggered, this, &MainWindow::resetPasswordRequested);
    connect(m_ui->actionDeleteUsers, &QAction::triggered, this, &MainWindow::deleteRequested);
    connect(m_ui->actionImportUsers, &QAction::triggered, this, [this] { Q_EMIT importRequested(QString()); });
    connect(m_ui->actionExportUsers, &QAction::triggered, this, &MainWindow::exportRequested);
    connect(m_ui->actionChangeMyPassword, &QAction::triggered, this, &MainWindow::changeOwnPasswordRequested);
    connect(m_ui->actionUndo, &QAction::triggered, this, &MainWindow::undoRequested);
    connect(m_ui->actionFind, &QAction::triggered, m_panel, &UsersPanel::focusFilter);
    connect(m_ui->actionEditRole, &QAction::triggered, m_panel, &UsersPanel::editCurrentRole);
    connect(m_ui->actionSelectAll, &QAction::triggered, m_panel->table(), &QTableView::selectAll);
    const std::pair<QAction *, QString> roles[] = {{m_ui->actionRoleAdmin, Role::Admin},
                                                   {m_ui->actionRoleUser, Role::User},
                                                   {m_ui->actionRoleViewer, Role::Viewer}};
    for (const auto &[action, role] : roles)
        connect(action, &QAction::triggered, this, [this, role] { Q_EMIT roleChangeRequested(role); });
}

void MainWindow::showSignedIn(const QString &server, const QString &user, const QString &role,
                              const QString &serverVersion, const QString &proxy, bool unencrypted)
{
    m_ui->statusLabel->setText(tr("Signed in to %1 as %2 (%3).").arg(server, user, role));
    setWindowTitle(tr("%1 @ %2 \u2014 SkyUsers").arg(user, server));
    // Stays as long as this connection is in use: the user allowed it, but should not forget it.
    m_ui->insecureBanner->setText(
            tr("Unencrypted connection: your password and all data cross the network readable by anyone on the way."));
    m_ui->insecureBanner->setVisible(unencrypted);
    m_ui->actionSignOut->setEnabled(true);
    m_ui->actionForgetServer->setEnabled(true);
    QStringList details;
    if (!serverVersion.isEmpty())
        details << tr("SkyPilot %1").arg(serverVersion);
    details << (proxy.isEmpty() ? tr("direct connection") : tr("through proxy %1").arg(proxy));
    statusBar()->showMessage(details.join(u" \u00b7 "_s));
    m_panel->setEmptyText(tr("Loading users\u2026"));
}

void MainWindow::showSignedOut()
{
    m_ui->statusLabel->setText(tr("Not signed in to a SkyPilot API server."));
    setWindowTitle(tr("SkyUsers"));
    m_ui->insecureBanner->hide();
    m_ui->actionSignOut->setEnabled(false);
    m_ui->actionForgetServer->setEnabled(false);
    statusBar()->clearMessage();
    m_panel->setEmptyText(tr("Sign in to a SkyPilot API server to see its users (File \u25b8 Sign In)."));
    setPermissions(Permissions());
    setLastUpdated({});
    setUndoText({});
}

void MainWindow::showNotice(const QString &text)
{
    m_ui->noticeLabel->setText(text);
    m_ui->noticeFrame->show();
}

void MainWindow::setServers(const QStringList &labels, int current)
{
    m_ui->menuServers->clear();
    for (QAction *action : m_serverGroup->actions())
        m_serverGroup->removeAction(action);
    for (int i = 0; i < labels.size(); ++i) {
        // A user name or address with "&" would otherwise turn into a mnemonic.
        QAction *action = m_ui->menuServers->addAction(escapedMnemonics(labels.at(i)));
        action->setCheckable(true);
        action->setChecked(i == current);
        m_serverGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, i] { Q_EMIT serverChosen(i); });
    }
    m_ui->menuServers->setEnabled(!labels.isEmpty());
}

void MainWindow::setPermissions(const Permissions &permissions)
{
    m_permissions = permissions;
    updateActions();
    updateCount();
}

void MainWindow::setLastUpdated(const QDateTime &when)
{
    m_updatedLabel->setText(when.isValid() ? tr("Updated %1").arg(QLocale().toString(when.time(), QLocale::ShortFormat))
                                           : QString());
    m_updatedLabel->setToolTip(when.isValid() ? QLocale().toString(when, QLocale::LongFormat) : QString());
}

void MainWindow::setRefreshing(bool refreshing)
{
    if (refreshing)
        m_updatedLabel->setText(tr("Refreshing\u2026"));
    m_ui->actionRefresh->setEnabled(!refreshing && !m_permissions.role().isEmpty());
}

void MainWindow::setUndoText(const QString &text)
{
    m_undoText = text;
    m_ui->actionUndo->setText(text.isEmpty() ? tr("&Undo") : text);
    updateActions();
}

void MainWindow::updateActions()
{
    const std::vector<User> selected = m_panel->selectedUsers();
    const bool anyChangeable
            = std::any_of(selected.begin(), selected.end(), [](const User &u) { return !u.isInternal(); });
    // The role decides first; then whether the selection leaves anything to act on.
    const auto forSelection = [&](Action action, bool single) -> QString {
        if (const QString why = m_permissions.whyNot(action); !why.isEmpty())
            return why;
        if (selected.empty())
            return single ? tr("Select a user first.") : tr("Select one or more users first.");
        if (single && selected.size() != 1)
            return tr("Select just one user.");
        if (single)
            return m_permissions.whyNotFor(action, selected.front());
        return anyChangeable ? QString() : m_permissions.whyNotFor(action, selected.front());
    };
    const bool signedIn = !m_permissions.role().isEmpty();
    offer(m_ui->actionRefresh, signedIn ? QString() : tr("Sign in first."), tr("Load the users again (F5)"));
    offer(m_ui->actionNewUser, m_permissions.whyNot(Action::CreateUser));
    offer(m_ui->actionImportUsers, m_permissions.whyNot(Action::Import));
    offer(m_ui->actionExportUsers, m_permissions.whyNot(Action::Export));
    const QString roleWhy = forSelection(Action::ChangeRole, false);
    for (QAction *action : {m_ui->actionRoleAdmin, m_ui->actionRoleUser, m_ui->actionRoleViewer})
        offer(action, roleWhy);
    m_ui->menuChangeRole->setEnabled(roleWhy.isEmpty());
    m_ui->menuChangeRole->setToolTip(roleWhy);
    offer(m_ui->actionResetPassword, forSelection(Action::ResetPassword, true));
    offer(m_ui->actionEditRole, forSelection(Action::ChangeRole, true));
    offer(m_ui->actionDeleteUsers, forSelection(Action::DeleteUser, false));
    offer(m_ui->actionChangeMyPassword, m_permissions.whyNot(Action::ChangeOwnPassword));
    m_ui->actionFind->setEnabled(signedIn);
    m_ui->actionSelectAll->setEnabled(signedIn);
    offer(m_ui->actionUndo, m_undoText.isEmpty() ? tr("Nothing to undo.") : m_permissions.whyNot(Action::ChangeRole));
}

void MainWindow::updateCount()
{
    const int all = m_panel->proxy().sourceModel()->rowCount();
    const int shown = m_panel->visibleCount();
    if (m_permissions.role().isEmpty())
        m_countLabel->clear();
    else if (shown == all)
        m_countLabel->setText(tr("%n user(s)", nullptr, all));
    else
        m_countLabel->setText(tr("%1 of %n user(s) shown", nullptr, all).arg(shown));
}

void MainWindow::showTableMenu(const QPoint &position)
{
    if (m_permissions.role().isEmpty() || !m_panel->table()->indexAt(position).isValid())
        return;
    QMenu menu(this);
    menu.setToolTipsVisible(true);
    menu.addMenu(m_ui->menuChangeRole);
    menu.addAction(m_ui->actionResetPassword);
    menu.addAction(m_ui->actionDeleteUsers);
    menu.addSeparator();
    menu.addAction(m_ui->actionRefresh);
    menu.exec(m_panel->table()->viewport()->mapToGlobal(position));
}

void MainWindow::restoreLayout(QSettings &settings)
{
    m_settings = &settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray());
    m_panel->restoreState(settings.value(ColumnsKey).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const QString work = m_closeGuard ? m_closeGuard() : QString();
    if (!work.isEmpty()) {
        // Asked without blocking: the work goes on (and may finish) while the question is open.
        event->ignore();
        auto *box = new QMessageBox(QMessageBox::Question, tr("Work in progress"),
                                    tr("%1\n\nStop it and close SkyUsers? A change already sent may still be "
                                       "applied by the server.")
                                            .arg(work),
                                    QMessageBox::NoButton, this);
        box->setTextFormat(Qt::PlainText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        QAbstractButton *stop = box->addButton(tr("&Stop and Close"), QMessageBox::DestructiveRole);
        stop->setAccessibleDescription(tr("Cancels the work and closes SkyUsers"));
        QPushButton *keep = box->addButton(tr("&Keep Working"), QMessageBox::RejectRole);
        keep->setAccessibleDescription(tr("Leaves SkyUsers open until the work is done"));
        box->setDefaultButton(keep);
        connect(box, &QMessageBox::buttonClicked, this, [this, stop](QAbstractButton *button) {
            if (button != stop)
                return;
            Q_EMIT cancelWorkRequested();
            m_closeGuard = nullptr;
            close();
        });
        box->open();
        return;
    }
    if (m_settings) {
        m_settings->setValue(GeometryKey, saveGeometry());
        m_settings->setValue(StateKey, saveState());
        m_settings->setValue(ColumnsKey, m_panel->saveState());
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    Q_EMIT visibilityChanged(true);
}

void MainWindow::hideEvent(QHideEvent *event)
{
    QMainWindow::hideEvent(event);
    Q_EMIT visibilityChanged(false);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::WindowStateChange)
        Q_EMIT visibilityChanged(!isMinimized() && isVisible());
}

QString MainWindow::droppedFile(const QMimeData *mime) const
{
    if (!m_permissions.can(Action::Import) || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    return url.isLocalFile() ? url.toLocalFile() : QString();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    Q_EMIT importRequested(path);
}

void MainWindow::addSettingsMenu(QMenu *languages)
{
    auto *settings = new QMenu(tr("&Settings"), this);
    settings->setObjectName(u"menuSettings"_s);
    languages->setParent(settings, languages->windowFlags());
    settings->addMenu(languages);
    menuBar()->insertMenu(m_ui->menuHelp->menuAction(), settings);
}

void MainWindow::showAbout()
{
    QMessageBox box(QMessageBox::Information, tr("About SkyUsers"),
                    tr("SkyUsers %1\nAdminister the users of a SkyPilot API server.")
                            .arg(QCoreApplication::applicationVersion()),
                    QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}
