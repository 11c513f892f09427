// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

/// The application window. Until sign-in exists it shows which server SkyUsers is set up for and
/// that nobody is signed in.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void setServerDescription(const QString &text);

private:
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
};
