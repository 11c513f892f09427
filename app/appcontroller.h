// SPDX-License-Identifier: MIT
#pragma once

#include "auth/secret.h"

#include <QObject>
#include <QUrl>

#include <memory>

class ApiClient;
class CommandLine;
class MainWindow;
class QNetworkAccessManager;
class SignInDialog;
class SkyPilotApi;

/// The composition root: creates the one network manager, the API client and the window, and wires
/// them together. It holds no business logic.
class AppController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppController)

public:
    explicit AppController(const CommandLine &commandLine, QObject *parent = nullptr);
    ~AppController() override;

    void show();

private:
    void openSignIn();
    void onSignedIn(const SignInDialog &dialog);
    void signOut();

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<SkyPilotApi> m_api;
    std::unique_ptr<MainWindow> m_window;
    QUrl m_offeredServer;
    QString m_offeredUser;
    Secret m_offeredPassword; ///< used for the first sign-in only
};
