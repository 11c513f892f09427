// SPDX-License-Identifier: MIT
#pragma once

#include "domain/permissions.h"
#include "domain/user.h"

#include <QDateTime>
#include <QMainWindow>

#include <functional>
#include <memory>

class QLabel;
class QMenu;
class QMimeData;
class QSettings;
class UserTableModel;
class UsersPanel;

namespace Ui {
class MainWindow;
}

/// The application window: who is signed in where, the users table, and every user action as a menu
/// item, toolbar button and shortcut. It decides nothing itself: actions are offered as the current
/// Permissions allow (disabled with the reason as tooltip otherwise) and reported as signals.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(UserTableModel &users, QWidget *parent = nullptr);
    ~MainWindow() override;

    UsersPanel &usersPanel() const { return *m_panel; }

    void showSignedIn(const QString &server, const QString &user, const QString &role, const QString &serverVersion,
                      const QString &proxy, bool unencrypted);
    void showSignedOut();
    /// A non-blocking message in the window (not a pop-up), until dismissed or replaced.
    void showNotice(const QString &text);
    /// The saved servers for the switcher: "user @ address" each, the current one checked.
    void setServers(const QStringList &labels, int current);

    /// What the signed-in user may do.
    void setPermissions(const Permissions &permissions);
    void setLastUpdated(const QDateTime &when);
    void setRefreshing(bool refreshing);
    /// The text of Edit ▸ Undo ("Undo role change of bob"), or empty when there is nothing to undo.
    void setUndoText(const QString &text);

    /// Asked before the window closes: a description of work still running, or empty when there is none.
    void setCloseGuard(std::function<QString()> guard) { m_closeGuard = std::move(guard); }
    /// Window geometry, toolbar and the table's columns are kept here across runs.
    void restoreLayout(QSettings &settings);
    /// Adds a Settings menu (before Help) holding languages, e.g. a LanguageMenu.
    void addSettingsMenu(QMenu *languages);

Q_SIGNALS:
    void signInRequested();
    void signOutRequested();
    void forgetServerRequested();
    void serverChosen(int index);
    void refreshRequested();
    void newUserRequested();
    void roleChangeRequested(const QString &role);
    void resetPasswordRequested();
    void deleteRequested();
    void importRequested(const QString &path); ///< empty: let the person choose the file
    void exportRequested();
    void changeOwnPasswordRequested();
    void undoRequested();
    /// The user chose to close while work was running: stop it.
    void cancelWorkRequested();
    /// Shown or hidden (minimised counts as hidden): nobody needs a refresh nobody sees.
    void visibilityChanged(bool visible);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;
    /// A CSV file dropped on the window opens the import preview (admins).
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setUpActions();
    void updateActions();
    void updateCount();
    void showAbout();
    void showTableMenu(const QPoint &position);
    /// The local file a drag carries, if exactly one and importing is allowed.
    QString droppedFile(const QMimeData *mime) const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    UsersPanel *m_panel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_updatedLabel = nullptr;
    class QActionGroup *m_serverGroup = nullptr;
    Permissions m_permissions;
    QString m_undoText;
    QSettings *m_settings = nullptr;
    std::function<QString()> m_closeGuard;
};
