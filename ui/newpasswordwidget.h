// SPDX-License-Identifier: MIT
#pragma once

#include "auth/secret.h"

#include <QWidget>

#include <memory>

namespace Ui {
class NewPasswordWidget;
}

/// A new password typed twice, with show/hide and "Generate", shared by the create and password dialogs.
/// It says what is wrong (problem()) and what is worth knowing (the bcrypt 72-byte limit) but never
/// changes what was typed: passwords are sent byte for byte (ASVS V6.2.9).
class NewPasswordWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewPasswordWidget)

public:
    explicit NewPasswordWidget(QWidget *parent = nullptr);
    ~NewPasswordWidget() override;

    /// Why the password cannot be used yet, or an empty string when it can.
    QString problem() const;
    Secret password() const;
    void setInputEnabled(bool enabled);
    /// Makes a random password, puts it in both fields and on the clipboard (with the hint for
    /// clipboard managers), and says so.
    void generate();

    /// bcrypt, the server's hash, ignores everything after this many bytes of UTF-8.
    static constexpr int BcryptMaxBytes = 72;

Q_SIGNALS:
    void changed();

private:
    void onChanged();
    void updateWarning();

    std::unique_ptr<Ui::NewPasswordWidget> m_ui;
};
