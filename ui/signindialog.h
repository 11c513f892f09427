// SPDX-License-Identifier: MIT
#pragma once

#include "auth/credentials.h"
#include "domain/currentuser.h"
#include "domain/health.h"
#include "session/signinflow.h"

#include <QDialog>
#include <QUrl>

#include <memory>

class SkyPilotApi;

namespace Ui {
class SignInDialog;
}

/// Asks for a server, a user name and a password, and signs in without blocking the window. Every
/// failure is shown inside the dialog, which stays open with what was typed.
class SignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    explicit SignInDialog(SkyPilotApi &api, QWidget *parent = nullptr);
    ~SignInDialog() override;

    void setServer(const QUrl &server);
    void setUsername(const QString &username);
    /// Offers a password (the demo does); the field still shows only dots.
    void setPassword(const Secret &password);

    QUrl server() const { return m_server; }
    const Credentials &credentials() const { return m_credentials; }
    const CurrentUser &user() const { return m_user; }
    const Health &health() const { return m_health; }

    /// Reads "http://user:pass@host:port" (the `sky api login` form): the credentials move into their
    /// fields, percent-decoded, and leave the address. Returns the address without them.
    static QUrl splitCredentials(const QUrl &url, QString *username, QString *password);

    void accept() override;
    void reject() override;

private:
    void takeCredentialsFromAddress();
    QString validationProblem(const QUrl &url) const;
    void setBusy(bool busy);
    void showMessage(const QString &text, bool isError);
    void onSucceeded(const CurrentUser &user, const Health &health);
    void onFailed(SignInFlow::Problem problem, const QString &message);

    std::unique_ptr<Ui::SignInDialog> m_ui;
    SignInFlow m_flow;
    QUrl m_server;
    Credentials m_credentials;
    CurrentUser m_user;
    Health m_health;
};
