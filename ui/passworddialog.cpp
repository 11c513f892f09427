// SPDX-License-Identifier: MIT
#include "passworddialog.h"

#include "errortext.h"
#include "net/skypilotapi.h"
#include "ui_passworddialog.h"
#include "wrappedtextguard.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

PasswordDialog::PasswordDialog(SkyPilotApi &api, Mode mode, const QString &userId, const QString &username,
                               QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PasswordDialog>())
    , m_api(api)
    , m_mode(mode)
    , m_userId(userId)
{
    m_ui->setupUi(this);
    WrappedTextGuard::install(this);
    // User names come from the server and may hold anything; Qt must never guess rich text.
    m_ui->whoLabel->setTextFormat(Qt::PlainText);
    m_ui->problemLabel->setTextFormat(Qt::PlainText);
    m_ui->messageLabel->setTextFormat(Qt::PlainText);
    m_ui->messageLabel->hide();
    const QString shown = username.isEmpty() ? userId : username;
    if (mode == Mode::ChangeOwn) {
        setWindowTitle(tr("Change My Password"));
        m_ui->whoLabel->setText(tr("Choose a new password for your account, \u201c%1\u201d. You stay signed in; "
                                   "SkyUsers uses the new password from now on.")
                                        .arg(shown));
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Change Password"));
    } else {
        setWindowTitle(tr("Reset Password"));
        m_ui->whoLabel->setText(
                tr("Set a new password for \u201c%1\u201d (id %2). Their current password stops working.")
                        .arg(shown, userId));
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Reset Password"));
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PasswordDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PasswordDialog::reject);
    connect(m_ui->passwordWidget, &NewPasswordWidget::changed, this, &PasswordDialog::updateState);
    updateState();
    setMinimumWidth(sizeHint().width()); // narrower, the explanations turn into a tall column
}

PasswordDialog::~PasswordDialog()
{
    if (m_reply) {
        // Emptied first, so the handler sees a cancel and leaves the half-destroyed dialog alone.
        const Reply<Done> running = *m_reply;
        m_reply.reset();
        running.abort();
    }
}

void PasswordDialog::updateState()
{
    const QString why = m_ui->passwordWidget->problem();
    m_ui->problemLabel->setText(why);
    m_ui->problemLabel->setVisible(!why.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty() && !m_reply);
}

void PasswordDialog::accept()
{
    if (m_reply || !m_ui->passwordWidget->problem().isEmpty())
        return;
    const Secret sent = m_ui->passwordWidget->password();
    m_reply = m_api.updatePassword(m_userId, sent);
    setBusy(true);
    showMessage(tr("Setting the new password\u2026 Cancelling stops waiting, but the server may still change "
                   "the password."),
                false);
    m_reply->onFinished(this, [this, sent](const Result<Done> &result) {
        if (!m_reply)
            return; // cancelled: the dialog is already closed
        onFinished(result, sent);
    });
}

void PasswordDialog::reject()
{
    if (m_reply) {
        // Closing does not undo anything: the request may already have reached the server.
        const Reply<Done> running = *m_reply;
        m_reply.reset();
        running.abort();
        setBusy(false);
    }
    m_password.clear();
    QDialog::reject();
}

void PasswordDialog::onFinished(const Result<Done> &result, const Secret &sent)
{
    m_reply.reset();
    setBusy(false);
    if (result.ok()) {
        m_password = sent;
        QDialog::accept();
        return;
    }
    showMessage(result.error.message, true);
    m_ui->passwordWidget->setFocus();
}

void PasswordDialog::setBusy(bool busy)
{
    m_ui->passwordWidget->setInputEnabled(!busy);
    // On the dialog, not the application: such a cursor cannot outlive a dialog closed mid-call.
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
    updateState();
}

void PasswordDialog::showMessage(const QString &text, bool isError)
{
    m_ui->messageLabel->setText(text);
    ErrorText::apply(m_ui->messageLabel, isError);
    m_ui->messageLabel->show();
}
