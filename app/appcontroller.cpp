// SPDX-License-Identifier: MIT
#include "appcontroller.h"

#include "auth/keychaincredentialstore.h"
#include "languagemenu.h"
#include "mainwindow.h"
#include "models/usertablemodel.h"
#include "net/apiclient.h"
#include "net/skypilotapi.h"
#include "packagingscreenshot.h"
#include "session/serverlist.h"
#include "session/session.h"
#include "session/userdirectory.h"
#include "signindialog.h"
#include "useractions.h"
#include "util/commandline.h"

#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

AppController::AppController(const CommandLine &commandLine, QObject *parent)
    : QObject(parent)
    , m_network(std::make_unique<QNetworkAccessManager>())
    , m_client(std::make_unique<ApiClient>(m_network.get()))
    , m_api(std::make_unique<SkyPilotApi>(*m_client))
    , m_store(std::make_unique<KeychainCredentialStore>())
    , m_servers(std::make_unique<ServerList>(m_settings))
    , m_session(std::make_unique<Session>(*m_api, *m_network, *m_store, *m_servers))
    , m_users(std::make_unique<UserTableModel>())
    , m_directory(std::make_unique<UserDirectory>(*m_api, *m_users))
    , m_window(std::make_unique<MainWindow>(*m_users))
    , m_actions(std::make_unique<UserActions>(*m_api, *m_session, *m_users, *m_directory, *m_window))
{
    m_window->restoreLayout(m_settings);
    auto *languages = new LanguageMenu(m_settings, m_window.get());
    connect(languages, &LanguageMenu::notice, m_window.get(), &MainWindow::showNotice);
    m_window->addSettingsMenu(languages);
    // HSTS policies survive restarts, so a downgrade cannot wait for the next start.
    m_network->enableStrictTransportSecurityStore(
            true, QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/hsts"_s);
    m_offered.url = commandLine.server();
    m_offered.username = commandLine.user();
    if (commandLine.demo()) {
        m_offeredPassword = Secret::fromUtf8(qgetenv("SKYUSERS_DEMO_PASSWORD"));
        // Not for any child process to inherit.
        qunsetenv("SKYUSERS_DEMO_PASSWORD");
    }
    if (!commandLine.screenshotFile().isEmpty()) {
        m_screenshot = std::make_unique<PackagingScreenshot>(commandLine.screenshotFile(), *m_window, *m_session,
                                                             *m_directory);
    }
    connect(m_session.get(), &Session::credentialsNeeded, this, &AppController::openSignIn);
    connect(m_session.get(), &Session::signedIn, this, &AppController::onSignedIn);
    connect(m_session.get(), &Session::notice, m_window.get(), &MainWindow::showNotice);
    connect(m_window.get(), &MainWindow::signInRequested, this,
            [this] { openSignIn(m_session->profile(), QString()); });
    connect(m_window.get(), &MainWindow::signOutRequested, m_session.get(), &Session::signOut);
    connect(m_window.get(), &MainWindow::forgetServerRequested, this, [this] {
        m_session->forget(m_session->profile());
        refreshServerMenu();
        openSignIn(ServerProfile(), QString());
    });
    connect(m_window.get(), &MainWindow::serverChosen, this, [this](int index) {
        const QList<ServerProfile> servers = m_servers->all();
        if (index >= 0 && index < servers.size())
            m_session->resume(servers.at(index));
    });
    refreshServerMenu();
}

AppController::~AppController() = default;

void AppController::show()
{
    m_window->show();
    QTimer::singleShot(0, this, &AppController::start);
}

void AppController::start()
{
    if (!m_offered.isValid()) {
        m_session->resume();
        return;
    }
    // A server named on the command line: its saved profile if there is one, else ask.
    for (const ServerProfile &saved : m_servers->all()) {
        if (saved.sameAccount(m_offered) && m_offeredPassword.isEmpty()) {
            m_session->resume(saved);
            return;
        }
    }
    openSignIn(m_offered, QString());
}

void AppController::openSignIn(const ServerProfile &profile, const QString &notice)
{
    auto *dialog = new SignInDialog(*m_api, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (profile.isValid())
        dialog->setProfile(profile);
    if (!notice.isEmpty())
        dialog->setNotice(notice);
    // The package test has nobody to press Sign In; it offers the password once, as the demo does.
    const bool signInAtOnce = m_screenshot && !m_offeredPassword.isEmpty();
    if (!m_offeredPassword.isEmpty()) {
        dialog->setPassword(m_offeredPassword);
        m_offeredPassword.clear();
    }
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_session->adopt(dialog->profile(), dialog->password(), dialog->user()); });
    dialog->open();
    if (signInAtOnce)
        QTimer::singleShot(0, dialog, &SignInDialog::accept);
}

void AppController::onSignedIn()
{
    refreshServerMenu();
}

void AppController::refreshServerMenu()
{
    QStringList labels;
    int current = -1;
    const QList<ServerProfile> servers = m_servers->all();
    for (int i = 0; i < servers.size(); ++i) {
        labels << u"%1 @ %2"_s.arg(servers.at(i).username, servers.at(i).url.toDisplayString());
        if (servers.at(i).sameAccount(m_session->profile()) && m_session->state() == Session::State::SignedIn)
            current = i;
    }
    m_window->setServers(labels, current);
}
