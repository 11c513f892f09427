// SPDX-License-Identifier: MIT
#include "createuserdialog.h"

#include "domain/role.h"
#include "domain/usernamerules.h"
#include "errortext.h"
#include "net/skypilotapi.h"
#include "ui_createuserdialog.h"
#include "wrappedtextguard.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

CreateUserDialog::CreateUserDialog(SkyPilotApi &api, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CreateUserDialog>())
    , m_api(api)
{
    m_ui->setupUi(this);
    WrappedTextGuard::install(this);
    // Server text reaches these labels; Qt must never guess it is rich text.
    m_ui->problemLabel->setTextFormat(Qt::PlainText);
    m_ui->messageLabel->setTextFormat(Qt::PlainText);
    m_ui->messageLabel->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    // The role is data, never an index: the server's default is admin, so nothing is preselected.
    m_ui->roleCombo->addItem(tr("Admin \u2013 may manage users and everything else"), Role::Admin);
    m_ui->roleCombo->addItem(tr("User \u2013 may use SkyPilot, not manage users"), Role::User);
    m_ui->roleCombo->addItem(tr("Viewer \u2013 may only look"), Role::Viewer);
    m_ui->roleCombo->setPlaceholderText(tr("Choose a role"));
    m_ui->roleCombo->setCurrentIndex(-1);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CreateUserDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CreateUserDialog::reject);
    connect(m_ui->usernameEdit, &QLineEdit::textChanged, this, &CreateUserDialog::updateState);
    connect(m_ui->passwordWidget, &NewPasswordWidget::changed, this, &CreateUserDialog::updateState);
    connect(m_ui->roleCombo, &QComboBox::currentIndexChanged, this, &CreateUserDialog::updateState);
    updateState();
}

CreateUserDialog::~CreateUserDialog()
{
    if (m_reply) {
        // Emptied first, so the handler sees a cancel and leaves the half-destroyed dialog alone.
        const Reply<Done> running = *m_reply;
        m_reply.reset();
        running.abort();
    }
}

QString CreateUserDialog::usernameProblem(const QString &name)
{
    return UsernameRules::problem(name);
}

QString CreateUserDialog::problem() const
{
    if (const QString name = usernameProblem(m_ui->usernameEdit->text()); !name.isEmpty())
        return name;
    if (const QString password = m_ui->passwordWidget->problem(); !password.isEmpty())
        return password;
    if (m_ui->roleCombo->currentIndex() < 0)
        return tr("Choose a role for the new user.");
    return {};
}

void CreateUserDialog::updateState()
{
    const QString why = problem();
    m_ui->problemLabel->setText(why);
    m_ui->problemLabel->setVisible(!why.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty() && !m_reply);
}

void CreateUserDialog::accept()
{
    if (m_reply || !problem().isEmpty())
        return;
    const QString name = m_ui->usernameEdit->text();
    const QString role = m_ui->roleCombo->currentData().toString();
    m_reply = m_api.createUser(name, m_ui->passwordWidget->password(), role);
    setBusy(true);
    showMessage(tr("Creating \u201c%1\u201d\u2026 Cancelling stops waiting, but the server may still create the "
                   "user.")
                        .arg(name),
                false);
    m_reply->onFinished(this, [this, name, role](const Result<Done> &result) {
        if (!m_reply)
            return; // cancelled: the dialog is already closed
        if (result.ok()) {
            m_createdUsername = name;
            m_createdRole = role;
        }
        onFinished(result);
    });
}

void CreateUserDialog::reject()
{
    if (m_reply) {
        // Closing does not undo anything: the request may already have reached the server.
        const Reply<Done> running = *m_reply;
        m_reply.reset();
        running.abort();
        setBusy(false);
    }
    QDialog::reject();
}

void CreateUserDialog::onFinished(const Result<Done> &result)
{
    m_reply.reset();
    setBusy(false);
    if (result.ok()) {
        QDialog::accept();
        return;
    }
    showMessage(result.error.message, true);
    m_ui->usernameEdit->setFocus();
}

void CreateUserDialog::setBusy(bool busy)
{
    m_ui->usernameEdit->setEnabled(!busy);
    m_ui->passwordWidget->setInputEnabled(!busy);
    m_ui->roleCombo->setEnabled(!busy);
    // On the dialog, not the application: such a cursor cannot outlive a dialog closed mid-call.
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
    updateState();
}

void CreateUserDialog::showMessage(const QString &text, bool isError)
{
    m_ui->messageLabel->setText(text);
    ErrorText::apply(m_ui->messageLabel, isError);
    m_ui->messageLabel->show();
}
