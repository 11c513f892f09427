// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "ui_mainwindow.h"

#include <QMessageBox>
#include <QStatusBar>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    // Server-supplied text may end up in this label; never let Qt guess it is rich text.
    m_ui->statusLabel->setTextFormat(Qt::PlainText);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionSignIn, &QAction::triggered, this, &MainWindow::signInRequested);
    connect(m_ui->actionSignOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    showSignedOut();
}

MainWindow::~MainWindow() = default;

void MainWindow::setServerDescription(const QString &text)
{
    m_ui->statusLabel->setText(text);
}

void MainWindow::showSignedIn(const QString &server, const QString &user, const QString &role,
                              const QString &serverVersion)
{
    m_ui->statusLabel->setText(tr("Signed in to %1 as %2 (%3).").arg(server, user, role));
    m_ui->actionSignOut->setEnabled(true);
    statusBar()->showMessage(serverVersion.isEmpty() ? QString() : tr("SkyPilot %1").arg(serverVersion));
}

void MainWindow::showSignedOut()
{
    m_ui->statusLabel->setText(tr("Not signed in to a SkyPilot API server."));
    m_ui->actionSignOut->setEnabled(false);
    statusBar()->clearMessage();
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
