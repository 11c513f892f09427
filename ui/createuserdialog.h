// SPDX-License-Identifier: MIT
#pragma once

#include "net/reply.h"

#include <QDialog>

#include <memory>
#include <optional>

class SkyPilotApi;

namespace Ui {
class CreateUserDialog;
}

/// Creates one user (POST /users/create) without blocking the window. Create stays disabled, with the
/// reason shown, until the name, both password fields and an explicitly chosen role are usable. A
/// refusal from the server is shown inside the dialog, which keeps everything typed.
class CreateUserDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateUserDialog)

public:
    explicit CreateUserDialog(SkyPilotApi &api, QWidget *parent = nullptr);
    ~CreateUserDialog() override;

    /// After acceptance: the user as created.
    const QString &createdUsername() const { return m_createdUsername; }
    const QString &createdRole() const { return m_createdRole; }

    /// Why the server must not get this name, or an empty string. SkyPilot checks nothing itself.
    static QString usernameProblem(const QString &name);

    void accept() override;
    void reject() override;

private:
    QString problem() const;
    void updateState();
    void setBusy(bool busy);
    void showMessage(const QString &text, bool isError);
    void onFinished(const Result<Done> &result);

    std::unique_ptr<Ui::CreateUserDialog> m_ui;
    SkyPilotApi &m_api;
    std::optional<Reply<Done>> m_reply;
    QString m_createdUsername;
    QString m_createdRole;
};
