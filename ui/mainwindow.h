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
    void showSignedIn(const QString &server, const QString &user, const QString &role, const QString &serverVersion);
    void showSignedOut();

Q_SIGNALS:
    void signInRequested();
    void signOutRequested();

private:
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
};
