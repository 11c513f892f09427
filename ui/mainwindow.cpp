// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "ui_mainwindow.h"

#include <QActionGroup>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

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
    connect(m_ui->actionForgetServer, &QAction::triggered, this, &MainWindow::forgetServerRequested);
    m_ui->insecureBanner->setTextFormat(Qt::PlainText);
    m_ui->noticeLabel->setTextFormat(Qt::PlainText);
    m_ui->insecureBanner->hide();
    m_ui->noticeFrame->hide();
    connect(m_ui->dismissNoticeButton, &QToolButton::clicked, m_ui->noticeFrame, &QWidget::hide);
    m_serverGroup = new QActionGroup(this);
    showSignedOut();
}

MainWindow::~MainWindow() = default;

void MainWindow::setServerDescription(const QString &text)
{
    m_ui->statusLabel->setText(text);
}

void MainWindow::showSignedIn(const QString &server, const QString &user, const QString &role,
                              const QString &serverVersion, const QString &proxy, bool unencrypted)
{
    m_ui->statusLabel->setText(tr("Signed in to %1 as %2 (%3).").arg(server, user, role));
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
}

void MainWindow::showSignedOut()
{
    m_ui->statusLabel->setText(tr("Not signed in to a SkyPilot API server."));
    m_ui->insecureBanner->hide();
    m_ui->actionSignOut->setEnabled(false);
    m_ui->actionForgetServer->setEnabled(false);
    statusBar()->clearMessage();
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
        QAction *action = m_ui->menuServers->addAction(labels.at(i));
        action->setCheckable(true);
        action->setChecked(i == current);
        m_serverGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, i] { Q_EMIT serverChosen(i); });
    }
    m_ui->menuServers->setEnabled(!labels.isEmpty());
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
