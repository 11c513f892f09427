// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

/// The application window. For now it shows who is signed in where; the users table comes next.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void setServerDescription(const QString &text);
    void showSignedIn(const QString &server, const QString &user, const QString &role, const QString &serverVersion,
                      const QString &proxy, bool unencrypted);
    void showSignedOut();
    /// A non-blocking message in the window (not a pop-up), until dismissed or replaced.
    void showNotice(const QString &text);
    /// The saved servers for the switcher: "user @ address" each, the current one checked.
    void setServers(const QStringList &labels, int current);

Q_SIGNALS:
    void signInRequested();
    void signOutRequested();
    void forgetServerRequested();
    void serverChosen(int index);

private:
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    class QActionGroup *m_serverGroup = nullptr;
};
