// SPDX-License-Identifier: MIT
#include "appcontroller.h"

#include "mainwindow.h"
#include "net/apiclient.h"
#include "net/skypilotapi.h"
#include "signindialog.h"
#include "util/commandline.h"

#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QTimer>

AppController::AppController(const CommandLine &commandLine, QObject *parent)
    : QObject(parent)
    , m_network(std::make_unique<QNetworkAccessManager>())
    , m_client(std::make_unique<ApiClient>(m_network.get()))
    , m_api(std::make_unique<SkyPilotApi>(*m_client))
    , m_window(std::make_unique<MainWindow>())
    , m_offeredServer(commandLine.server())
    , m_offeredUser(commandLine.user())
{
    if (commandLine.demo()) {
        m_offeredPassword = Secret::fromUtf8(qgetenv("SKYUSERS_DEMO_PASSWORD"));
        // Not for any child process to inherit.
        qunsetenv("SKYUSERS_DEMO_PASSWORD");
    }
    connect(m_window.get(), &MainWindow::signInRequested, this, &AppController::openSignIn);
    connect(m_window.get(), &MainWindow::signOutRequested, this, &AppController::signOut);
}

AppController::~AppController() = default;

void AppController::show()
{
    m_window->show();
    QTimer::singleShot(0, this, &AppController::openSignIn);
}

void AppController::openSignIn()
{
    auto *dialog = new SignInDialog(*m_api, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QUrl server = m_client->serverUrl().isValid() ? m_client->serverUrl() : m_offeredServer;
    if (server.isValid())
        dialog->setServer(server);
    dialog->setUsername(m_client->hasCredentials() ? m_client->username() : m_offeredUser);
    if (!m_offeredPassword.isEmpty()) {
        dialog->setPassword(m_offeredPassword);
        m_offeredPassword.clear();
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] { onSignedIn(*dialog); });
    dialog->open();
}

void AppController::onSignedIn(const SignInDialog &dialog)
{
    m_window->showSignedIn(dialog.profile().url.toDisplayString(), dialog.user().name, dialog.user().role,
                           m_client->serverVersion());
}

void AppController::signOut()
{
    // Forget everything that could authenticate a later request (security checklist item 21).
    m_client->clearCredentials();
    m_network->clearAccessCache();
    m_network->setCookieJar(new QNetworkCookieJar);
    m_window->showSignedOut();
}
