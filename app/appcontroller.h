// SPDX-License-Identifier: MIT
#pragma once

#include "auth/secret.h"
#include "session/serverprofile.h"

#include <QObject>
#include <QSettings>
#include <QUrl>

#include <memory>

class ApiClient;
class CommandLine;
class CredentialStore;
class MainWindow;
class PackagingScreenshot;
class QNetworkAccessManager;
class ServerList;
class Session;
class SignInDialog;
class SkyPilotApi;
class UserActions;
class UserDirectory;
class UserTableModel;

/// The composition root: creates the one network manager, the API client, the keychain store, the
/// session and the window, and wires them together. It holds no business logic.
class AppController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppController)

public:
    explicit AppController(const CommandLine &commandLine, QObject *parent = nullptr);
    ~AppController() override;

    void show();

private:
    void start();
    void openSignIn(const ServerProfile &profile, const QString &notice);
    void onSignedIn();
    void refreshServerMenu();

    QSettings m_settings;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<SkyPilotApi> m_api;
    std::unique_ptr<CredentialStore> m_store;
    std::unique_ptr<ServerList> m_servers;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<UserTableModel> m_users;
    std::unique_ptr<UserDirectory> m_directory;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<UserActions> m_actions;
    std::unique_ptr<PackagingScreenshot> m_screenshot; ///< only with --screenshot
    ServerProfile m_offered; ///< from the command line
    Secret m_offeredPassword; ///< the demo's, used for the first sign-in only
};
