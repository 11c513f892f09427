// SPDX-License-Identifier: MIT
#pragma once

#include "auth/secret.h"
#include "domain/currentuser.h"
#include "domain/health.h"
#include "session/serverprofile.h"
#include "session/signinflow.h"

#include <QDialog>
#include <QUrl>

#include <memory>

class SkyPilotApi;
class QSslCertificate;

namespace Ui {
class SignInDialog;
}

/// Asks for a server, a user name and a password, and signs in without blocking the window. Every
/// failure is shown inside the dialog, which stays open with what was typed; decisions (plain HTTP
/// to another host, a certificate nobody vouches for) are asked inline too.
class SignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    explicit SignInDialog(SkyPilotApi &api, QWidget *parent = nullptr);
    ~SignInDialog() override;

    void setProfile(const ServerProfile &profile);
    void setServer(const QUrl &server);
    void setUsername(const QString &username);
    /// Offers a password (the demo does); the field still shows only dots.
    void setPassword(const Secret &password);
    /// Shown above the buttons when the dialog opens, e.g. why the keychain could not help.
    void setNotice(const QString &text);

    /// After acceptance: the server as signed in to, with the user's choices.
    const ServerProfile &profile() const { return m_profile; }
    const Secret &password() const { return m_password; }
    const CurrentUser &user() const { return m_user; }
    const Health &health() const { return m_health; }

    /// Reads "http://user:pass@host:port" (the `sky api login` form): the credentials move into their
    /// fields, percent-decoded, and leave the address. Returns the address without them.
    static QUrl splitCredentials(const QUrl &url, QString *username, QString *password);
    static QString describe(const QSslCertificate &certificate);

    void accept() override;
    void reject() override;

private:
    void takeCredentialsFromAddress();
    QString validationProblem(const QUrl &url) const;
    void setBusy(bool busy);
    void showMessage(const QString &text, bool isError);
    void onSucceeded(const CurrentUser &user, const Health &health);
    void onFailed(SignInFlow::Problem problem, const QString &message);
    void allowInsecureHttp();
    void trustCertificate();

    std::unique_ptr<Ui::SignInDialog> m_ui;
    SignInFlow m_flow;
    ServerProfile m_profile;
    Secret m_password;
    CurrentUser m_user;
    Health m_health;
    QByteArray m_offeredPin; ///< the certificate shown for a decision
};
