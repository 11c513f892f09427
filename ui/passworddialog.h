// SPDX-License-Identifier: MIT
#pragma once

#include "auth/secret.h"
#include "net/reply.h"

#include <QDialog>

#include <memory>
#include <optional>

class SkyPilotApi;

namespace Ui {
class PasswordDialog;
}

/// Sets a new password (POST /users/update with a password) for another user, as an admin, or for the
/// signed-in user. Refusals (a viewer may not change even their own) stay inside the dialog with what
/// was typed. After acceptance password() holds the new password, so for ChangeOwn the caller can pass
/// it to Session::ownPasswordChanged() (client credentials and keychain).
class PasswordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordDialog)

public:
    enum class Mode {
        ResetOther, ///< an admin sets someone else's password
        ChangeOwn, ///< the signed-in user sets their own
    };

    /// userId is what the server is told; username is only shown (it may be empty for odd rows).
    PasswordDialog(SkyPilotApi &api, Mode mode, const QString &userId, const QString &username,
                   QWidget *parent = nullptr);
    ~PasswordDialog() override;

    Mode mode() const { return m_mode; }
    const QString &userId() const { return m_userId; }
    /// After acceptance: the password the server now has. Empty before, and after a cancel.
    const Secret &password() const { return m_password; }

    void accept() override;
    void reject() override;

private:
    void updateState();
    void setBusy(bool busy);
    void showMessage(const QString &text, bool isError);
    void onFinished(const Result<Done> &result, const Secret &sent);

    std::unique_ptr<Ui::PasswordDialog> m_ui;
    SkyPilotApi &m_api;
    Mode m_mode;
    QString m_userId;
    Secret m_password;
    std::optional<Reply<Done>> m_reply;
};
