// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "ui_mainwindow.h"

#include <QMessageBox>

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
}

MainWindow::~MainWindow() = default;

void MainWindow::setServerDescription(const QString &text)
{
    m_ui->statusLabel->setText(text);
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
